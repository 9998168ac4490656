import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {httpHref} from '../data/safe-url.js';
import type {Entity, Story} from '../data/schema.js';
import {storyCounts} from '../data/story-format.js';
import {errorNotice, heading, skeleton} from '../shared/block.js';
import type {summarySections} from '../shared/attribute-checks.js';
import {block} from '../shared/block.styles.js';
import {formatDate} from '../shared/format.js';
import {storyLink} from '../shared/link.js';
import {lensesCount, regionsCount, takesCount} from '../shared/messages.js';
import {StoryElement} from '../shared/story-element.js';
import {typicalStory} from '../shared/typical-story.js';
import {tokens} from '../shared/tokens.styles.js';
import {styles} from './story-summary.styles.js';

/** The parts `sections` can pick. */
type Section = (typeof summarySections)[number];

/**
 * One story at a glance: headline, dek, meta line (type, date, topic heads, take, lens and
 * region counts), the summary with entity mentions as chips, "Why it matters", "What to watch",
 * the entities, related stories and a link to the canonical story.
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
 * @csspart section - Each of "Why it matters", "What to watch", "Across the graph" and "Related".
 * @csspart section-heading - The heading of a section.
 * @csspart why - The "Why it matters" paragraph.
 * @csspart watch - The "What to watch" list.
 * @csspart entities - The list of entity chips.
 * @csspart chip - Every entity chip, in the summary and the list (the `chip` part of each `<entity-chip>`).
 * @csspart related - The list of related stories.
 * @csspart related-link - A related story's link.
 * @csspart link - The link to the canonical story.
 * @csspart skeleton - The placeholder shown while the story loads.
 * @csspart error - The notice shown when the story cannot be shown and there is no fallback content.
 */
export class StorySummaryElement extends StoryElement {
  static override styles = [tokens, block, styles];
  static override properties = {
    sections: {},
    headingLevel: {attribute: 'heading-level', type: Number},
  };

  /**
   * The parts to show, space-separated, in any order: `meta summary why watch entities related
   * link`. Default: all that the story has. The headline and dek always show.
   */
  sections?: string;

  /** Level (2–6) of the headline; section headings go one level below. */
  headingLevel = 2;

  #shows(section: Section): boolean {
    return !this.sections || this.sections.split(/\s+/).includes(section);
  }

  #renderMeta(story: Story) {
    const counts = storyCounts(story);
    const countText = [
      takesCount(counts.takes),
      lensesCount(counts.lenses),
      regionsCount(counts.regions),
    ].join(' · ');
    return html`<p part="meta" class="meta">
      ${story.type ? html`<span part="type" class="type" lang=${story.lang ?? nothing}>${story.type}</span>` : nothing}
      ${
        story.date ? html`<time part="date" datetime=${story.date}>${formatDate(story.date)}</time>` : nothing
      }
      ${
        story.heads?.length
          ? html`<span class="heads"
              >${story.heads.map((head) => html`<span part="head" class="head" lang="" dir="auto">${head}</span>`)}</span
            >`
          : nothing
      }
      ${counts.takes ? html`<span part="counts">${countText}</span>` : nothing}
    </p>`;
  }

  #renderSummary(story: Story) {
    const entities = new Map<string, Entity>(story.entities?.map((entity) => [entity.id, entity]));
    return html`<p part="summary" class="summary" lang=${story.lang ?? nothing} dir="auto">
      ${story.summary!.map((segment) => {
        if (typeof segment === 'string') return segment;
        const entity = entities.get(segment.entity);
        return entity ? this.#renderChip(entity, segment.text) : segment.text;
      })}
    </p>`;
  }

  #renderChip(entity: Entity, text = entity.name) {
    // Its `chip` part is the summary's too: story-summary::part(chip) styles every chip.
    return html`<entity-chip
      exportparts="chip"
      entity=${entity.id}
      name=${text}
      href=${entity.url ?? nothing}
    ></entity-chip>`;
  }

  /** Whether to show a part: picked by `sections`, and present in the story (no empty heading). */
  #has(section: Section, present: unknown) {
    return this.#shows(section) && (Array.isArray(present) ? present.length > 0 : Boolean(present));
  }

  /** A titled section, or nothing when the story lacks it or `sections` leaves it out. */
  #renderSection(name: Section, present: unknown, title: string, body: () => unknown, lang?: string) {
    if (!this.#has(name, present)) return nothing;
    return html`<section part="section" class="section">
      ${heading(this.headingLevel, 1, title, 'section-heading', 'section-heading')}
      <div part=${name} lang=${lang ?? nothing} dir="auto">${body()}</div>
    </section>`;
  }

  #renderStory(story: Story) {
    const lang = story.lang;
    return html`<article part="base" class="base">
      <header>
        ${heading(this.headingLevel, 0, html`<span lang=${lang ?? nothing} dir="auto">${story.title}</span>`, 'title', 'title')}
        ${story.dek ? html`<p part="dek" class="dek" lang=${lang ?? nothing} dir="auto">${story.dek}</p>` : nothing}
        ${this.#shows('meta') ? this.#renderMeta(story) : nothing}
      </header>
      ${this.#has('summary', story.summary) ? this.#renderSummary(story) : nothing}
      ${this.#renderSection(
        'why',
        story.whyItMatters,
        msg('Why it matters', {id: 'story-widgets.summary.why'}),
        () => html`<p>${story.whyItMatters}</p>`,
        lang
      )}
      ${this.#renderSection(
        'watch',
        story.watch,
        msg('What to watch', {id: 'story-widgets.summary.watch'}),
        () =>
          html`<ul>
            ${story.watch!.map((item) => html`<li>${item}</li>`)}
          </ul>`,
        lang
      )}
      ${this.#renderSection(
        'entities',
        story.entities,
        msg('Across the graph', {id: 'story-widgets.summary.entities'}),
        () =>
          html`<ul class="chips">
            ${story.entities!.map((entity) => html`<li>${this.#renderChip(entity)}</li>`)}
          </ul>`,
        lang
      )}
      ${this.#renderSection(
        'related',
        story.related,
        msg('Related stories', {id: 'story-widgets.summary.related'}),
        () =>
          html`<ul>
            ${story.related!.map(
              (related) =>
                html`<li>
                  ${storyLink(
                    this,
                    related.url,
                    related.title ?? related.id.replaceAll('-', ' '),
                    {kind: 'related', id: related.id},
                    'related-link'
                  )}
                </li>`
            )}
          </ul>`,
        lang
      )}
      ${
        this.#has('link', httpHref(story.url))
          ? html`<p class="more">
              ${storyLink(
                this,
                story.url,
                msg('Read the full story', {id: 'story-widgets.summary.link'}),
                {kind: 'story', id: story.id},
                'link'
              )}
            </p>`
          : nothing
      }
    </article>`;
  }

  protected override render() {
    return this.storyController.render({
      idle: () => html`<slot></slot>`,
      loading: () => skeleton(this.#renderStory(typicalStory)),
      ready: (story) => this.#renderStory(story),
      error: () => this.renderFallback(errorNotice()),
    });
  }
}
