/**
 * The publishers' build's data/early-requests.ts (scripts/vite/autoload.ts): the story requests
 * the loader (loader.ts) started before any element was defined, by absolute URL, each taken once
 * by the first load of its URL instead of asking again, so that defining the elements adds no
 * round trip before their story. Page-global, by a registered symbol, because the loader shares
 * no module with the elements: it is built on its own and imports nothing, so that a page starts
 * it at once.
 */
import type {EarlyRequestOptions} from '../data/early-requests.js';
import {localeSettled} from '../i18n/localization.js';

/** Where the loader leaves its requests: a registered symbol, the same in every copy. */
export const earlyRequestsKey = Symbol.for('story-widgets.early-requests');

/** How the loader asks, as data/fetch-text.ts does: no cookies, JSON asked for. */
export const storyRequest: RequestInit = {credentials: 'omit', headers: {accept: 'application/json'}};

/**
 * The response a loader started for `url`, once, for the request the element makes by itself
 * (not a reload, nor a caller's own `fetch`); `undefined` when none did. Not bound to the
 * element's signal: an element that leaves stops waiting on its own (data/load-story.ts, `hold`),
 * and the request, a story's few kilobytes, ends by itself.
 */
export function takeEarly(url: string, options: EarlyRequestOptions): Promise<Response> | undefined {
  if (options.fetch || options.reload) return undefined;
  const requests = (globalThis as {[earlyRequestsKey]?: Map<string, Promise<Response>>})[earlyRequestsKey];
  const early = requests?.get(url);
  requests?.delete(url);
  // Handed over once the page's words are in place: an early story would otherwise render in
  // English first. The element asks as it is defined, before its file follows the page's
  // language (src/story-widgets.ts): a response is never ready sooner than a microtask later.
  return early?.then(async (response) => (await localeSettled(), response));
}
