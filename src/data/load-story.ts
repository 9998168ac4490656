import {fetchText, type FetchTextOptions} from './fetch-text.js';
import {asStoryError, StoryError} from './story-error.js';
import type {Story} from './schema.js';
import {loadValidator} from './validator.js';

/** Options of {@link loadStory}. Read by own properties only. */
export interface LoadStoryOptions extends FetchTextOptions {
  /**
   * This caller's interest: aborting it rejects this call only. While it is not aborted the
   * story stays cached for others asking for the same URL; once every caller that gave a signal
   * has aborted, the request stops (or the cached story is dropped).
   */
  signal?: AbortSignal;
  /**
   * What a relative `url` resolves against. Default: the page's (or worker's) `location`, as
   * `fetch` would; in Node, give absolute URLs or a base.
   */
  base?: string | URL;
  /** Fetches again instead of sharing a cached story, revalidating with the server's HTTP cache. */
  reload?: boolean;
}

interface Entry {
  promise: Promise<Story>;
  controller: AbortController;
  /** Callers with a signal that have not aborted, and callers without one still waiting. */
  holders: number;
  fetch?: typeof fetch;
}

/** One request per absolute URL for the page (per copy of the library), while someone holds it. */
const cache = new Map<string, Entry>();
/** Stories kept for callers without a signal, who cannot say when they are done: the newest few. */
const UNHELD = 16;

/**
 * Fetches, parses and validates a story. Callers asking for one URL at the same time, or while
 * another caller still holds it, share one request; a failed load leaves the cache, so a later
 * call tries again. Runs wherever `fetch` does: browsers, workers, Node.
 *
 * @throws {StoryError} on any failure, malformed URLs included; the signal's reason when the
 *   caller aborts (a `DOMException` named `AbortError`, as `fetch` does); `RangeError` for a
 *   `maxBytes` that is not a positive number, before any request.
 */
export function loadStory(url: string | URL, options: LoadStoryOptions = {}): Promise<Story> {
  // Own properties only: a copy without a prototype, which a polluted one cannot reach.
  const own: LoadStoryOptions = Object.assign(Object.create(null), options);
  const {signal} = own;
  if (signal?.aborted) return Promise.reject(signal.reason);
  // A limit that is not a positive number would be none (`NaN` compares false to any size).
  if (!(own.maxBytes === undefined || (own.maxBytes > 0 && own.maxBytes < Infinity)))
    return Promise.reject(new RangeError('maxBytes is not a positive number'));
  let href: string;
  try {
    const parsed = new URL(url, own.base ?? globalThis.location?.href);
    // Credentials: fetch refuses to send them, and no message may show them.
    parsed.username = parsed.password = '';
    href = parsed.href;
  } catch {
    // Quoting nothing: a URL that does not parse may still hold a password (and the parser's
    // error, the whole of it).
    return Promise.reject(new StoryError('network', 'Not a URL'));
  }
  let entry = own.reload ? undefined : cache.get(href);
  // A story fetched another way (any redirect followed) is not one for a caller with its own fetch.
  if (entry?.fetch !== own.fetch) entry = undefined;
  if (!entry) {
    const controller = new AbortController();
    // The validator loads while the story does; failing to, it fails the load as the network.
    const validator = loadValidator().catch((cause: Error) => {
      throw new StoryError('network', `Could not load the validator: ${cause.message}`, {cause});
    });
    validator.catch(() => {});
    const promise = fetchText(href, controller, own).then(async ({text, url, type}) => {
      const {parseStoryJson} = await validator;
      try {
        return parseStoryJson(text, url, type);
      } catch (error) {
        throw asStoryError(error);
      }
    });
    const created: Entry = (entry = {promise, controller, holders: 0, fetch: own.fetch});
    promise.then(forgetUnheld, () => cache.get(href) === created && cache.delete(href));
    cache.set(href, entry);
  }
  if (signal) return hold(href, entry, signal);
  // A caller without a signal holds the request until it settles, then leaves the story cached.
  const waiting = entry;
  waiting.holders++;
  void waiting.promise.finally(() => waiting.holders--).catch(() => {});
  return waiting.promise;
}

/** Past `UNHELD` stories nobody holds, the oldest go. */
function forgetUnheld() {
  const unheld = [...cache].filter(([, entry]) => entry.holders === 0);
  for (const [key] of unheld.slice(0, -UNHELD)) cache.delete(key);
}

function hold(key: string, entry: Entry, signal: AbortSignal): Promise<Story> {
  entry.holders++;
  return new Promise<Story>((resolve, reject) => {
    signal.addEventListener(
      'abort',
      () => {
        reject(signal.reason);
        // The last holder to leave takes the story out of the cache, or stops its request.
        if (--entry.holders === 0 && cache.get(key) === entry) {
          cache.delete(key);
          entry.controller.abort(signal.reason);
        }
      },
      {once: true}
    );
    entry.promise.then(resolve, reject);
  });
}
