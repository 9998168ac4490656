// The publishers' entry: one script tag defines every element and shows them in the language of
// the page (`<html lang>`, followed live). It exports the elements, the locale and the events; the
// data layer's validator is not in it (dist/views.js brings it with the first story): apps import
// `story-widgets/data`.
import './define.js';
import {followPageLanguage} from './i18n/localization.js';

followPageLanguage();

export {StorySummaryElement} from './story-summary/story-summary.component.js';
export {TakesByLensElement} from './takes-by-lens/takes-by-lens.component.js';
export {StoryNumbersElement} from './story-numbers/story-numbers.component.js';
export {EntityChipElement} from './entity-chip/entity-chip.component.js';
export type {StoryElement} from './core/story-element.js';
export type {StoryOutcome, StoryState} from './core/story-controller.js';
export {loadStory, type LoadStoryOptions} from './data/load-story.js';
export {StoryError, type StoryErrorKind} from './data/story-error.js';
export type {Entity, EntityMention, Figure, Lens, RelatedStory, Segment, Story, Take} from './data/schema.js';
export {followPageLanguage, getLocale, negotiateLocale, setLocale, type Locale} from './i18n/localization.js';
export {
  StoryErrorEvent,
  StoryLinkClickEvent,
  StoryLoadEvent,
  type StoryLinkClickDetail,
  type StoryLinkKind,
} from './page/events.js';
