import {asStoryError, StoryError} from './story-error.js';
import type {Story} from './schema.js';
import {loadValidator} from './validator.js';

/** Options of {@link loadStory}. Read by own properties only. */
export interface LoadStoryOptions {
  /**
   * This caller's interest: aborting it rejects this call only. While it is not aborted the
   * story stays cached for others asking for the same URL; once every caller that gave a signal
   * has aborted, the request stops (or the cached story is dropped).
   */
  signal?: AbortSignal;
  /** Milliseconds before the load fails with a `timeout` error, whatever the network does. Default 10 000. */
  timeout?: number;
  /** Largest response accepted, in bytes. Default 2 MB. */
  maxBytes?: number;
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
}

/** One request per absolute URL for the page (per copy of the library), while someone holds it. */
const cache = new Map<string, Entry>();
/** Stories kept for callers without a signal, who cannot say when they are done: the newest few. */
const UNHELD = 16;

const own = <K extends keyof LoadStoryOptions>(options: LoadStoryOptions, key: K) =>
  Object.hasOwn(options, key) ? options[key] : undefined;

/**
 * Fetches, parses and validates a story. Callers asking for one URL at the same time, or while
 * another caller still holds it, share one request; a failed load leaves the cache, so a later
 * call tries again. Runs wherever `fetch` does: browsers, workers, Node.
 *
 * @throws {StoryError} on any failure, malformed URLs included; the signal's reason when the
 *   caller aborts (a `DOMException` named `AbortError`, as `fetch` does).
 */
export function loadStory(url: string | URL, options: LoadStoryOptions = {}): Promise<Story> {
  const signal = own(options, 'signal');
  if (signal?.aborted) return Promise.reject(signal.reason);
  let key: string;
  try {
    key = new URL(url, own(options, 'base') ?? globalThis.location?.href).href;
  } catch (cause) {
    return Promise.reject(new StoryError('network', `${String(url).slice(0, 100)} is not a URL`, {cause}));
  }
  let entry = own(options, 'reload') ? undefined : cache.get(key);
  if (!entry) {
    const controller = new AbortController();
    // The validator loads while the story does; failing to, it fails the load as the network.
    const validator = loadValidator().catch((cause: Error) => {
      throw new StoryError('network', `Could not load the validator: ${cause.message}`, {cause});
    });
    validator.catch(() => {});
    const promise = fetchStory(key, controller, options).then(async ({text, url, type}) => {
      const {parseStoryJson} = await validator;
      try {
        return parseStoryJson(text, url, type);
      } catch (error) {
        throw asStoryError(error);
      }
    });
    const created: Entry = (entry = {promise, controller, holders: 0});
    promise.then(forgetUnheld, () => cache.get(key) === created && cache.delete(key));
    cache.set(key, entry);
  }
  if (signal) return hold(key, entry, signal);
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

/** A story's JSON text, the URL it came from and its content type. */
interface Body {
  text: string;
  url: string;
  type: string | null;
}

async function fetchStory(
  url: string,
  controller: AbortController,
  options: LoadStoryOptions
): Promise<Body> {
  const timeout = own(options, 'timeout') ?? 10_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The timer settles the load by itself: a fetch that ignores its signal cannot hang it.
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new StoryError('timeout', `No story from ${url} within ${timeout / 1000} s`);
      controller.abort(error);
      reject(error);
    }, timeout);
  });
  const init: RequestInit = {
    signal: controller.signal,
    credentials: 'omit',
    headers: {accept: 'application/json'},
    cache: own(options, 'reload') ? 'no-cache' : 'default',
  };
  const maxBytes = own(options, 'maxBytes') ?? 2_000_000;
  try {
    return await Promise.race([load(url, init, maxBytes), timedOut]);
  } catch (error) {
    const {signal} = controller;
    throw signal.aborted ? signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One retry after a network failure — a dropped connection, a body that breaks off, a corrupt
 * encoding, a flaky mobile link — none after an HTTP error.
 */
async function load(url: string, init: RequestInit, maxBytes: number): Promise<Body> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url, init);
      if (!response.ok || response.status === 204) {
        throw new StoryError('http', `HTTP ${response.status} for ${url}`, {status: response.status});
      }
      const text = await readText(response, maxBytes, url);
      return {text, url: response.url || url, type: response.headers.get('content-type')};
    } catch (cause) {
      if (cause instanceof StoryError || init.signal!.aborted) throw cause;
      if (attempt === 2) {
        throw new StoryError('network', `Could not load ${url}: ${(cause as Error).message}`, {cause});
      }
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
