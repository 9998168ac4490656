import {html, type PropertyDeclarations} from 'lit';
import type {Story} from '../data/schema.js';
import {errorNotice, skeleton} from '../render/block.js';
import {renderFallback} from '../render/fallback.js';
import {StoryElement} from './story-element.js';
import {nextTask} from '../page/tasks.js';
import {loadedBlockViews} from './chunks-loader.js';

/**
 * What the three block elements share beyond every element's: their headings' level, the
 * optional provider line, and how each state renders — the story's content, a skeleton as tall as
 * a typical story while it loads, the fallback on error. (The chip, inline, has none.)
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

  /** The element's part of the block elements' views (block-views.ts): its template, styles and words. */
  static readonly views: 'summary' | 'takes' | 'numbers';

  // Read at construction: a move into an iframe may leave `this.constructor` another (moved-styles.ts).
  readonly #views = (this.constructor as typeof StoryBlockElement).views;

  /** The takes marked new, per story (a live story); the coverage has some. */
  protected fresh?: WeakMap<Story, Set<string>>;

  /** The element's content for `story`. */
  protected abstract renderStory(story: Story): unknown;

  protected override describeUpdate(previous: Story, next: Story) {
    return loadedBlockViews()![this.#views].news(previous, next, this.fresh);
  }

  protected override storyStyles() {
    return loadedBlockViews()?.[this.#views].styles;
  }

  protected override partName() {
    return loadedBlockViews()?.[this.#views].part();
  }

  /**
   * The first render waits for a task of its own too: a page's block elements would otherwise
   * all render in the task that defines them. Until then the element keeps its place (its
   * styles' `:host([src]…)::before`) and shows its fallback content. A chip, inline in a
   * sentence, renders at once.
   */
  protected override async scheduleUpdate() {
    if (!this.hasUpdated) await nextTask();
    return super.scheduleUpdate();
  }

  protected override render() {
    return this.storyController.render({
      idle: () => html`<slot></slot>`,
      loading: skeleton,
      ready: (story) => this.renderStory(story),
      error: () => renderFallback(this, errorNotice()),
    });
  }
}
