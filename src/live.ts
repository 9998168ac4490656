// Live stories: what keeps an element with `refresh` current. The elements import it when the
// first such story has rendered (shared/live-loader.ts); the publishers' bundle ships it as
// dist/live.js, built like dist/views.js (scripts/views.vite.config.ts), so that pages without
// `refresh` never load it.
export {follow} from './live/live-stories.js';
export {StoryUpdateEvent} from './live/live-update.js';
export {connect} from './core/view-bridge.js';
