// The elements' views: how each shows a story, the validator every story goes through first,
// and what only some pages need. The elements import this when their first story starts loading (views-loader.ts); the
// publishers' bundle ships it as dist/views.js, loaded beside the story, so its first load holds
// only what the elements need until a story arrives.
export {renderSummary} from './story-summary/story-summary.view.js';
export {renderTakes} from './takes-by-lens/takes-by-lens.view.js';
// Live stories (`refresh`): the views load what keeps them current (dist/live.js).
export {follow} from './core/live-loader.js';
export {renderNumbers} from './story-numbers/story-numbers.view.js';
export {parseStory, parseStoryJson} from './data/story-format.js';
export {readInline} from './page/inline-story.js';
// What a screen reader hears when stories load or fail.
export {reportOutcome} from './render/story-news.js';
export {warmFormatters} from './i18n/format.js';
export {connect} from './core/view-bridge.js';
// Paths few pages take: taking over what a server rendered, and a move into an iframe.
export {ServerDom} from './render/server-dom.js';
export {sheetsFor} from './render/adopted-styles.js';
