// The options of an oEmbed provider, checked once: a provider that fetches what requests name
// must know from the start which origins it may fetch from.
import {checkOrigins} from '../data/fetch-on-origins.js';
import {httpHref} from '../data/safe-url.js';
import {isTag, tags} from '../elements.js';
import type {EmbedChoice} from './embed-code.js';
import {StoryTitles} from './story-titles.js';

/** Options of {@link oembed} and {@link createOEmbedHandler}. */
export interface OEmbedOptions {
  /** Where the site serves dist/embed.html: `https://embed.example.org/embed.html`. */
  embedUrl: string;
  /**
   * The origins story JSON may come from (`['https://news.example.org']`): the provider fetches
   * nothing else, whatever `pages` matches and `storyJson` makes of it, and follows no redirect
   * off them. Required.
   */
  origins: readonly string[];
  /**
   * The story pages this provider answers for; any other URL is a 404. It must match the whole
   * URL (it is anchored at both ends: `/https:\/\/news\.example\.org\/n\/[a-z0-9-]+/`), and
   * its `g` and `y` flags are ignored.
   */
  pages: RegExp;
  /**
   * Where a page's story JSON is: a template of `{url}` (the page URL), `{origin}`, `{path}` and
   * `{id}` (the path's last segment) — `{url}.json`, `{origin}/api/stories/{id}.json` — or a function.
   */
  storyJson: string | ((page: URL) => string);
  /** `provider_name` of the responses: the site's name. */
  providerName: string;
  /** `provider_url`: the site's home page. */
  providerUrl?: string;
  /** Seconds a consumer may keep a response (`cache_age`). Default one day. */
  cacheAge?: number;
  /** The element embedded, with its options. Default `defaultTag` (elements.ts), the summary. */
  embed?: Omit<EmbedChoice, 'src'>;
  /** Width of the embed in CSS pixels, before `maxwidth`. Default 680. */
  width?: number;
  /**
   * Seconds a story's title is kept between requests, at most: the story's `Cache-Control` can
   * shorten it (`no-store`, a smaller `max-age`). Default 60; 0 fetches for every request.
   */
  storyCache?: number;
  /**
   * Told why a request got no embed, with what the answer leaves out (the story URL, what its
   * server replied): for the site's logs.
   */
  onError?: (error: Error, page: string) => void;
}

/** A `storyJson` template filled in for `page`. */
export const template = (pattern: string, page: URL) =>
  pattern
    .replaceAll('{url}', page.href.replace(/\/$/, ''))
    .replaceAll('{origin}', page.origin)
    .replaceAll('{path}', page.pathname.replace(/\/$/, ''))
    .replaceAll('{id}', page.pathname.replace(/\/$/, '').split('/').pop() ?? '');

/** What a provider made of its options, once per options object. */
interface Provider {
  pages: RegExp;
  origins: readonly string[];
  titles: StoryTitles;
}

const providers = new WeakMap<OEmbedOptions, Provider>();

/**
 * Checks the options once: the provider they describe, with its title cache.
 *
 * @throws {TypeError} naming the option that is missing or wrong.
 */
export function provider(options: OEmbedOptions): Provider {
  let made = providers.get(options);
  if (made) return made;
  if (!(options.pages instanceof RegExp)) throw new TypeError('pages is a RegExp of the story pages');
  if (!httpHref(options.embedUrl))
    throw new TypeError(`embedUrl is the http(s) URL of embed.html, not ${JSON.stringify(options.embedUrl)}`);
  const element = options.embed?.element;
  if (element !== undefined && !isTag(element))
    throw new TypeError(`embed.element is one of ${tags.join(', ')}, not ${JSON.stringify(element)}`);
  const origins = checkOrigins(options.origins, 'origins');
  // Anchored, and without the state `g` and `y` keep between calls of `test`.
  const pages = new RegExp(`^(?:${options.pages.source})$`, options.pages.flags.replace(/[gy]/g, ''));
  made = {pages, origins, titles: new StoryTitles(origins, options.storyCache ?? 60)};
  providers.set(options, made);
  return made;
}
