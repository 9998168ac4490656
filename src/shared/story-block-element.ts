import {html, type PropertyDeclarations} from 'lit';
import type {Story} from '../data/schema.js';
import {errorNotice, skeleton} from './block.js';
import {StoryElement} from './story-element.js';
import {typicalStory} from './typical-story.js';

/**
 * What the three block elements share beyond every element's: their headings' level, the
 * optional provider line, and how each state renders — the story's content, the same content of
 * a typical story as the skeleton, the fallback on error. (`<entity-chip>`, inline, has none.)
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

  /** The element's content for `story`: the story shown, or while loading (invisibly) a typical one. */
  protected abstract renderStory(story: Story): unknown;

  /** The story the skeleton lays out while the real one loads. */
  protected get placeholderStory(): Story {
    return typicalStory;
  }

  protected override render() {
    return this.storyController.render({
      idle: () => html`<slot></slot>`,
      loading: () => skeleton(this.renderStory(this.placeholderStory)),
      ready: (story) => this.renderStory(story),
      error: () => this.renderFallback(errorNotice()),
    });
  }
}
