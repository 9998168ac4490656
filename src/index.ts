// Classes and types only: importing this module defines no element.
export {StorySummaryElement} from './story-summary/story-summary.component.js';
export {TakesByLensElement} from './takes-by-lens/takes-by-lens.component.js';
export {StoryNumbersElement} from './story-numbers/story-numbers.component.js';
export {EntityChipElement} from './entity-chip/entity-chip.component.js';
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
export {getLocale, setLocale} from './shared/localization.js';
export {
  StoryErrorEvent,
  StoryLinkClickEvent,
  StoryLoadEvent,
  type StoryLinkClickDetail,
  type StoryLinkKind,
} from './shared/events.js';
