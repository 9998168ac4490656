import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {StoryElement} from '../shared/story-element.js';
import type {Story} from '../shared/story-format.js';
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
 */
export class StoryNumbersElement extends StoryElement {
  static override styles = [StoryElement.styles, styles];

  /** `grid` (default) lays figures out in columns; `list` stacks them, value beside label. */
  @property({reflect: true}) layout: 'grid' | 'list' = 'grid';

  protected override renderStory(story: Story) {
    if (!story.numbers?.length) return nothing;
    return html`<section part="base" class="base">
      ${this.renderHeading(0, msg('By the numbers', {id: 'numbers.heading'}), 'heading', 'section-heading')}
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
}
