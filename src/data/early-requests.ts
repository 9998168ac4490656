import type {FetchTextOptions} from './fetch-text.js';

/**
 * A story request the publishers' loader started before the elements were defined, for `url`
 * read with `options`; never one here. Apps, servers and the command line have no loader, so they carry nothing of it:
 * the publishers' build points this module at src/autoload/early-requests.ts, which takes them
 * (scripts/vite/autoload.ts, `earlyRequests()`).
 */
export const takeEarly = (_url: string, _options: FetchTextOptions): Promise<Response> | undefined =>
  undefined;
