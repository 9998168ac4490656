import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Story} from '../data/schema.js';
import type {summarySections} from '../shared/attribute-checks.js';
import {heading, provider} from '../shared/block.js';
import {block} from '../shared/block.styles.js';
import {placeholderStyles} from '../shared/placeholder.styles.js';
import {contentDir} from '../shared/format.js';
import {storyLink} from '../shared/link.js';
import {StoryBlockElement} from '../shared/story-block-element.js';
import {tokens} from '../shared/tokens.styles.js';
import {meta, sections, summary} from './parts.js';
import {styles} from './story-summary.styles.js';

/** The parts `sections` can pick. */
type Section = (typeof summarySections)[number];

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
 * @csspart meta - The meta line: type, date, heads and counts.
 * @csspart type - The story type label ("event").
 * @csspart date - The `time` element with the localized date.
 * @csspart head - One topic tag.
 * @csspart counts - "11 takes · 4 lenses · 2 regions".
 * @csspart summary - The summary paragraph.
 * @csspart section - Each of "Why it matters", "What to watch", "People and organisations" and "Related stories".
 * @csspart section-heading - The heading of a section.
 * @csspart why - The "Why it matters" paragraph.
 * @csspart watch - The "What to watch" list.
 * @csspart entities - The list of entity chips.
 * @csspart chip - Every entity chip, in the summary and the list (the `chip` part of each `<entity-chip>`).
 * @csspart related - The list of related stories.
 * @csspart related-link - A related story's link.
 * @csspart link - The link to the canonical story.
 * @csspart more - The button that shows the rest of a compact summary, and hides it again.
 * @csspart provider - The provider line ("Story analysis by …"), with the `provider` attribute.
 * @csspart skeleton - The placeholder shown while the story loads.
 * @csspart error - The notice shown when the story cannot be shown and there is no fallback content.
 */
export class StorySummaryElement extends StoryBlockElement {
  static override styles = [tokens, block, styles, placeholderStyles('story-summary')];
  static override properties = {
    sections: {},
  };

  /** The stories whose rest a reader asked to see: a new story starts compact. */
  #expanded = new WeakSet<Story>();

  /**
   * The parts to show, space-separated, in any order: `meta summary why watch entities related
   * link`. Absent: a compact summary — meta line, the first lines of the summary and the link —
   * with the rest behind a "More about this story" button. The headline and dek always show.
   */
  sections?: string;

  /** The parts shown: those `sections` names, else all when expanded or printed, else the compact ones. */
  #parts(story: Story): Set<Section> {
    if (this.sections) return new Set(this.sections.split(/\s+/) as Section[]);
    const all = this.printing || this.#expanded.has(story);
    return new Set(
      all ? ['meta', 'summary', 'why', 'watch', 'entities', 'related', 'link'] : ['meta', 'summary', 'link']
    );
  }

  /** The titled sections beyond the summary that are shown and that the story has. */
  #sections(parts: Set<Section>, story: Story) {
    return (['why', 'watch', 'entities', 'related'] as const).flatMap((name) => {
      const content = parts.has(name) && (name === 'related' ? this.#related(story) : sections[name](story));
      if (!content) return [];
      return html`<section part="section" class="section">
        ${heading(this.headingLevel, 1, content[0], 'section-heading', 'section-heading')}
        <div part=${name} lang=${story.lang ?? nothing} dir=${contentDir(story.lang)}>${content[1]}</div>
      </section>`;
    });
  }

  #related(story: Story) {
    return (
      story.related?.length && [
        msg('Related stories', {id: 'story-widgets.summary.related'}),
        html`<ul>
          ${story.related.map(
            (related) =>
              html`<li>
                ${storyLink(this, related.url, related.title ?? related.id.replaceAll('-', ' '), {kind: 'related', id: related.id}, 'related-link')}
              </li>`
          )}
        </ul>`,
      ]
    );
  }

  /** Whether a compact summary leaves anything out. */
  #hasMore(story: Story) {
    return Boolean(
      story.whyItMatters || story.watch?.length || story.entities?.length || story.related?.length
    );
  }

  #toggle(story: Story) {
    if (this.#expanded.has(story)) this.#expanded.delete(story);
    else this.#expanded.add(story);
    this.requestUpdate();
  }

  protected override renderStory(story: Story) {
    const {lang} = story;
    const dir = contentDir(lang);
    const parts = this.#parts(story);
    const compact = !this.sections && !this.printing;
    const expanded = this.#expanded.has(story);
    const rest = this.#sections(parts, story);
    const actions = [
      compact && this.#hasMore(story)
        ? html`<button
            part="more"
            class="more"
            type="button"
            aria-expanded=${String(expanded)}
            aria-controls="more"
            @click=${() => this.#toggle(story)}
          >
            ${expanded ? msg('Show less', {id: 'story-widgets.summary.less'}) : msg('More about this story', {id: 'story-widgets.summary.more'})}
          </button>`
        : nothing,
      parts.has('link') && story.url
        ? storyLink(
            this,
            story.url,
            msg('Read the full story', {id: 'story-widgets.summary.link'}),
            {kind: 'story', id: story.id},
            'link'
          )
        : nothing,
    ].filter((action) => action !== nothing);
    return html`<article part="base" class="base">
      <header>
        ${heading(this.headingLevel, 0, html`<span lang=${lang ?? nothing}>${story.title}</span>`, 'title', 'title', dir)}
        ${story.dek ? html`<p part="dek" class="dek" lang=${lang ?? nothing} dir=${dir}>${story.dek}</p>` : nothing}
        ${parts.has('meta') ? meta(story) : nothing}
      </header>
      ${parts.has('summary') && story.summary?.length ? summary(story, compact && !expanded) : nothing}
      <div id="more" class="rest" ?hidden=${!rest.length}>${rest}</div>
      ${actions.length ? html`<p class="actions">${actions}</p>` : nothing} ${provider(this.provider, story)}
    </article>`;
  }
}
