import type {Story} from '../data/schema.js';
import {skeletonStyles} from '../render/skeleton.styles.js';
import {placeholderStyles} from '../render/placeholder.styles.js';
import {StoryBlockElement} from '../core/story-block-element.js';
import {lowerCase} from '../core/story-element.js';
import {tokens} from '../render/tokens.styles.js';
import {loadedBlockViews} from '../core/chunks-loader.js';

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
 * @csspart provider - The provider line ("Story analysis by …"), with the `provider` attribute.
 * @csspart skeleton - The placeholder shown while the story loads.
 * @csspart error - The notice shown when the story cannot be shown and there is no fallback content.
 */
export class StoryNumbersElement extends StoryBlockElement {
  static override styles = [tokens, skeletonStyles, placeholderStyles('story-numbers')];
  static override properties = {
    layout: {converter: lowerCase},
  };

  static override readonly views = 'numbers';

  /** `grid` (default) lays figures out in columns; `list` stacks them, value beside label. */
  layout: 'grid' | 'list' = 'grid';

  protected override renderStory(story: Story) {
    return loadedBlockViews()!.numbers.render(
      {headingLevel: this.headingLevel, provider: this.provider, layout: this.layout},
      story
    );
  }
}
