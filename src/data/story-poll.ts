import {fetchText, type FetchTextOptions} from './fetch-text.js';
import {MIN_REFRESH, pollInterval} from './refresh.js';
import type {Story} from './schema.js';
import {asStoryError, StoryError} from './story-error.js';
import {loadValidator} from './validator.js';

export {MIN_REFRESH};

/** Options of {@link StoryPoll}. */
export interface StoryPollOptions extends Omit<FetchTextOptions, 'reload'> {
  /**
   * Seconds between requests: a finite number (less than 10 counts as 10), or 0 for none.
   * Anything else is no interval: the poll makes no request by itself, and warns.
   */
  interval: number;
  /** The story shown now: what a response is compared with. */
  story?: Story;
  /** A story that differs from the one shown arrived; `previous` is the one shown until now. */
  onUpdate: (story: Story, previous: Story | undefined) => void;
  /** A request failed; the shown story stays, and the next request waits longer. */
  onError?: (error: StoryError) => void;
  /** What a relative URL resolves against; as {@link loadStory}'s. */
  base?: string | URL;
}

/** The longest wait after failures, in seconds (unless the interval itself is longer). */
const MAX_BACKOFF = 3600;
/** The longest wait a timer keeps: a longer one fires at once. */
const MAX_TIMER = 2 ** 31 - 1;

/** Thrown inside fetchText by the conditional fetch below: fetchText passes StoryErrors through. */
const notModified = () => new StoryError('http', 'Not modified', {status: 304});

/**
 * Keeps a story current: asks its URL again every `interval` seconds with a conditional request
 * and calls `onUpdate` when what comes back differs from the story shown. A `304`, or the same
 * document again, does nothing. Failures wait longer each time (twice the interval, four
 * times…, at most an hour) and never touch the shown story. Runs in Node as in browsers. The
 * poll sends `If-None-Match` / `If-Modified-Since` from the last response itself in Node and to
 * the page's own origin; to another origin, where those headers would cost a CORS preflight, the
 * browser's HTTP cache sends its own (`cache: 'no-cache'`).
 */
export class StoryPoll {
  #href: string;
  #options: StoryPollOptions;
  #interval: number;
  #timer?: ReturnType<typeof setTimeout>;
  #abort?: AbortController;
  #failures = 0;
  /** When the last request started (or the poll first started: the story shown is that fresh). */
  #last?: number;
  #text?: string;
  #validators: Record<string, string> = {};

  /**
   * @throws {StoryError} when `url` is not a URL; `RangeError` when `maxBytes` is not a positive
   *   number.
   */
  constructor(url: string | URL, options: StoryPollOptions) {
    try {
      const parsed = new URL(url, options.base ?? globalThis.location?.href);
      // What fetch refuses to send, and no message may show: the story is asked for without.
      parsed.username = parsed.password = '';
      this.#href = parsed.href;
    } catch {
      // As loadStory says it: quoting nothing (nor the parser's error, which holds it all).
      throw new StoryError('network', 'Not a URL');
    }
    // As loadStory checks it: a limit that is not a positive number would be none.
    const {maxBytes} = options;
    if (!(maxBytes === undefined || (maxBytes > 0 && maxBytes < Infinity)))
      throw new RangeError('maxBytes is not a positive number');
    this.#options = options;
    this.#interval = pollInterval(options.interval);
    this.story = options.story;
    // A story given is as fresh as the poll: the first request is an interval away.
    if (options.story) this.#last = Date.now();
  }

  /** The absolute URL of the story. */
  get url() {
    return this.#href;
  }

  /** The story shown: the last one `onUpdate` had, or the one given. */
  story?: Story;

  /**
   * Seconds between requests (raised to {@link MIN_REFRESH}); 0 when the poll makes none by
   * itself (an interval of 0, or one that is not a number). A change takes effect at once.
   */
  get interval() {
    return this.#interval;
  }

  set interval(seconds: number) {
    this.#interval = pollInterval(seconds);
    if (this.running) this.start();
  }

  /** Whether a request is scheduled or under way. */
  get running() {
    return this.#timer !== undefined || this.#abort !== undefined;
  }

  /** Schedules the next request one interval (or back-off) after the last; none without an interval. */
  start() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#abort || !this.#interval) return; // the request under way schedules the next
    this.#last ??= Date.now();
    const due = Math.max(0, this.#last + this.#wait() - Date.now());
    this.#timer = setTimeout(() => void this.now(), due);
  }

  /** Stops: no request is made until `start()` or `now()`; one under way is aborted. */
  stop() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /** Whether a request is due: an interval (or back-off) has passed since the last. */
  get due() {
    return this.#interval > 0 && (this.#last === undefined || Date.now() - this.#last >= this.#wait());
  }

  /**
   * Milliseconds from one request to the next: the interval, doubled for each failure in a row
   * up to an hour (or the interval, when longer), within what a timer can wait.
   */
  #wait() {
    const interval = this.#interval;
    const seconds = Math.min(Math.max(interval, MAX_BACKOFF), interval * 2 ** this.#failures);
    return Math.min(MAX_TIMER, seconds * 1000);
  }

  /** Requests the story at once, then schedules the next request. */
  async now(): Promise<void> {
    this.stop();
    const abort = (this.#abort = new AbortController());
    this.#last = Date.now();
    try {
      const story = await this.#request(abort);
      this.#failures = 0;
      if (story) {
        const previous = this.story;
        this.story = story;
        this.#options.onUpdate(story, previous);
      }
    } catch (error) {
      if (abort.signal.aborted && this.#abort !== abort) return;
      this.#failures++;
      this.#options.onError?.(asStoryError(error));
    } finally {
      if (this.#abort === abort) {
        this.#abort = undefined;
        this.start();
      }
    }
  }

  /** The story at the URL, or `undefined` when it has not changed. */
  async #request(abort: AbortController): Promise<Story | undefined> {
    const own = this.#options.fetch ?? fetch;
    // Validators of its own where they cost no CORS preflight: same origin, or no browser.
    const browser = 'document' in globalThis || 'WorkerGlobalScope' in globalThis;
    // Until a response of its own has given validators, the HTTP cache revalidates what the
    // first load stored.
    const explicit =
      (!browser || new URL(this.#href).origin === globalThis.location?.origin) &&
      Object.keys(this.#validators).length > 0;
    const conditional: typeof fetch = async (url, init) => {
      const headers = new Headers(init?.headers);
      if (explicit) for (const [name, value] of Object.entries(this.#validators)) headers.set(name, value);
      // Past the HTTP cache, so that a 304 reaches the poll rather than the cached body.
      const response = await own(url, {...init, headers, cache: explicit ? 'no-store' : init?.cache});
      if (response.status === 304) throw notModified();
      if (!response.ok) return response;
      this.#validators = {};
      const etag = response.headers.get('etag');
      const modified = response.headers.get('last-modified');
      if (etag) this.#validators['if-none-match'] = etag;
      if (modified) this.#validators['if-modified-since'] = modified;
      return response;
    };
    const validator = loadValidator();
    let fetched;
    try {
      fetched = await fetchText(this.#href, abort, {...this.#options, fetch: conditional, reload: true});
    } catch (error) {
      if ((error as StoryError).status === 304) return undefined;
      throw error;
    }
    if (fetched.text === this.#text) return undefined;
    const story = (await validator).parseStoryJson(fetched.text, fetched.url, fetched.type);
    this.#text = fetched.text;
    return JSON.stringify(story) === JSON.stringify(this.story) ? undefined : story;
  }
}
