// `story-widgets/react`: the four elements as React components, for React 18 apps (React 19
// renders custom elements itself: see the JSX types in story-widgets/jsx/react). Importing this
// module defines the elements; the app decides the language (README, "Localization in an app").
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {StorySummaryElement} from '../story-summary/story-summary.js';
import {TakesByLensElement} from '../takes-by-lens/takes-by-lens.js';
import {StoryNumbersElement} from '../story-numbers/story-numbers.js';
import {EntityChipElement} from '../entity-chip/entity-chip.js';
import type {StoryErrorEvent, StoryLinkClickEvent, StoryLoadEvent} from '../shared/events.js';

/** The elements' events as React props: `onStoryLoad`, `onStoryError`, `onStoryLinkClick`. */
const events = {
  onStoryLoad: 'story-load' as EventName<StoryLoadEvent>,
  onStoryError: 'story-error' as EventName<StoryErrorEvent>,
  onStoryLinkClick: 'story-link-click' as EventName<StoryLinkClickEvent>,
};

/** `<story-summary>`: headline, dek, meta line and summary; `sections` chooses more. */
export const StorySummary = createComponent({
  react: React,
  tagName: 'story-summary',
  elementClass: StorySummaryElement,
  events,
  displayName: 'StorySummary',
});

/** `<takes-by-lens>`: how outlets covered the story, grouped by lens. */
export const TakesByLens = createComponent({
  react: React,
  tagName: 'takes-by-lens',
  elementClass: TakesByLensElement,
  events,
  displayName: 'TakesByLens',
});

/** `<story-numbers>`: the story's "By the numbers" figures. */
export const StoryNumbers = createComponent({
  react: React,
  tagName: 'story-numbers',
  elementClass: StoryNumbersElement,
  events,
  displayName: 'StoryNumbers',
});

/** `<entity-chip>`: a person, place or organisation, linking to its page. */
export const EntityChip = createComponent({
  react: React,
  tagName: 'entity-chip',
  elementClass: EntityChipElement,
  events,
  displayName: 'EntityChip',
});
