'use client';
// `story-widgets/react`: the four elements as React components. In the browser they set the
// elements' properties and listen for their events themselves (@lit/react), after hydration too
// — React 19's own `on<event>` props on custom elements are lost at hydration
// (facebook/react#35446). On a server, a component given a `story` renders the element's
// server output as its own children: the page shows the story before any script runs, a server
// component's payload carries the story once (as the prop), and hydration finds no children (the
// parser made the `<template>` the shadow root), as the browser renders none. Importing this
// module defines the elements; the app decides the language (docs/frameworks.md).
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {serverShadow} from '#react-server-shadow';
import '../define.js';
import {StorySummaryElement} from '../story-summary/story-summary.component.js';
import {TakesByLensElement} from '../takes-by-lens/takes-by-lens.component.js';
import {StoryNumbersElement} from '../story-numbers/story-numbers.component.js';
import {EntityChipElement} from '../entity-chip/entity-chip.component.js';
import {elements, propertyOf, tags, type StoryWidgetTag} from '../elements.js';
import type {StoryErrorEvent, StoryLinkClickEvent, StoryLoadEvent, StoryUpdateEvent} from '../page/events.js';
import {serverRendered} from '../render/placeholder.js';

/** The elements' events as React props: `onStoryLoad`, `onStoryError`, `onStoryUpdate`, `onStoryLinkClick`. */
const events = {
  onStoryLoad: 'story-load' as EventName<StoryLoadEvent>,
  onStoryError: 'story-error' as EventName<StoryErrorEvent>,
  onStoryUpdate: 'story-update' as EventName<StoryUpdateEvent>,
  onStoryLinkClick: 'story-link-click' as EventName<StoryLinkClickEvent>,
};

/**
 * `tag` as a server renders it: its attributes, and its shadow root where it has a story.
 * Listeners are the browser's; `className` is `class` on a custom element.
 */
function onServer(tag: StoryWidgetTag, {story, children, ...props}: Record<string, unknown>) {
  const names = Object.keys(elements[tag].attributes);
  const own = new Set([...names, ...names.map(propertyOf)]);
  const attributes: Record<string, unknown> = {};
  for (const name of names) attributes[name] = props[propertyOf(name)] ?? props[name];
  // `defer-hydration`: the element waits until the browser's component has set its properties
  // and listeners (@lit/react removes it then), so no event fires before anyone listens.
  const host: Record<string, unknown> = {suppressHydrationWarning: true, 'defer-hydration': ''};
  for (const [name, value] of Object.entries(props))
    if (!own.has(name) && typeof value !== 'function') host[name === 'className' ? 'class' : name] = value;
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined && value !== null && value !== false) host[name] = value === true ? '' : value;
  const shadow = story === undefined || story === null ? undefined : serverShadow!(tag, story, attributes);
  if (shadow === undefined) return React.createElement(tag, host, children as React.ReactNode);
  host[serverRendered] = '';
  const template = {shadowrootmode: 'open', dangerouslySetInnerHTML: {__html: shadow}};
  return React.createElement(tag, host, React.createElement('template', template));
}

/** The React component `displayName` of the element whose class is named `${displayName}Element` (elements.ts). */
function component<E extends HTMLElement>(displayName: string, elementClass: new () => E) {
  const tag = tags.find((name) => elements[name].className === `${displayName}Element`)!;
  const inBrowser = createComponent({react: React, tagName: tag, elementClass, events, displayName});
  if (!serverShadow) return inBrowser;
  const rendition = (props: Record<string, unknown>) => onServer(tag, props);
  rendition.displayName = displayName;
  return rendition as unknown as typeof inBrowser;
}

/** The story summary: headline, dek, meta line and summary; `sections` chooses more. */
export const StorySummary = component('StorySummary', StorySummaryElement);

/** How outlets covered the story, grouped by lens. */
export const TakesByLens = component('TakesByLens', TakesByLensElement);

/** The story's "By the numbers" figures. */
export const StoryNumbers = component('StoryNumbers', StoryNumbersElement);

/** An entity chip: a person, place or organisation, linking to its page. */
export const EntityChip = component('EntityChip', EntityChipElement);
