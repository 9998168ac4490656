import type {msg} from '@lit/localize';

/**
 * What the elements' views take from the bundle that loads them. In the publishers' bundle the
 * views are a second file (dist/views.js, scripts/views.vite.config.ts) that must not import the first:
 * a page may load the bundle by another URL (`story-widgets.js?ver=3`), and the same import
 * would then load and run a second copy of it. So that file gets Lit's `html` on its own (a
 * template is plain data), and what holds state — the words of the page's language and the
 * locale — from here, handed over when the bundle loads it. Elsewhere (an app, a server, the
 * tests) the views import these modules themselves and this is never called.
 */
export interface ViewHost {
  msg: typeof msg;
  getLocale: () => string;
  formatLocale: () => string;
}

export let host: ViewHost | undefined;

export const connect = (given: ViewHost) => void (host = given);
