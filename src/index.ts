// Classes and types only: importing this module defines no element.
export {StoryNumbersElement} from './story-numbers/story-numbers.component.js';
export {StoryElement} from './shared/story-element.js';
export {loadStory, type LoadStoryOptions} from './shared/load-story.js';
export {parseStory, resolveUrl, storySchema} from './shared/story-format.js';
export type {
  Entity,
  EntityMention,
  Figure,
  Lens,
  RelatedStory,
  Segment,
  Story,
  Take,
} from './shared/story-format.js';
export {StoryError, type StoryErrorKind} from './shared/story-error.js';
export {httpHref} from './shared/safe-url.js';
export {
  StoryErrorEvent,
  StoryLinkClickEvent,
  StoryLoadEvent,
  type StoryLinkClickDetail,
  type StoryLinkKind,
} from './shared/events.js';
