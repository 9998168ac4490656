// `story-widgets`: the four elements' classes, what apps do with stories, the locale and the
// events — classes and types only: importing this module defines no element and configures
// nothing global. Low-level helpers of the story format (URL rules, counts, the schema) are in
// `story-widgets/data`; defining modules are `story-widgets/<tag>.js`.
export {StorySummaryElement} from './story-summary/story-summary.component.js';
export {TakesByLensElement} from './takes-by-lens/takes-by-lens.component.js';
export {StoryNumbersElement} from './story-numbers/story-numbers.component.js';
export {EntityChipElement} from './entity-chip/entity-chip.component.js';
export type {StoryElement} from './core/story-element.js';
export type {StoryOutcome, StoryState} from './core/story-controller.js';
export {parseStory, parseStoryJson, storyProblems} from './data/story-format.js';
export {loadStory, type LoadStoryOptions} from './data/load-story.js';
export {StoryError, type StoryErrorKind} from './data/story-error.js';
export type {Entity, EntityMention, Figure, Lens, RelatedStory, Segment, Story, Take} from './data/schema.js';
export {tags, type StoryWidgetTag} from './elements.js';
export {followPageLanguage, getLocale, negotiateLocale, setLocale, type Locale} from './i18n/localization.js';
export {
  StoryErrorEvent,
  StoryLinkClickEvent,
  StoryLoadEvent,
  StoryUpdateEvent,
  type StoryLinkClickDetail,
  type StoryLinkKind,
} from './page/events.js';
