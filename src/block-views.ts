// How the three block elements show a story: their templates, their look and what each says of a
// live update. The block elements import this beside views.ts when their first story starts
// loading (core/chunks-loader.ts); the publishers' bundle ships it as dist/block-views.js, which
// imports dist/views.js for what the two share (scripts/views.vite.config.ts), so a page of chips
// loads none of the block elements' code.
import type {BlockViewsChunk} from './chunks.js';
import {numbersViews} from './story-numbers/story-numbers.view.js';
import {summaryViews} from './story-summary/story-summary.view.js';
import {takesViews} from './takes-by-lens/takes-by-lens.view.js';
// Everything shared with the views stays in their file: this one imports it (see above).
import './views.js';

export const blockViews = {
  summary: summaryViews,
  takes: takesViews,
  numbers: numbersViews,
} satisfies BlockViewsChunk;
