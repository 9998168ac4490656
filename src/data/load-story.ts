import {StoryError} from './story-error.js';
import {parseStoryJson} from './story-format.js';
import type {Story} from './schema.js';

/** Options of {@link loadStory}. */
export interface LoadStoryOptions {
  /** Cancels this caller's interest only; the request goes on while others still wait for it. */
  signal?: AbortSignal;
  /** Milliseconds before the load fails with a `timeout` error. Default 10 000. */
  timeout?: number;
  /** Largest response accepted, in bytes. Default 2 MB. */
  maxBytes?: number;
  /**
   * What a relative `url` resolves against. Default: the page's (or worker's) `location`, as
   * `fetch` would; in Node, give absolute URLs or a base.
   */
  base?: string | URL;
}

interface Pending {
  promise: Promise<Story>;
  controller: AbortController;
  waiting: number;
}

/** One request per absolute URL for the whole page (per copy of the library). */
const cache = new Map<string, Pending>();

/**
 * Fetches, parses and validates a story. Any number of callers asking for one URL share one
 * request; a failed load leaves the cache, so a later call tries again. Runs wherever `fetch`
 * does: browsers, workers, Node.
 *
 * @throws {StoryError} on any failure; a `DOMException` named `AbortError` when `signal` aborts.
 */
export function loadStory(url: string | URL, options: LoadStoryOptions = {}): Promise<Story> {
  const {signal, base = globalThis.location?.href} = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const key = new URL(url, base).href;
  let pending = cache.get(key);
  if (!pending) {
    const controller = new AbortController();
    const promise = fetchStory(key, controller, options);
    pending = {promise, controller, waiting: 0};
    const entry = pending;
    promise.catch(() => cache.get(key) === entry && cache.delete(key));
    cache.set(key, entry);
  }
  return follow(key, pending, signal);
}

function follow(key: string, pending: Pending, signal?: AbortSignal): Promise<Story> {
  pending.waiting++;
  if (!signal) return pending.promise;
  return new Promise<Story>((resolve, reject) => {
    const leave = () => {
      reject(signal.reason);
      // The last caller to lose interest cancels the request itself.
      if (--pending.waiting === 0 && cache.get(key) === pending) {
        cache.delete(key);
        pending.controller.abort(signal.reason);
      }
    };
    signal.addEventListener('abort', leave, {once: true});
    pending.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
  });
}

async function fetchStory(
  url: string,
  controller: AbortController,
  {timeout = 10_000, maxBytes = 2_000_000}: LoadStoryOptions
): Promise<Story> {
  const {signal} = controller;
  const timer = setTimeout(
    () => controller.abort(new StoryError('timeout', `No story from ${url} within ${timeout / 1000} s`)),
    timeout
  );
  try {
    const response = await fetchWithRetry(url, signal);
    if (!response.ok) {
      throw new StoryError('http', `HTTP ${response.status} for ${url}`, {status: response.status});
    }
    const body = await readText(response, maxBytes, url);
    return parseStoryJson(body, response.url || url, response.headers.get('content-type'));
  } catch (error) {
    throw signal.aborted ? signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/** One retry after a network failure (a dropped connection, a flaky mobile link), none after an HTTP error. */
async function fetchWithRetry(url: string, signal: AbortSignal): Promise<Response> {
  const init: RequestInit = {signal, credentials: 'omit', headers: {accept: 'application/json'}};
  try {
    return await fetch(url, init);
  } catch {
    if (signal.aborted) throw signal.reason;
    try {
      return await fetch(url, init);
    } catch (cause) {
      if (signal.aborted) throw signal.reason;
      throw new StoryError('network', `Could not reach ${url}`, {cause});
    }
  }
}

async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () =>
    new StoryError('http', `${url} is larger than ${maxBytes} bytes`, {status: response.status});
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
  if (!response.body) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (const reader = response.body.getReader(); ;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, {stream: true});
  }
  return text + decoder.decode();
}
