// `story-widgets/server`: the elements rendered to HTML in Node, with Lit's server renderer.
// The output shows without JavaScript (declarative shadow DOM) and carries its story inline, so
// the publishers' script takes it over without a request and without anything moving.
import {quote} from '../data/quote.js';
import {httpHref} from '../data/safe-url.js';
import type {Story} from '../data/schema.js';
import {parseStory} from '../data/story-format.js';
import {isTag, tags, type StoryWidgetTag} from '../elements.js';
import {elementHtml, escapeHtml, prepareLocale} from './element-html.js';

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
   * one story on a page share one: {@link storyWidgetsPage} keeps count, or render the others
   * with `data: false` and the same `id`.
   */
  data?: boolean;
}

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
  const lang = options.lang ?? 'en';
  await prepareLocale(lang);
  const attributes = {...options.attributes, theme: options.theme, src: `#${id}`};
  const out = elementHtml(tag, valid, {lang, attributes, nonce: options.nonce});
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

/** What every element of a {@link storyWidgetsPage} shares: the page's language, theme and nonce. */
export type StoryWidgetsPageOptions = Pick<RenderStoryWidgetOptions, 'lang' | 'theme' | 'nonce'>;

/** One page's server output: {@link storyWidgetsPage}. */
export interface StoryWidgetsPage {
  /**
   * renderStoryWidget() for this page: the page's options, then the element's own (`data` is the
   * page's to decide). The first element of a story carries its inline JSON; every later one of
   * the same story points to it (`src="#id"`) and carries none.
   */
  render(
    tag: StoryWidgetTag,
    story: unknown,
    options?: Omit<RenderStoryWidgetOptions, 'data'>
  ): Promise<string>;
}

/**
 * A page rendered on the server, element by element: one inline JSON per story, whatever the number
 * of its elements. Put the outputs in the page in the order they were rendered (the first of a story
 * holds the JSON the others read); a new page, a new `storyWidgetsPage()`.
 *
 * @throws {TypeError} from `render` when another story, or the same with another `storyUrl`, was
 *   inlined on this page under the same `id`.
 */
export function storyWidgetsPage(page: StoryWidgetsPageOptions = {}): StoryWidgetsPage {
  /** What each inline JSON of the page holds, by its id. */
  const inlined = new Map<string, string>();
  return {
    render(tag, story, options = {}) {
      let id: string;
      let data: boolean;
      let valid: Story;
      try {
        valid = parseStory(story);
        id = options.id ?? `story-widgets-${valid.id}`;
        const holds = `${options.storyUrl ?? ''} ${inlineJson(valid)}`;
        // Decided before anything is awaited: renders started together keep their order.
        data = !inlined.has(id);
        if (data) inlined.set(id, holds);
        else if (inlined.get(id) !== holds)
          throw new TypeError(`#${id} already holds another story on this page, or another storyUrl`);
      } catch (error) {
        return Promise.reject(error as Error);
      }
      // Validated once: renderStoryWidget takes a story parseStory returned as it is.
      const html = renderStoryWidget(tag, valid, {...page, ...options, data});
      // An output that failed holds no JSON: the story's next element carries it.
      if (data) html.catch(() => inlined.delete(id));
      return html;
    },
  };
}
