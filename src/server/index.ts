// `story-widgets/server`: the elements rendered to HTML in Node, with Lit's server renderer.
// The output shows without JavaScript (declarative shadow DOM) and carries its story inline, so
// the publishers' script takes it over without a request and without anything moving.
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import '../define.js';
import {quote, withoutCredentials} from '../data/quote.js';
import {httpHref} from '../data/safe-url.js';
import {parseStory} from '../data/story-format.js';
import {attributeNameProblem, isTag, tags, type StoryWidgetTag} from '../elements.js';
import {formatLocale, getLocale, negotiateLocale, setLocale} from '../shared/localization.js';
import {serverMarker} from '../shared/server-dom.js';
import {provideViews} from '../shared/views-loader.js';
import * as views from '../views.js';

// A server renders a story at once: its views are here from the start, not loaded with it.
provideViews(views);

/** The elements a server renders: all four (src/elements.ts). */
export const storyWidgetTags: readonly StoryWidgetTag[] = tags;
export type {StoryWidgetTag};

/** Options of {@link renderStoryWidget}. */
export interface RenderStoryWidgetOptions {
  /** The page's language (`<html lang>`): the elements' words and formats. Default `en`. */
  lang?: string;
  /** `light` or `dark` forces a palette; absent follows the page's `color-scheme`. */
  theme?: 'light' | 'dark';
  /**
   * More attributes of the element: `{sections: 'summary why', 'heading-level': 3}`. `true`
   * gives an empty attribute, `false`, `null` and `undefined` none.
   */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** `id` of the inline JSON. Default `story-widgets-<story id>`. */
  id?: string;
  /**
   * Where the story's JSON is published (an http(s) URL). With a `refresh` attribute, the element
   * keeps the story current from there once the script has taken it over; the inline JSON names
   * it (`data-src`). Without it a server-rendered story, being inline, never refreshes.
   */
  storyUrl?: string;
  /**
   * A CSP nonce for the element's `<style>`s: a page whose `style-src` has no `'unsafe-inline'`
   * shows the server-rendered content styled only with it. The script takes over with
   * constructed stylesheets, which need none.
   */
  nonce?: string;
  /**
   * Whether the output starts with the story's inline JSON (default `true`). Several elements of
   * one story on a page share one: render the others with `data: false` and the same `id`.
   */
  data?: boolean;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const unescapeHtml = (text: string) =>
  text.replace(/&(?:#(\d+)|(amp|quot|lt|gt));/g, (_, code?: string, name?: string) =>
    // No `<` may end up in a stylesheet: it could close it.
    code
      ? String.fromCharCode(Number(code))
      : ({amp: '&', quot: '"', lt: '', gt: '>'} as Record<string, string>)[name!]
  );

/** Lit's markers serve its own hydration, which the elements do not use (story-element.ts). */
const litMarkers = /<!--\/?lit-(?:part|node)[^>]*-->|<\?lit\$[0-9]+\$>/g;

/** The elements' own CSS, without its comments and indentation: the page carries it once per element. */
const minifyCss = (css: string) =>
  css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .trim();

/** JSON that cannot end its `<script>`: `<` written as `\u003c`, as JSON allows. */
export const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Renders one element with its story to HTML: the story's inline JSON
 * (`<script type="application/json">`), then the element, whose declarative shadow DOM
 * (`<template shadowrootmode="open">`) holds its content and styles. A page shows it before any
 * script runs, and without one; the publishers' script then takes it over, reading the inline
 * story instead of fetching it. Node only (Lit's server renderer runs there): other runtimes
 * render at build time and serve the HTML as a static file.
 *
 * @param story A story object, validated here as an element validates it.
 * @throws {StoryError} when the story is invalid; `TypeError` for an unknown tag, a bad attribute
 *   name, or an event handler attribute (`onclick`).
 */
export async function renderStoryWidget(
  tag: StoryWidgetTag,
  story: unknown,
  options: RenderStoryWidgetOptions = {}
): Promise<string> {
  if (!isTag(tag)) throw new TypeError(`Unknown element ${quote(tag)}: ${tags.join(', ')}`);
  const valid = parseStory(story);
  const id = options.id ?? `story-widgets-${valid.id}`;
  const attributes: Record<string, unknown> = {...options.attributes, theme: options.theme, src: `#${id}`};
  let markup = '';
  for (const [name, value] of Object.entries(attributes)) {
    const problem = attributeNameProblem(name);
    if (problem) throw new TypeError(problem);
    if (value === true) markup += ` ${name}`;
    // A URL's credentials stay out of the page, wherever the value came from.
    else if (value !== false && value != null)
      markup += ` ${name}="${escapeHtml(withoutCredentials(String(value)))}"`;
  }
  const lang = options.lang ?? 'en';
  // The words are global: the render runs synchronously once they are the ones asked for, even
  // while other renders ask for others.
  do await setLocale(lang);
  while (getLocale() !== negotiateLocale(lang));
  const element = unsafeStatic(tag);
  // eslint-plugin-lit knows no static templates: the tag is a static value, not a binding.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const result = render(html`<${element}${unsafeStatic(markup)} .story=${valid}></${element}>`);
  const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  // A strict `style-src` drops style attributes (the lens bar's widths): they become rules of the
  // element's stylesheet, which its nonce lets through. The script sets them through CSSOM.
  const rules: string[] = [];
  // Each shadow root starts with the locale it was rendered in: the script keeps the server's nodes
  // when it would render the same (server-dom.ts).
  const marker = `<!--${serverMarker(formatLocale())}-->`;
  const rendered = collectResultSync(result).replace(litMarkers, '');
  // The host's own attributes are the caller's, escaped: a `style` among them stays an attribute
  // (as a browser keeps it), never a rule. Only the elements' templates' styles become rules.
  const hostTag = rendered.indexOf('>') + 1;
  const out = (
    rendered.slice(0, hostTag) +
    rendered
      .slice(hostTag)
      .replace(/<template shadowroot="open" shadowrootmode="open">/g, (template) => template + marker)
      .replace(/ style="([^"<]*)"/g, (_, declarations: string) => {
        const css = unescapeHtml(declarations);
        // Declarations only: nothing that could end the rule or the stylesheet.
        if (/[{}<\\]/.test(css)) return '';
        rules.push(`[data-server-style="${rules.length}"]{${css}}`);
        return ` data-server-style="${rules.length - 1}"`;
      })
  ).replace(
    /<style>([^]*?)<\/style>/g,
    (_, css: string) => `<style${nonce}>${minifyCss(css)}${rules.join('')}</style>`
  );
  const from = options.storyUrl === undefined ? undefined : httpHref(options.storyUrl);
  if (from === undefined && options.storyUrl !== undefined)
    throw new TypeError(`storyUrl is not an http(s) URL: ${quote(options.storyUrl)}`);
  const named = from ? ` data-src="${escapeHtml(from)}"` : '';
  const data =
    options.data === false
      ? ''
      : `<script type="application/json" id="${escapeHtml(id)}"${named}>${inlineJson(valid)}</script>\n`;
  return data + out;
}
