/// <reference types="node" />
// `story-widgets/oembed`: the oEmbed 1.0 provider of a site's story pages, as a request handler
// for `node:http` (and any framework that passes Node's `req` and `res`). A CMS given a story
// page URL asks it for a `rich` embed: the iframe of dist/embed.html. https://oembed.com/
import type {IncomingMessage, ServerResponse} from 'node:http';
import {loadStory} from '../data/load-story.js';
import {StoryError} from '../data/story-error.js';
import {iframeCode, type EmbedChoice} from './embed-code.js';

export {embedPageUrl, iframeCode, scriptCode, type EmbedChoice, type Integrity} from './embed-code.js';

/** Options of {@link oembed} and {@link createOEmbedHandler}. */
export interface OEmbedOptions {
  /** Where the site serves dist/embed.html: `https://embed.example.org/embed.html`. */
  embedUrl: string;
  /**
   * The story pages this provider answers for; any other URL is a 404. Keep it tight: the
   * provider fetches what `storyJson` makes of the URL.
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
  /** The element embedded, with its options. Default `story-summary`. */
  embed?: Omit<EmbedChoice, 'src'>;
  /** Width of the embed in CSS pixels, before `maxwidth`. Default 680. */
  width?: number;
}

/** The answer to one oEmbed request: an HTTP status, and the JSON body when there is one. */
export interface OEmbedResult {
  status: 200 | 400 | 404 | 501 | 502;
  body: Record<string, unknown>;
}

/** Height hints at 680 px: what the element takes with the seed, rounded up. */
const heights: Record<string, number> = {
  'story-summary': 480,
  'takes-by-lens': 960,
  'story-numbers': 330,
  'entity-chip': 40,
};

const template = (pattern: string, page: URL) =>
  pattern
    .replaceAll('{url}', page.href.replace(/\/$/, ''))
    .replaceAll('{origin}', page.origin)
    .replaceAll('{path}', page.pathname.replace(/\/$/, ''))
    .replaceAll('{id}', page.pathname.replace(/\/$/, '').split('/').pop() ?? '');

/** A positive whole number, or `undefined`; anything else is a 400. */
function dimension(value: string | null): number | undefined | false {
  if (value === null || value === '') return undefined;
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : false;
}

/**
 * Answers one oEmbed request, given its query (`url`, `maxwidth`, `maxheight`, `format`): the
 * `rich` response for a story page, 404 for a URL this provider does not serve or a story it cannot
 * find, 501 for a format other than JSON, as the oEmbed specification has it.
 */
export async function oembed(query: URLSearchParams, options: OEmbedOptions): Promise<OEmbedResult> {
  const error = (status: OEmbedResult['status'], message: string): OEmbedResult => ({
    status,
    body: {error: message},
  });
  const format = query.get('format') ?? 'json';
  if (format !== 'json') return error(501, `format ${format} is not implemented: this provider answers JSON`);
  const [maxwidth, maxheight] = [dimension(query.get('maxwidth')), dimension(query.get('maxheight'))];
  if (maxwidth === false || maxheight === false)
    return error(400, 'maxwidth and maxheight are positive whole numbers');
  let page: URL;
  try {
    page = new URL(query.get('url') ?? '');
  } catch {
    return error(404, 'url is not a URL');
  }
  if (!options.pages.test(page.href)) return error(404, `${page.href} is not a story page of this provider`);
  const src =
    typeof options.storyJson === 'function' ? options.storyJson(page) : template(options.storyJson, page);
  let title: string;
  try {
    ({title} = await loadStory(src, {reload: true}));
  } catch (cause) {
    const status = cause instanceof StoryError && cause.kind === 'http' && cause.status === 404 ? 404 : 502;
    return error(status, `the story of ${page.href} could not be loaded: ${(cause as Error).message}`);
  }
  const element = options.embed?.element ?? 'story-summary';
  const natural = options.width ?? 680;
  const width = Math.min(natural, maxwidth ?? Infinity);
  // Narrower means taller: text wraps onto more lines.
  const height = Math.min(
    Math.ceil((heights[element] ?? 480) * Math.min(2, natural / width)),
    maxheight ?? Infinity
  );
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      html: iframeCode(options.embedUrl, {...options.embed, element, src}, {title, width, height}),
      width,
      height,
      title,
      provider_name: options.providerName,
      ...(options.providerUrl ? {provider_url: options.providerUrl} : {}),
      cache_age: options.cacheAge ?? 86_400,
    },
  };
}

/**
 * A request handler answering oEmbed requests (`GET /oembed?url=…`) with {@link oembed}: mount it
 * on `node:http`'s `createServer`, or at a route of Express, Fastify (`reply.raw`) or Koa
 * (`ctx.req`, `ctx.res`).
 */
export function createOEmbedHandler(options: OEmbedOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const {status, body}: {status: number; body: Record<string, unknown>} =
      req.method === 'GET' || req.method === 'HEAD'
        ? await oembed(query, options)
        : {status: 405, body: {error: 'oEmbed requests are GET requests'}};
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'access-control-allow-origin': '*',
      ...(status === 200 ? {'cache-control': `public, max-age=${body.cache_age}`} : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
  };
}
