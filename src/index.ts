// Classes, the data layer and types only: importing this module defines no element and
// configures nothing global.
export {StorySummaryElement} from './story-summary/story-summary.component.js';
export {TakesByLensElement} from './takes-by-lens/takes-by-lens.component.js';
export {StoryNumbersElement} from './story-numbers/story-numbers.component.js';
export {EntityChipElement} from './entity-chip/entity-chip.component.js';
export {StoryElement} from './shared/story-element.js';
export type {StoryState} from './shared/story-controller.js';
export * from './data/index.js';
export {
  followPageLanguage,
  getLocale,
  negotiateLocale,
  setLocale,
  type Locale,
} from './shared/localization.js';
export {
  StoryErrorEvent,
  StoryLinkClickEvent,
  StoryLoadEvent,
  type StoryLinkClickDetail,
  type StoryLinkKind,
} from './shared/events.js';
