// `story-widgets/react`: the four elements as React components, for React 18 apps (React 19
// renders custom elements itself: see the JSX types in story-widgets/types/react). Importing this
// module defines the elements; the app decides the language (README, "Localization in an app").
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import '../define.js';
import {StorySummaryElement} from '../story-summary/story-summary.component.js';
import {TakesByLensElement} from '../takes-by-lens/takes-by-lens.component.js';
import {StoryNumbersElement} from '../story-numbers/story-numbers.component.js';
import {EntityChipElement} from '../entity-chip/entity-chip.component.js';
import {elements, type StoryWidgetTag} from '../elements.js';
import type {StoryErrorEvent, StoryLinkClickEvent, StoryLoadEvent} from '../shared/events.js';

/** The elements' events as React props: `onStoryLoad`, `onStoryError`, `onStoryLinkClick`. */
const events = {
  onStoryLoad: 'story-load' as EventName<StoryLoadEvent>,
  onStoryError: 'story-error' as EventName<StoryErrorEvent>,
  onStoryLinkClick: 'story-link-click' as EventName<StoryLinkClickEvent>,
};

/** The React component of `tag`, named as its class is, without "Element". */
const component = <E extends HTMLElement>(tag: StoryWidgetTag, elementClass: new () => E) =>
  createComponent({
    react: React,
    tagName: tag,
    elementClass,
    events,
    displayName: elements[tag].className.replace(/Element$/, ''),
  });

/** `<story-summary>`: headline, dek, meta line and summary; `sections` chooses more. */
export const StorySummary = component('story-summary', StorySummaryElement);

/** `<takes-by-lens>`: how outlets covered the story, grouped by lens. */
export const TakesByLens = component('takes-by-lens', TakesByLensElement);

/** `<story-numbers>`: the story's "By the numbers" figures. */
export const StoryNumbers = component('story-numbers', StoryNumbersElement);

/** `<entity-chip>`: a person, place or organisation, linking to its page. */
export const EntityChip = component('entity-chip', EntityChipElement);
