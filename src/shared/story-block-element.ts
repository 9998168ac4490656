import type {PropertyDeclarations} from 'lit';
import {StoryElement} from './story-element.js';

/**
 * What the three block elements share beyond every element's: their headings' level and the
 * optional provider line. (`<entity-chip>`, inline, has neither.)
 */
export abstract class StoryBlockElement extends StoryElement {
  static override properties: PropertyDeclarations = {
    headingLevel: {attribute: 'heading-level', type: Number},
    provider: {},
  };

  /** Level (2–6) of the element's top heading; the headings inside it go one level below. */
  headingLevel = 2;

  /**
   * Shows a provider line, "Story analysis by …": the name given, or with an empty value the host
   * of the story's URL. Absent: no provider line.
   */
  provider?: string;
}
