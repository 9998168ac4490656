/**
 * What of a request's options says whether a request the loader started may stand for it: not a
 * caller's own `fetch`, not a reload. (fetch-text.ts's options have both; a type of its own here,
 * so that neither module imports the other's.)
 */
export interface EarlyRequestOptions {
  fetch?: unknown;
  reload?: boolean;
}

/**
 * A story request the publishers' loader started before the elements were defined, for `url`
 * read with `options`; never one here. Apps, servers and the command line have no loader, so they
 * carry nothing of it: the publishers' build points this module at
 * src/autoload/early-requests.ts, which takes them (scripts/vite/autoload.ts, `earlyRequests()`).
 */
export const takeEarly = (_url: string, _options: EarlyRequestOptions): Promise<Response> | undefined =>
  undefined;
