// The one home of the lazy split: the chunks the elements load after the first load, and how.
// Their contract is chunks.ts. In source these are plain dynamic imports; the publishers' build
// points each at its file of dist/ by a URL relative to the bundle's own (scripts/vite/
// transforms.ts, viewsFile(), says why a rewrite stays there), and hands it the page's words.
import {msg} from '@lit/localize';
import {StoryError} from '../data/story-error.js';
import {formatLocale, getLocale} from '../i18n/localization.js';
import type {BlockViewsChunk, LiveChunk, PageWords, ViewsChunk} from '../chunks.js';

const words: PageWords = {
  // A live binding that @lit/localize replaces once it is configured: read at each use.
  get msg() {
    return msg;
  },
  getLocale,
  formatLocale,
};

// Module state, because a page has one of each chunk: every element shares the one load.
let views: ViewsChunk | undefined;
let viewsLoading: Promise<ViewsChunk> | undefined;
let blockViews: BlockViewsChunk | undefined;
let blockViewsLoading: Promise<ViewsChunk> | undefined;
let liveLoading: Promise<LiveChunk | undefined> | undefined;

const failure = (cause: Error) =>
  new StoryError('network', `Could not load the story's views: ${cause.message}`, {cause});

/**
 * Loads the elements' views — a story's validator, and with `blocks` the block elements'
 * templates — once, when the first story starts loading: they arrive beside it, and the first
 * load carries neither. A page of chips never loads the block elements' views.
 */
export function loadViews(blocks = false): Promise<ViewsChunk> {
  viewsLoading ??= import('../views.js').then(
    ({views: module}) => {
      module.connect(words);
      module.warmFormatters();
      return (views = module);
    },
    (cause: Error) => {
      viewsLoading = undefined; // another story may try again
      throw failure(cause);
    }
  );
  if (!blocks) return viewsLoading;
  // Both asked for at once: neither waits for the other to arrive.
  return (blockViewsLoading ??= Promise.all([viewsLoading, import('../block-views.js')]).then(
    ([module, loaded]) => ((blockViews = loaded.blockViews), module),
    (cause: Error) => {
      blockViewsLoading = undefined;
      throw cause instanceof StoryError ? cause : failure(cause);
    }
  ));
}

/** The views once loaded; an element renders a story only after they are. */
export const loadedViews = () => views;

/** The block elements' views once loaded; a block element renders a story only after they are. */
export const loadedBlockViews = () => blockViews;

/** Views imported up front, as a server does: stories render at once, without waiting. */
export function provideViews(module: ViewsChunk, blocks: BlockViewsChunk) {
  views = module;
  blockViews = blocks;
  viewsLoading = blockViewsLoading = Promise.resolve(module);
}

/**
 * The code that keeps live stories current (`refresh`), loaded once by the first element that
 * asks; `undefined` when it cannot load (a later element tries again): the story shown stays.
 */
export function loadLive(): Promise<LiveChunk | undefined> {
  return (liveLoading ??= import('../live.js').then(
    ({live}) => (live.connect(words), live),
    () => (liveLoading = undefined)
  ));
}
