// The news site's markdown story page (../shared/seed/*.md) read into story JSON v1. `marked`
// finds the page's structure (headings, lists, paragraphs, links); markdown-sections.ts gives each
// section its meaning, and this module puts the story together, validated, in the site's order.
// Relative links stay as the page wrote them: the story's `url` is their base.
import {Lexer, type Token, type Tokens} from 'marked';
import {quote, withoutCredentials} from '../data/quote.js';
import type {Story} from '../data/schema.js';
import {storyCounts, storyProblems} from '../data/story-format.js';
import {checkLimits, overflowing} from './markdown-limits.js';
import {inlineText, MarkdownError} from './markdown-text.js';
import {
  figure,
  graph,
  lenses,
  list,
  newlines,
  paragraphs,
  readHead,
  summary,
  type Counts,
  type Section,
} from './markdown-sections.js';

export {MarkdownError};

/** Options of {@link storyFromMarkdown}. */
export interface MarkdownOptions {
  /** The story's id where the page has no Canonical line (the command gives the file's name). */
  id?: string;
  /** The content's language where the Meta line has no `lang:` (default `en`). */
  lang?: string;
  /** Told of what the page has that the format leaves out (unknown sections, counts that differ). */
  warn?: (line: number, message: string) => void;
}

/**
 * Reads a story page: `# title`, `> dek`, `**Meta:**`, then `## Summary`, `## By the numbers`,
 * `## Why it matters`, `## What to watch`, `## Regional takes` (`### lens`, then one item per
 * take), `## Across the graph` and `Canonical:`. Sections are optional.
 *
 * @throws {MarkdownError} with the line of the first part that breaks the format, or of the
 *   field the story format rejects.
 */
export function storyFromMarkdown(page: string, options: MarkdownOptions = {}): Story {
  // One kind of line ending, before anything counts lines: the reader splits on `\r` too, and a
  // page of `\r` alone would be one line to the limits.
  const text = page.replace(/\r\n?/g, '\n');
  checkLimits(text);
  try {
    return read(text, options);
  } catch (error) {
    // What the limits missed overflows the reader's stack: the page's fault, on a line of its own.
    if (error instanceof RangeError)
      throw new MarkdownError(overflowing(text), 'nested too deep for the Markdown reader');
    throw error;
  }
}

function read(page: string, options: MarkdownOptions): Story {
  const warn = options.warn ?? (() => {});
  const tokens = located(page);
  const title = tokens[0];
  if (title?.token.type !== 'heading' || (title.token as Tokens.Heading).depth !== 1) {
    throw new MarkdownError(title?.line ?? 1, 'a story page starts with its title: "# Title"');
  }
  const sections: Section[] = [{title: '', line: title.line, tokens: []}];
  for (const entry of tokens.slice(1)) {
    const {token} = entry;
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      sections.push({title: (token as Tokens.Heading).text.trim(), line: entry.line, tokens: []});
    } else if (token.type !== 'space') sections.at(-1)!.tokens.push(entry);
  }
  const story: Record<string, unknown> = {url: undefined, lang: options.lang ?? 'en'};
  const lines = new Map<string, number>([['title', title.line]]);
  const links = new Map<string, string>();
  for (const section of sections)
    section.tokens = section.tokens.filter((entry) => !closing(entry, story, lines));
  const head = sections.shift()!;
  readHead(head, story, lines, warn);
  story.title = inlineText((title.token as Tokens.Heading).tokens);
  for (const section of sections) {
    const name = section.title.toLowerCase();
    const blocks = section.tokens;
    lines.set(keyOf(name), section.line);
    if (name === 'summary') story.summary = summary(blocks, links, warn);
    else if (name === 'by the numbers') story.numbers = list(section).map(figure);
    else if (name === 'why it matters') story.whyItMatters = paragraphs(blocks);
    else if (name === 'what to watch') story.watch = list(section).map(({text}) => text);
    else if (name.startsWith('regional takes')) story.lenses = lenses(blocks, lines);
    else if (name === 'across the graph') graph(section, story, links, warn);
    else warn(section.line, `${quote(`## ${section.title}`)} is not a section of the story format: left out`);
  }
  // Related stories live beside this one: /zh/n/<this> makes /zh/n/<related>, relative.
  const url = typeof story.url === 'string' && URL.canParse(story.url) ? new URL(story.url) : null;
  for (const related of (story.related as {id: string; url?: string}[] | undefined) ?? []) {
    if (url) related.url = url.pathname.replace(/[^/]*\/?$/, related.id);
  }
  // The site tags its stories in its own language: the one its pages' path starts with (/zh/n/…).
  const site = url?.pathname.match(/^\/([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\//)?.[1];
  if (story.heads && site && Intl.getCanonicalLocales(site).length) story.headsLang = site;
  const id = url?.pathname.match(/([a-z0-9-]+)\/?$/)?.[1] ?? options.id ?? '';
  const ordered: Record<string, unknown> = {version: 1, id};
  for (const key of order) if (story[key] !== undefined) ordered[key] = clean(story[key]);
  const [problem] = storyProblems(ordered);
  if (problem) {
    const line = lineHolding(page, valueAt(ordered, problem.path)) ?? lineOf(problem.path ?? '', lines);
    throw new MarkdownError(line, problem.message);
  }
  checkCounts(ordered as unknown as Story, lines.get('meta') ?? 1, story.counts as Counts, warn);
  delete ordered.counts;
  return ordered as unknown as Story;
}

/** Every string of `value` without the credentials of the URLs in it: the output never shows them. */
const clean = (value: unknown): unknown =>
  typeof value === 'string'
    ? withoutCredentials(value)
    : Array.isArray(value)
      ? value.map(clean)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clean(item)]))
        : value;

/** The fields in the order the site writes them. */
const order =
  'url lang type date updated title dek heads headsLang summary numbers whyItMatters watch lenses entities related counts'.split(
    ' '
  );

/** Top-level tokens with the line each starts on: their raw texts make up the page. */
function located(page: string) {
  let line = 1;
  return new Lexer({gfm: true}).lex(page).map((token) => {
    const entry = {token, line};
    line += newlines(token.raw);
    return entry;
  });
}

/** The page's end, in any section: the rule, and `Canonical: <url>`, the story's `url`. */
function closing(
  {token, line}: {token: Token; line: number},
  story: Record<string, unknown>,
  lines: Map<string, number>
) {
  if (token.type === 'hr') return true;
  const [, url] = token.type === 'paragraph' ? (token.raw.match(/^Canonical:\s*(\S+)\s*$/) ?? []) : [];
  if (url) {
    story.url = url;
    lines.set('url', line);
    lines.set('id', line);
  }
  return Boolean(url);
}

/** Where a field came from: its own line, else that of the nearest part that holds it. */
function lineOf(path: string, lines: Map<string, number>) {
  for (let at = path; at; at = at.replace(/(\.[^.[]+|\[\d+\])$/, '')) {
    if (lines.has(at)) return lines.get(at)!;
    if (at === at.replace(/(\.[^.[]+|\[\d+\])$/, '')) break;
  }
  return lines.get(keyOf(path)) ?? 1;
}

/** The value at a field's path (`lenses[0].takes[2].url`). */
const valueAt = (story: object, path = '') =>
  path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], story);

/** The line of the page where `value` is written, when it is a string found there (a bad link). */
function lineHolding(page: string, value: unknown) {
  const at = typeof value === 'string' && value ? page.indexOf(value) : -1;
  return at < 0 ? undefined : newlines(page.slice(0, at)) + 1;
}

const keyOf = (name: string) =>
  (
    ({'by the numbers': 'numbers', 'why it matters': 'whyItMatters', 'what to watch': 'watch'}) as Record<
      string,
      string
    >
  )[name] ?? (name.startsWith('regional takes') ? 'lenses' : name.split(/[.[ ]/)[0]);

function checkCounts(story: Story, line: number, counts: Counts, warn: NonNullable<MarkdownOptions['warn']>) {
  const derived = storyCounts(story);
  for (const [name, value] of Object.entries(counts ?? {})) {
    const actual = derived[name as keyof Counts];
    if (actual !== value) warn(line, `Meta says ${value} ${name}; the takes give ${actual}`);
  }
}
