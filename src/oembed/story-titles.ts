import {fetchOnOrigins} from '../data/fetch-on-origins.js';
import {loadStory} from '../data/load-story.js';

/** Titles kept at most, the oldest going first: a provider's memory stays flat. */
const KEPT = 1_000;

/**
 * Seconds a story's `Cache-Control` lets it be reused: none for `no-store`, `no-cache` or
 * `private`, else its `s-maxage` or `max-age`; `undefined` when it says nothing of it.
 */
export function cacheSeconds(header: string | null): number | undefined {
  const directives = (header ?? '').toLowerCase();
  if (/\b(no-store|no-cache|private)\b/.test(directives)) return 0;
  const age = directives.match(/\bs-maxage=(\d+)/) ?? directives.match(/\bmax-age=(\d+)/);
  return age ? Number(age[1]) : undefined;
}

/**
 * The titles of the stories an oEmbed provider answers for, fetched only from the allowed origins.
 * Requests for one story at the same time share one fetch (loadStory's holders), which stops
 * when every request that wanted it has hung up; a title is then kept for the story's own
 * `Cache-Control` lifetime, at most `maxSeconds`.
 */
export class StoryTitles {
  readonly #fetch: typeof fetch;
  readonly #maxSeconds: number;
  /** Seconds each story's response allows, from its fetch until a request reads them. */
  readonly #ages = new Map<string, number | undefined>();
  readonly #kept = new Map<string, {title: string; until: number}>();

  constructor(origins: readonly string[], maxSeconds: number) {
    const fetchAllowed = fetchOnOrigins(origins);
    this.#maxSeconds = maxSeconds;
    // One function for the provider's life: loadStory shares requests made with the same fetch.
    this.#fetch = async (input, init) => {
      const response = await fetchAllowed(input, init);
      if (this.#ages.size > KEPT) this.#ages.clear();
      this.#ages.set(String(input), cacheSeconds(response.headers.get('cache-control')));
      return response;
    };
  }

  /** The story's title; `signal` is the asking request's life. */
  async title(url: string, signal?: AbortSignal): Promise<string> {
    // As loadStory asks for it, so that the response's Cache-Control is found again.
    const src = new URL(url).href;
    const kept = this.#kept.get(src);
    if (kept && kept.until > Date.now()) return kept.title;
    signal?.throwIfAborted();
    // This request's hold on the shared fetch, let go when it has its answer or hangs up.
    const held = new AbortController();
    const hangUp = () => held.abort(signal!.reason);
    signal?.addEventListener('abort', hangUp, {once: true});
    let title: string;
    try {
      ({title} = await loadStory(src, {fetch: this.#fetch, signal: held.signal}));
    } finally {
      signal?.removeEventListener('abort', hangUp);
      held.abort();
    }
    if (this.#ages.has(src)) {
      const seconds = Math.min(this.#ages.get(src) ?? this.#maxSeconds, this.#maxSeconds);
      this.#ages.delete(src);
      this.#kept.delete(src);
      if (seconds > 0) this.#kept.set(src, {title, until: Date.now() + seconds * 1000});
      if (this.#kept.size > KEPT) this.#kept.delete(this.#kept.keys().next().value!);
    }
    return title;
  }
}
