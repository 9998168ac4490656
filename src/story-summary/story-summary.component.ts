import type {Story} from '../data/schema.js';
import {skeletonStyles} from '../render/skeleton.styles.js';
import type {StoryLinkClickDetail} from '../page/events.js';
import {placeholderStyles} from '../render/placeholder.styles.js';
import {StoryBlockElement} from '../core/story-block-element.js';
import {tokens} from '../render/tokens.styles.js';
import {loadedBlockViews} from '../core/chunks-loader.js';

/**
 * One story at a glance: headline, dek, meta line (type, date, topic heads, take, lens and
 * region counts), the summary with entity mentions as chips, "Why it matters", "What to watch",
 * the people and organisations, related stories and a link to the canonical story. Compact by
 * default — headline, dek, meta line, the first lines of the summary and the link, the rest one
 * "More about this story" away — or exactly the parts `sections` names.
 *
 * @summary Headline, summary and context of one story.
 * @tag story-summary
 *
 * @csspart base - The `article` around everything.
 * @csspart title - The headline.
 * @csspart dek - The one-line subtitle.
 * @csspart meta - The meta line: type, date, when it was updated, heads and counts.
 * @csspart type - The story type label ("event").
 * @csspart date - The `time` element with the localized date.
 * @csspart updated - "Updated 4 min ago", from the story's `updated`; it stays current without a timer per second.
 * @csspart head - One topic tag.
 * @csspart counts - "11 takes · 4 lenses · 2 regions".
 * @csspart summary - The summary paragraph.
 * @csspart section - Each of "Why it matters", "What to watch", "People and organisations" and "Related stories".
 * @csspart section-heading - The heading of a section.
 * @csspart why - The "Why it matters" paragraph.
 * @csspart watch - The "What to watch" list.
 * @csspart entities - The list of entity chips.
 * @csspart chip - Every entity chip, in the summary and the list (the `chip` part of each entity chip).
 * @csspart related - The list of related stories.
 * @csspart related-link - A related story's link.
 * @csspart link - The link to the canonical story.
 * @csspart more - The button that shows the rest of a compact summary, and hides it again.
 * @csspart provider - The provider line ("Story analysis by …"), with the `provider` attribute.
 * @csspart skeleton - The placeholder shown while the story loads.
 * @csspart error - The notice shown when the story cannot be shown and there is no fallback content.
 */
export class StorySummaryElement extends StoryBlockElement {
  static override styles = [tokens, skeletonStyles, placeholderStyles('story-summary')];
  static override properties = {
    sections: {},
  };

  static override readonly views = 'summary';

  /** The stories whose rest a reader asked to see: a new story starts compact. */
  #expanded = new WeakSet<Story>();

  /**
   * The parts to show, space-separated, in any order: `meta summary why watch entities related
   * link`. Absent: a compact summary — meta line, the first lines of the summary and the link —
   * with the rest behind a "More about this story" button. The headline and dek always show.
   */
  sections?: string;

  #toggle(story: Story) {
    if (this.#expanded.has(story)) this.#expanded.delete(story);
    else this.#expanded.add(story);
    this.requestUpdate();
  }

  /** The link to the story itself, or to one of its related stories. */
  protected override linkDetail(link: Element): Omit<StoryLinkClickDetail, 'url'> {
    const story = this.story!;
    const related = [...this.renderRoot.querySelectorAll('[part~="related-link"]')].indexOf(link);
    return related < 0 ? {kind: 'story', id: story.id} : {kind: 'related', id: story.related![related].id};
  }

  protected override renderStory(story: Story) {
    return loadedBlockViews()!.summary.render(
      {
        headingLevel: this.headingLevel,
        provider: this.provider,
        sections: this.sections,
        printing: this.printing,
        expanded: this.#expanded.has(story),
        toggle: () => this.#toggle(story),
        host: this,
      },
      story
    );
  }
}
