// The sections of a story page, each read into its fields (markdown.ts puts them together).
import type {Token, Tokens} from 'marked';
import {quote} from '../data/quote.js';
import {httpHref, resolveUrl} from '../data/safe-url.js';
import type {Entity, Lens, Segment} from '../data/schema.js';
import {inlineText, MarkdownError, slugify} from './markdown-text.js';
import {readTake} from './markdown-take.js';

/** A part of the page: under a `##` heading (the first, under the title), with each block's line. */
export type Section = {title: string; line: number; tokens: {token: Token; line: number}[]};
type Warn = (line: number, message: string) => void;
/** The counts a Meta line gives: `11 takes · 4 lenses · 2 regions`. */
export type Counts = Partial<Record<'takes' | 'lenses' | 'regions', number>>;

export const newlines = (text: string) => text.split('\n').length - 1;

/** The title's companions: `> dek` and `**Meta:** type: … · date: … · updated: … · heads: … · 11 takes`. */
export function readHead(
  head: Section,
  story: Record<string, unknown>,
  lines: Map<string, number>,
  warn: Warn
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
        else if (key === 'type' || key === 'date' || key === 'updated' || key === 'lang') story[key] = value;
        else if (count) counts[count[2] as keyof Counts] = Number(count[1]);
        else if (item) warn(line, `Meta: ${quote(item)} is not a field of the story format: left out`);
        if (key) lines.set(key, line);
      }
      story.counts = counts;
    } else warn(line, 'only the dek (> …) and the Meta line go between the title and the first section');
  }
}

/** The Summary: text, and links to entity pages (`…/entity/<slug>`) as mentions. */
export function summary(blocks: Section['tokens'], links: Map<string, string>, warn: Warn) {
  const segments: Segment[] = [];
  const add = (text: string) =>
    typeof segments.at(-1) === 'string' ? (segments[segments.length - 1] += text) : segments.push(text);
  for (const [i, {token, line}] of blocks.entries()) {
    if (token.type !== 'paragraph') throw new MarkdownError(line, 'the Summary is paragraphs of text');
    if (i) add('\n\n');
    for (const inline of (token as Tokens.Paragraph).tokens) {
      const href = inline.type === 'link' ? (inline as Tokens.Link).href : undefined;
      // Relative links wait for the story's url; anything else must be a web page.
      if (href !== undefined && !httpHref(resolveUrl(href, 'https://relative.invalid/')))
        throw new MarkdownError(line, `${quote(href)} is not an http(s) URL: no link`);
      const slug = href === undefined ? undefined : entitySlug(href);
      if (slug) {
        segments.push({entity: slug, text: inlineText((inline as Tokens.Link).tokens)});
        links.set(slug, (inline as Tokens.Link).href);
      } else {
        if (inline.type === 'link')
          warn(line, `${quote((inline as Tokens.Link).href)} is not an entity page: its text stays`);
        add(inlineText([inline], false));
      }
    }
  }
  return segments;
}

const entitySlug = (href: string) => href.match(/(?:^|\/)entity\/([a-z0-9-]+)\/?$/)?.[1];

export function paragraphs(blocks: Section['tokens']) {
  return blocks
    .map(({token, line}) => {
      if (token.type !== 'paragraph') throw new MarkdownError(line, 'expected a paragraph of text');
      return inlineText((token as Tokens.Paragraph).tokens);
    })
    .join('\n\n');
}

/** The items of a section that is one list, each with its line and its text. */
export function list(section: Section) {
  const items: {text: string; line: number; item: Tokens.ListItem}[] = [];
  for (const {token, line} of section.tokens) {
    if (token.type !== 'list')
      throw new MarkdownError(line, `${quote(`## ${section.title}`)} is a list: "- …" items`);
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

export function figure({text, line}: {text: string; line: number}) {
  const at = text.indexOf(' — ');
  if (at < 0) throw new MarkdownError(line, 'a figure is "- value — label"');
  return {value: text.slice(0, at).trim(), label: text.slice(at + 3).trim()};
}

/** `### lens` headings, each followed by its takes. */
export function lenses(blocks: Section['tokens'], lines: Map<string, number>) {
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
        (lens.takes as unknown[]).push(readTake(item.text, at));
      }
    } else throw new MarkdownError(line, 'Regional takes are "### lens" headings, each with a list of takes');
  }
  return out;
}

/** `- Related: [[id]], [[id|Title]]` and `- Entities: Name, [Name](/entity/slug)`. */
export function graph(
  section: Section,
  story: Record<string, unknown>,
  links: Map<string, string>,
  warn: Warn
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
    } else warn(line, `${quote(item.text)} is not part of Across the graph: left out`);
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
