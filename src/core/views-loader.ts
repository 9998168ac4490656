import {msg} from '@lit/localize';
import {StoryError} from '../data/story-error.js';
import {formatLocale, getLocale} from '../i18n/localization.js';

export type Views = typeof import('../views.js');

let views: Views | undefined;
let loading: Promise<Views> | undefined;

// An import of its own, which the publishers' build points at dist/views.js (vite.config.ts).
const load = () => import('../views.js');

/**
 * Loads the elements' views — the templates of a story and its validator — once, when the
 * first story starts loading: they arrive beside it, and the first load carries neither.
 */
export function loadViews(): Promise<Views> {
  loading ??= load().then(
    (module) => {
      module.connect({msg, getLocale, formatLocale});
      module.warmFormatters();
      return (views = module);
    },
    (cause: Error) => {
      // Another story may try again.
      loading = undefined;
      throw new StoryError('network', `Could not load the validator: ${cause.message}`, {cause});
    }
  );
  return loading;
}

/** The views once loaded; an element renders a story only after they are. */
export const loadedViews = () => views;

/** Views imported up front, as a server does: stories render at once, without waiting. */
export function provideViews(module: Views) {
  views = module;
  loading = Promise.resolve(module);
}
