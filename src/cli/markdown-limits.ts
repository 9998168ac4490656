import {MarkdownError} from './markdown-text.js';

/** Lists and quotes inside each other: a story page uses two or three. */
const DEPTH = 20;
/** Emphasis marks in one paragraph: `marked` pairs them in time that grows with their square. */
const MARKS = 2_000;

/**
 * Refuses, before parsing, the shapes that make a markdown parser slow or overflow its stack —
 * lists or quotes nested hundreds deep, tens of thousands of `*` in a paragraph — naming the line.
 *
 * @throws {MarkdownError}
 */
export function checkLimits(page: string) {
  let marks = 0;
  let paragraph = 1;
  const lines = page.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      marks = 0;
      paragraph = i + 2;
      continue;
    }
    // What a line nests in: quote marks, list markers and indentation before its text.
    const prefix = line.match(/^(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/)![0];
    const markers = prefix.match(/[>*+-]|\d{1,9}[.)]/g)?.length ?? 0;
    const depth = markers + Math.floor(prefix.replace(/\t/g, '    ').replace(/[^ ]/g, '').length / 2);
    if (depth > DEPTH)
      throw new MarkdownError(
        i + 1,
        `lists or quotes nested ${depth} deep: a story page has at most ${DEPTH}`
      );
    marks += line.match(/[*_]/g)?.length ?? 0;
    if (marks > MARKS)
      throw new MarkdownError(paragraph, `more than ${MARKS} emphasis marks (* or _) in one paragraph`);
  }
}
