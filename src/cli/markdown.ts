// The news site's markdown story page (../shared/seed/*.md) read into story JSON v1. `marked`
// finds the page's structure (headings, lists, paragraphs, links); this module gives each part
// its meaning. Relative links stay as the page wrote them: the story's `url` is their base.
import {Lexer, type Token, type Tokens} from 'marked';
import type {Entity, Lens, Segment, Story} from '../data/schema.js';
import {storyCounts, storyProblems} from '../data/story-format.js';
import {countryCode, inlineText, MarkdownError, slugify} from './markdown-text.js';

export {MarkdownError};
import {readTake} from './markdown-take.js';

/** Options of {@link storyFromMarkdown}. */
export interface MarkdownOptions {
  /** The story's id where the page has no Canonical line (the command gives the file's name). */
  id?: string;
  /** The content's language where the Meta line has no `lang:` (default `en`). */
  lang?: string;
  /** Told of what the page has that the format leaves out (unknown sections, counts that differ). */
  warn?: (line: number, message: string) => void;
}

type Section = {title: string; line: number; tokens: {token: Token; line: number}[]};

/**
 * Reads a story page: `# title`, `> dek`, `**Meta:**`, then `## Summary`, `## By the numbers`,
 * `## Why it matters`, `## What to watch`, `## Regional takes` (`### lens`, then one item per
 * take), `## Across the graph` and `Canonical:`. Sections are optional.
 *
 * @throws {MarkdownError} with the line of the first part that breaks the format, or of the
 *   field the story format rejects.
 */
export function storyFromMarkdown(page: string, options: MarkdownOptions = {}): Story {
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
    else warn(section.line, `"## ${section.title}" is not a section of the story format: left out`);
  }
  // Related stories live beside this one: /zh/n/<this> makes /zh/n/<related>, relative.
  const url = typeof story.url === 'string' && URL.canParse(story.url) ? new URL(story.url) : null;
  for (const related of (story.related as {id: string; url?: string}[] | undefined) ?? []) {
    if (url) related.url = url.pathname.replace(/[^/]*\/?$/, related.id);
  }
  const id = url?.pathname.match(/([a-z0-9-]+)\/?$/)?.[1] ?? options.id ?? '';
  const ordered: Record<string, unknown> = {version: 1, id};
  for (const key of order) if (story[key] !== undefined) ordered[key] = story[key];
  const problems = storyProblems(ordered);
  if (problems.length) {
    const [problem] = problems;
    throw new MarkdownError(lineOf(problem.path ?? '', lines), problem.message);
  }
  checkCounts(ordered as unknown as Story, lines.get('meta') ?? 1, story.counts as Counts, warn);
  delete ordered.counts;
  return ordered as unknown as Story;
}

/** The fields in the order the site writes them. */
const order =
  'url lang type date title dek heads summary numbers whyItMatters watch lenses entities related counts'.split(
    ' '
  );

type Counts = Partial<Record<'takes' | 'lenses' | 'regions', number>>;

/** Top-level tokens with the line each starts on: their raw texts make up the page. */
function located(page: string) {
  let line = 1;
  return new Lexer({gfm: true}).lex(page.replace(/\r\n?/g, '\n')).map((token) => {
    const entry = {token, line};
    line += newlines(token.raw);
    return entry;
  });
}

const newlines = (text: string) => text.split('\n').length - 1;

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

const keyOf = (name: string) =>
  (
    ({'by the numbers': 'numbers', 'why it matters': 'whyItMatters', 'what to watch': 'watch'}) as Record<
      string,
      string
    >
  )[name] ?? (name.startsWith('regional takes') ? 'lenses' : name.split(/[.[ ]/)[0]);

/** The title's companions: `> dek` and `**Meta:** type: … · date: … · heads: … · 11 takes`. */
function readHead(
  head: Section,
  story: Record<string, unknown>,
  lines: Map<string, number>,
  warn: NonNullable<MarkdownOptions['warn']>
) {
  for (const {token, line} of head.tokens) {
    if (token.type === 'blockquote') {
      story.dek = paragraphs((token as Tokens.Blockquote).tokens.map((t) => ({token: t, line})));
      lines.set('dek', line);
    } else if (token.type === 'paragraph' && /^\*\*Meta:?\*\*/.test(token.raw)) {
      lines.set('meta', line);
      const counts: Counts = {};
      const text = inlineText((token as Tokens.Paragraph).tokens).replace(/^Meta:?\s*/, '');
      for (const item of text.split('·').map((s) => s.trim())) {
        const [, key, value] = item.match(/^(\w+):\s*(.*)$/) ?? [];
        const count = item.match(/^(\d+) (takes|lenses|regions)$/);
        if (key === 'heads')
          story.heads = value
            .split(/[,，、]/)
            .map((s) => s.trim())
            .filter(Boolean);
        else if (key === 'type' || key === 'date' || key === 'lang') story[key] = value;
        else if (count) counts[count[2] as keyof Counts] = Number(count[1]);
        else if (item) warn(line, `Meta: "${item}" is not a field of the story format: left out`);
        if (key) lines.set(key, line);
      }
      story.counts = counts;
    } else warn(line, 'only the dek (> …) and the Meta line go between the title and the first section');
  }
}

/** The Summary: text, and links to entity pages (`…/entity/<slug>`) as mentions. */
function summary(blocks: Section['tokens'], links: Map<string, string>, warn: MarkdownOptions['warn'] & {}) {
  const segments: Segment[] = [];
  const add = (text: string) =>
    typeof segments.at(-1) === 'string' ? (segments[segments.length - 1] += text) : segments.push(text);
  for (const [i, {token, line}] of blocks.entries()) {
    if (token.type !== 'paragraph') throw new MarkdownError(line, 'the Summary is paragraphs of text');
    if (i) add('\n\n');
    for (const inline of (token as Tokens.Paragraph).tokens) {
      const slug = inline.type === 'link' ? entitySlug((inline as Tokens.Link).href) : undefined;
      if (slug) {
        segments.push({entity: slug, text: inlineText((inline as Tokens.Link).tokens)});
        links.set(slug, (inline as Tokens.Link).href);
      } else {
        if (inline.type === 'link')
          warn(line, `${(inline as Tokens.Link).href} is not an entity page: its text stays`);
        add(inlineText([inline], false));
      }
    }
  }
  return segments;
}

const entitySlug = (href: string) => href.match(/(?:^|\/)entity\/([a-z0-9-]+)\/?$/)?.[1];

function paragraphs(blocks: Section['tokens']) {
  return blocks
    .map(({token, line}) => {
      if (token.type !== 'paragraph') throw new MarkdownError(line, 'expected a paragraph of text');
      return inlineText((token as Tokens.Paragraph).tokens);
    })
    .join('\n\n');
}

/** The items of a section that is one list, each with its line and its text. */
function list(section: Section) {
  const items: {text: string; line: number; item: Tokens.ListItem}[] = [];
  for (const {token, line} of section.tokens) {
    if (token.type !== 'list') throw new MarkdownError(line, `"## ${section.title}" is a list: "- …" items`);
    let offset = 0;
    for (const item of (token as Tokens.List).items) {
      offset = token.raw.indexOf(item.raw, offset);
      const text = inlineText(
        item.tokens.flatMap((t) => (t.type === 'text' && (t as Tokens.Text).tokens) || [t])
      );
      items.push({text, line: line + newlines(token.raw.slice(0, offset)), item});
      offset += item.raw.length;
    }
  }
  return items;
}

function figure({text, line}: {text: string; line: number}) {
  const at = text.indexOf(' — ');
  if (at < 0) throw new MarkdownError(line, 'a figure is "- value — label"');
  return {value: text.slice(0, at).trim(), label: text.slice(at + 3).trim()};
}

/** `### lens` headings, each followed by its takes. */
function lenses(blocks: Section['tokens'], lines: Map<string, number>) {
  const out: Lens[] = [];
  for (const {token, line} of blocks) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 3) {
      const label = inlineText((token as Tokens.Heading).tokens);
      lines.set(`lenses[${out.length}]`, line);
      out.push({id: slugify(label), label, takes: []});
    } else if (token.type === 'list' && out.length) {
      const lens = out.at(-1)!;
      for (const {item, line: at} of list({title: 'Regional takes', line, tokens: [{token, line}]})) {
        lines.set(`lenses[${out.length - 1}].takes[${lens.takes.length}]`, at);
        (lens.takes as unknown[]).push(readTake(item.text, at, countryCode));
      }
    } else throw new MarkdownError(line, 'Regional takes are "### lens" headings, each with a list of takes');
  }
  return out;
}

/** `- Related: [[id]], [[id|Title]]` and `- Entities: Name, [Name](/entity/slug)`. */
function graph(
  section: Section,
  story: Record<string, unknown>,
  links: Map<string, string>,
  warn: NonNullable<MarkdownOptions['warn']>
) {
  for (const {item, line} of list(section)) {
    const [, key, rest] = item.text.match(/^(\w+):\s*([\s\S]*)$/) ?? [];
    if (key === 'Related') {
      story.related = [...rest.matchAll(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g)].map(([, id, title]) => ({
        id: id.trim(),
        ...(title ? {title: title.trim()} : {}),
      }));
    } else if (key === 'Entities') {
      const inline = item.tokens.flatMap((t) => (t.type === 'text' && (t as Tokens.Text).tokens) || [t]);
      story.entities = entities(inline, links);
    } else warn(line, `"${item.text.slice(0, 40)}" is not part of Across the graph: left out`);
  }
}

function entities(inline: Token[], links: Map<string, string>): Entity[] {
  const out: Entity[] = [];
  for (const token of inline) {
    if (token.type === 'link') {
      const href = (token as Tokens.Link).href;
      const name = inlineText((token as Tokens.Link).tokens);
      out.push({id: entitySlug(href) ?? slugify(name), name, url: href});
    } else {
      for (const name of inlineText([token])
        .replace(/^Entities:/, '')
        .split(',')
        .map((s) => s.trim())) {
        if (!name) continue;
        const id = slugify(name);
        out.push(links.has(id) ? {id, name, url: links.get(id)!} : {id, name});
      }
    }
  }
  return out;
}

function checkCounts(story: Story, line: number, counts: Counts, warn: NonNullable<MarkdownOptions['warn']>) {
  const derived = storyCounts(story);
  for (const [name, value] of Object.entries(counts ?? {})) {
    const actual = derived[name as keyof Counts];
    if (actual !== value) warn(line, `Meta says ${value} ${name}; the takes give ${actual}`);
  }
}
