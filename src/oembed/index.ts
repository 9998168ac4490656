/// <reference types="node" />
// `story-widgets/oembed`: the oEmbed 1.0 provider of a site's story pages, as a request handler
// for `node:http` (and any framework that passes Node's `req` and `res`). A CMS given a story
// page URL asks it for a `rich` embed: the iframe of dist/embed.html. https://oembed.com/
import type {IncomingMessage, ServerResponse} from 'node:http';
import {onOrigins} from '../data/fetch-on-origins.js';
import {StoryError} from '../data/story-error.js';
import {quote} from '../data/quote.js';
import {httpHref} from '../data/safe-url.js';
import {MIN_REFRESH, refreshSeconds} from '../data/refresh.js';
import {defaultTag} from '../elements.js';
import {placeholderHeight} from '../render/placeholder.js';
import {fallbackQuote, iframeCode} from './embed-code.js';
import {provider, template, type OEmbedOptions} from './options.js';

export {embedPageUrl, iframeCode, scriptCode, type EmbedChoice, type Integrity} from './embed-code.js';
export type {OEmbedOptions} from './options.js';

/** The answer to one oEmbed request: an HTTP status, and the JSON body when there is one. */
export interface OEmbedResult {
  status: 200 | 400 | 404 | 501 | 502;
  body: Record<string, unknown>;
}

/** The embed page's line (kit/embed.css: 16 px, 1.5): all the chip, inline, takes there. */
const EMBED_LINE = 24;

/**
 * The height of an embed of `element` in a frame `width` px wide, for the answer's hint: the place
 * the element keeps before its story arrives (src/render/placeholder.ts, fitted to a story of
 * typical size) at the embed page's 16 px, or one line for an element that keeps none.
 */
const heightHint = (element: string, attributes: Record<string, string>, width: number) =>
  Math.ceil(placeholderHeight(element, attributes, width) ?? EMBED_LINE);

/**
 * The story page `url` stands for: itself when `pages` matches it, else without its fragment, its
 * query and a trailing slash, as an editor pastes a page URL (`…/strike/?utm_source=x#top`).
 */
function storyPage(pages: RegExp, url: URL): URL | undefined {
  const page = new URL(url);
  for (const strip of [
    () => {},
    () => (page.hash = ''),
    () => (page.search = ''),
    () => (page.pathname = page.pathname.replace(/(.)\/$/, '$1')),
  ]) {
    strip();
    if (pages.test(page.href)) return page;
  }
  return undefined;
}

/** A positive whole number, or `undefined`; anything else is a 400. */
function dimension(value: string | null): number | undefined | false {
  if (value === null || value === '') return undefined;
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : false;
}

/** Sites told that their `embed.attributes.refresh` is no number of seconds: once each. */
const warned = new WeakSet<object>();

/**
 * The embed's attributes, with `refresh` read by the one rule (data/refresh.ts): the request's,
 * else the site's; at least 10 s, and none for 0 or for what is not a number of seconds.
 */
function live(attributes: Record<string, string> | undefined, refresh: number | undefined) {
  const {refresh: configured, ...others} = attributes ?? {};
  const seconds = refresh ?? refreshSeconds(configured);
  if (Number.isNaN(seconds) && !warned.has(attributes!)) {
    warned.add(attributes!);
    console.warn(
      `oEmbed: embed.attributes.refresh ${quote(configured)} is no number of seconds: embeds do not refresh`
    );
  }
  return seconds ? {...others, refresh: String(Math.max(MIN_REFRESH, seconds))} : others;
}

/**
 * Answers one oEmbed request, given its query (`url`, `maxwidth`, `maxheight`, `format`, and
 * `refresh`, seconds, for an embed that keeps its story current): the `rich` response for a story
 * page — `url` is the page `pages` matched, the pasted URL without the fragment, query or trailing
 * slash it needed to lose; `html` WordPress's fallback blockquote, the iframe and embed-host.js;
 * `height` the place the element keeps at `width` — 404 for a URL this provider does not serve or a story it cannot
 * find, 501 for a format other than JSON, as the oEmbed specification has it. Error bodies say
 * what went wrong in the asker's terms, never what the story's server replied or where it is
 * (`onError` is told). `signal` is the asking request's life: when every request waiting for a
 * story has hung up, its fetch stops.
 *
 * @throws {TypeError} when the options are wrong, naming the option.
 */
export async function oembed(
  query: URLSearchParams,
  options: OEmbedOptions,
  {signal}: {signal?: AbortSignal} = {}
): Promise<OEmbedResult> {
  const {pages, origins, titles} = provider(options);
  const error = (status: OEmbedResult['status'], message: string): OEmbedResult => ({
    status,
    body: {error: message},
  });
  const format = query.get('format') ?? 'json';
  if (format !== 'json') return error(501, 'this provider answers JSON only');
  const [maxwidth, maxheight] = [dimension(query.get('maxwidth')), dimension(query.get('maxheight'))];
  if (maxwidth === false || maxheight === false)
    return error(400, 'maxwidth and maxheight are positive whole numbers');
  const refresh = refreshSeconds(query.get('refresh') || undefined);
  if (Number.isNaN(refresh)) return error(400, 'refresh is a number of seconds');
  const asked = URL.canParse(query.get('url') ?? '') ? new URL(query.get('url')!) : undefined;
  const page = asked && httpHref(asked.href) ? storyPage(pages, asked) : undefined;
  if (!page) return error(404, 'url is not a story page of this provider');
  const notFound = (cause: Error) => {
    options.onError?.(cause, page.href);
    return error(404, 'this provider has no story for that page');
  };
  let src: string;
  try {
    src =
      typeof options.storyJson === 'function' ? options.storyJson(page) : template(options.storyJson, page);
  } catch (cause) {
    return notFound(cause as Error);
  }
  if (!onOrigins(src, origins))
    return notFound(new Error(`${src} is not on the origins ${origins.join(', ')}`));
  let title: string;
  try {
    title = await titles.title(src, signal);
  } catch (cause) {
    if (cause instanceof StoryError && cause.status === 404) return notFound(cause);
    // A client that hung up is no error of the site's: nobody reads this answer.
    if (!signal?.aborted) options.onError?.(cause as Error, page.href);
    return error(502, 'the story of that page could not be loaded');
  }
  const element = options.embed?.element ?? defaultTag;
  const attributes = live(options.embed?.attributes, refresh);
  const width = Math.min(options.width ?? 680, maxwidth ?? Infinity);
  const height = Math.min(heightHint(element, attributes ?? {}, width), maxheight ?? Infinity);
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      html:
        fallbackQuote(page.href, title) +
        iframeCode(options.embedUrl, {...options.embed, element, src, attributes}, {title, width, height}),
      width,
      height,
      title,
      url: page.href,
      provider_name: options.providerName,
      ...(options.providerUrl ? {provider_url: options.providerUrl} : {}),
      cache_age: options.cacheAge ?? 86_400,
    },
  };
}

/**
 * A request handler answering oEmbed requests (`GET /oembed?url=…`) with {@link oembed}: mount it
 * on `node:http`'s `createServer`, or at a route of Express, Fastify (`reply.raw`) or Koa
 * (`ctx.req`, `ctx.res`). A client that hangs up lets go of its story's fetch.
 *
 * @throws {TypeError} at once when the options are wrong, naming the option.
 */
export function createOEmbedHandler(options: OEmbedOptions) {
  provider(options);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const life = new AbortController();
    res.once('close', () => life.abort());
    const {status, body}: {status: number; body: Record<string, unknown>} =
      req.method === 'GET' || req.method === 'HEAD'
        ? await oembed(query, options, {signal: life.signal})
        : {status: 405, body: {error: 'oEmbed requests are GET requests'}};
    if (res.destroyed) return;
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      // Embeds are for any site to read; errors are for the asker's server, not other pages.
      ...(status === 200
        ? {'access-control-allow-origin': '*', 'cache-control': `public, max-age=${body.cache_age}`}
        : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
  };
}
