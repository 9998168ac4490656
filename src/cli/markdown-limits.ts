import {Lexer} from 'marked';
import {MarkdownError} from './markdown-text.js';

/** Lists and quotes inside each other: a story page uses two or three. */
const DEPTH = 20;
/**
 * Emphasis inside emphasis, in marks (`***a***` is 3 deep), and links or images inside links:
 * a story page uses two or three. The Markdown reader recurses into each level, in time and
 * stack that grow with the depth.
 */
const INLINE_DEPTH = 20;
/** Emphasis marks in one paragraph: `marked` pairs them in time that grows with their square. */
const MARKS = 2_000;

/** What a line nests in: quote marks, list markers and indentation before its text. */
const nesting = /^(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;
/** A run of one emphasis mark, a bracket, or an escaped character (which is neither). */
const inline = /\\[^]|([*_~])\1*|[[\]]/g;
const blank = (char = ' ') => /\s/.test(char);
const punctuation = (char = ' ') => /[\p{P}\p{S}]/u.test(char);

/**
 * How a run of emphasis marks changes the depth, by CommonMark's rules of what opens and closes
 * (an `_` inside a word does neither: `snake_case` and URLs nest nothing). A run that may do both
 * closes what is open, else opens.
 */
function emphasis(line: string, at: number, run: string, depth: number): number {
  const before = line[at - 1];
  const after = line[at + run.length];
  const left = !blank(after) && (!punctuation(after) || blank(before) || punctuation(before));
  const right = !blank(before) && (!punctuation(before) || blank(after) || punctuation(after));
  const word = run[0] === '_';
  const opens = left && (!word || !right || punctuation(before));
  const closes = right && (!word || !left || punctuation(after));
  if (closes && (depth >= run.length || !opens)) return Math.max(0, depth - run.length);
  return opens ? depth + run.length : depth;
}

/**
 * Refuses, before parsing, the shapes that make a markdown parser slow or overflow its stack —
 * lists or quotes nested hundreds deep, emphasis (`*`, `_`, `~`) or links nested inside each
 * other, tens of thousands of marks in a paragraph — naming the line. `page` has `\n` line
 * endings only: the lines counted are the lines the reader reads.
 *
 * @throws {MarkdownError}
 */
export function checkLimits(page: string) {
  let marks = 0;
  let emphasised = 0;
  let linked = 0;
  let paragraph = 1;
  const lines = page.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Counted to the paragraph's end, past list items: a line that looks like one (`2. a`,
    // indented `- a`) may continue the paragraph, and the reader pair marks across it.
    if (!line.trim()) {
      [marks, emphasised, linked, paragraph] = [0, 0, 0, i + 2];
      continue;
    }
    const prefix = line.match(nesting)![0];
    const markers = prefix.match(/[>*+-]|\d{1,9}[.)]/g)?.length ?? 0;
    const depth = markers + Math.floor(prefix.replace(/\t/g, '    ').replace(/[^ ]/g, '').length / 2);
    if (depth > DEPTH)
      throw new MarkdownError(
        i + 1,
        `lists or quotes nested ${depth} deep: a story page has at most ${DEPTH}`
      );
    const text = line.slice(prefix.length);
    for (const {0: run, 1: mark, index} of text.matchAll(inline)) {
      if (run === '[') linked++;
      else if (run === ']') linked = Math.max(0, linked - 1);
      if (linked > INLINE_DEPTH)
        throw new MarkdownError(
          i + 1,
          `links or images nested ${linked} deep: a story page has at most ${INLINE_DEPTH}`
        );
      if (!mark) continue;
      marks += run.length;
      emphasised = emphasis(text, index!, run, emphasised);
      if (emphasised > INLINE_DEPTH)
        throw new MarkdownError(
          i + 1,
          `emphasis (* _ ~) nested or left open ${emphasised} marks deep: a story page has at most ${INLINE_DEPTH}`
        );
      if (marks > MARKS)
        throw new MarkdownError(paragraph, `more than ${MARKS} emphasis marks (* _ ~) in one paragraph`);
    }
  }
}

/**
 * The line of the first block (the text between blank lines) that overflows the reader's stack
 * when read alone; 1 when none does: what the limits let through and the reader still could not
 * read is named by its line too.
 */
export function overflowing(page: string): number {
  let line = 1;
  for (const block of page.split(/(?<=\n)\n/)) {
    try {
      new Lexer({gfm: true}).lex(block);
    } catch (error) {
      if (error instanceof RangeError) return line;
    }
    line += block.split('\n').length;
  }
  return 1;
}
