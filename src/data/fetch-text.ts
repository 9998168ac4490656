import {takeEarly} from './early-requests.js';
import {StoryError} from './story-error.js';

/** How {@link fetchText} reads one URL. */
export interface FetchTextOptions {
  /** Milliseconds before it fails with a `timeout` error, whatever the network does. Default 10 000. */
  timeout?: number;
  /** Largest response accepted, in bytes: a positive number. Default 2 MB. */
  maxBytes?: number;
  /** Revalidates with the HTTP cache instead of using it. */
  reload?: boolean;
  /**
   * The `fetch` to request with. A server fetching what a request names passes
   * `fetchOnOrigins(origins)`, which refuses other origins and redirects off them.
   */
  fetch?: typeof fetch;
}

/** A text, the URL it came from (after redirects) and its content type. */
export interface FetchedText {
  text: string;
  url: string;
  type: string | null;
}

/**
 * Reads a URL as text within a time and size limit: the story loader's request, and the command
 * line's. `controller` aborts it; the timeout aborts it too. Its messages show the URL's first 80
 * characters.
 *
 * @throws {StoryError} `network`, `timeout` or `http` (a status, or a body over `maxBytes`).
 */
export async function fetchText(
  url: string,
  controller: AbortController,
  options: FetchTextOptions = {}
): Promise<FetchedText> {
  const timeout = options.timeout ?? 10_000;
  // The URL as messages show it: a long one would make them long.
  const shown = url.slice(0, 80);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The timer settles the load by itself: a fetch that ignores its signal cannot hang it.
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new StoryError('timeout', `No story from ${shown} within ${timeout / 1000} s`);
      controller.abort(error);
      reject(error);
    }, timeout);
  });
  // src/autoload/loader.ts asks the same way.
  const init: RequestInit = {
    signal: controller.signal,
    credentials: 'omit',
    headers: {accept: 'application/json'},
    cache: options.reload ? 'no-cache' : 'default',
  };
  try {
    return await Promise.race([load(url, shown, init, options), timedOut]);
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
async function load(
  url: string,
  shown: string,
  init: RequestInit,
  options: FetchTextOptions
): Promise<FetchedText> {
  for (let attempt = 1; ; attempt++) {
    try {
      // The request the page's loader started already (early-requests.ts), taken once.
      const response = await (takeEarly(url, options) ?? (options.fetch ?? fetch)(url, init));
      if (!response.ok || response.status === 204) {
        throw new StoryError('http', `HTTP ${response.status} for ${shown}`, {status: response.status});
      }
      const text = await readText(response, options.maxBytes ?? 2_000_000, shown);
      return {text, url: response.url || url, type: response.headers.get('content-type')};
    } catch (cause) {
      if (cause instanceof StoryError || init.signal!.aborted) throw cause;
      if (attempt === 2) {
        throw new StoryError('network', `Could not load ${shown}: ${(cause as Error).message}`, {cause});
      }
    }
  }
}

async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () =>
    new StoryError('http', `${url} is larger than ${maxBytes} bytes`, {status: response.status});
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void response.body?.cancel();
    throw tooLarge();
  }
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
