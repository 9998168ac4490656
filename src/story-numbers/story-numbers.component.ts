import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Story} from '../data/schema.js';
import {errorNotice, heading, skeleton} from '../shared/block.js';
import {block} from '../shared/block.styles.js';
import {lowerCase, StoryElement} from '../shared/story-element.js';
import {typicalStory} from '../shared/typical-story.js';
import {tokens} from '../shared/tokens.styles.js';
import {styles} from './story-numbers.styles.js';

/**
 * The story's "By the numbers" figures: each value prominent, its label under it.
 *
 * @summary "By the numbers" figures of a story.
 * @tag story-numbers
 *
 * @csspart base - The section around the figures.
 * @csspart heading - The "By the numbers" heading.
 * @csspart list - The description list of figures.
 * @csspart figure - One figure: its value and label.
 * @csspart value - A figure's value, shown as given (never reformatted).
 * @csspart label - A figure's label.
 * @csspart skeleton - The placeholder shown while the story loads.
 * @csspart error - The notice shown when the story cannot be shown and there is no fallback content.
 */
export class StoryNumbersElement extends StoryElement {
  static override styles = [tokens, block, styles];
  static override properties = {
    layout: {reflect: true, converter: lowerCase},
    headingLevel: {attribute: 'heading-level', type: Number},
  };

  /** `grid` (default) lays figures out in columns; `list` stacks them, value beside label. */
  layout: 'grid' | 'list' = 'grid';

  /** Level (2–6) of the element's heading. */
  headingLevel = 2;

  #renderFigures(story: Story) {
    if (!story.numbers?.length) return nothing;
    return html`<section part="base" class="base">
      ${heading(this.headingLevel, 0, msg('By the numbers', {id: 'story-widgets.numbers.heading'}), 'heading', 'section-heading')}
      <dl part="list" lang=${story.lang ?? nothing}>
        ${story.numbers.map(
          (figure) =>
            html`<div part="figure" class="figure">
              <dt part="value" dir="auto">${figure.value}</dt>
              <dd part="label" dir="auto">${figure.label}</dd>
            </div>`
        )}
      </dl>
    </section>`;
  }

  protected override render() {
    return this.storyController.render({
      idle: () => html`<slot></slot>`,
      loading: () => skeleton(this.#renderFigures(typicalStory)),
      ready: (story) => this.#renderFigures(story),
      error: () => this.renderFallback(errorNotice()),
    });
  }
}
