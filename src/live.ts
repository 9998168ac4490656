// Live stories: what keeps an element with `refresh` current. An element's live controller
// (core/live-controller.ts) imports it when its first such story has rendered
// (core/chunks-loader.ts); the publishers' bundle ships it as dist/live.js, built like
// dist/views.js (scripts/views.vite.config.ts), so that pages without `refresh` never load it.
import type {LiveChunk} from './chunks.js';
import {connect} from './i18n/page-words.js';
import {follow} from './live/live-stories.js';

export const live = {connect, follow} satisfies LiveChunk;
