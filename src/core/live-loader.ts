import type {ReactiveControllerHost} from 'lit';
import type {StoryController, StorySource} from './story-controller.js';
import {freshTakes} from '../takes-by-lens/takes.js';
import {host} from './view-bridge.js';

export type Live = typeof import('../live.js');

let loading: Promise<Live | undefined> | undefined;

// An import of its own, which the publishers' build points at dist/live.js (viewsFile()).
const load = () => import('../live.js');

/**
 * The code that keeps live stories current (`refresh`), loaded once by the first element that
 * asks; `undefined` when it cannot load (a later element tries again): the story shown stays.
 * It comes with the views, so the first load carries none of it; in the publishers' bundle it
 * takes the page's words from the views, as they took them from the bundle.
 */
function loadLive(): Promise<Live | undefined> {
  return (loading ??= load().then(
    (module) => (host && module.connect(host), module),
    () => (loading = undefined)
  ));
}

/**
 * Called after each update of an element showing a story: with `refresh` set, what keeps its
 * story current loads (once) and takes it over (live-stories.ts).
 */
export function follow(
  controller: StoryController,
  element: ReactiveControllerHost & HTMLElement,
  source: () => StorySource
) {
  if (source().refresh) void loadLive().then((live) => live?.follow(controller, element, source, freshTakes));
}
