// The views every element needs: the validator every story goes through first, inline JSON, what
// a screen reader hears of an outcome, and what only some pages need. The elements import this
// when their first story starts loading (core/chunks-loader.ts); the publishers' bundle ships it
// as dist/views.js, loaded beside the story, so its first load holds only what the elements need
// until a story arrives. How the block elements show a story is block-views.ts: a page of chips
// loads none of it.
import type {ViewsChunk} from './chunks.js';
import {parseStory} from './data/story-format.js';
import {connect} from './i18n/page-words.js';
import {warmFormatters} from './i18n/format.js';
import {readInline} from './page/inline-story.js';
import {sheetsFor} from './render/adopted-styles.js';
import {ServerDom} from './render/server-dom.js';
import {reportOutcome} from './render/story-news.js';

// What the story loader imports the validator by (data/validator.ts), the one route to it: in the
// publishers' bundle, from this file too.
export {parseStoryJson} from './data/story-format.js';

export const views = {
  connect,
  warmFormatters,
  parseStory,
  readInline,
  // What a screen reader hears when stories load or fail.
  reportOutcome,
  // Paths few pages take: taking over what a server rendered, and a move into an iframe.
  ServerDom,
  sheetsFor,
} satisfies ViewsChunk;
