import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {formatDate} from '../shared/localization.js';
import {lensesCount, regionsCount, takesCount} from '../shared/messages.js';
import {httpHref} from '../shared/safe-url.js';
import {StoryElement} from '../shared/story-element.js';
import type {Entity, Story} from '../shared/story-format.js';
import {styles} from './story-summary.styles.js';

/** The parts `sections` can pick. */
type Section = 'meta' | 'summary' | 'why' | 'watch' | 'entities' | 'related' | 'link';

/** Counts shown in the meta line, derived as the story format defines them. */
export function storyCounts(story: Story) {
  const lenses = (story.lenses ?? []).filter((lens) => lens.takes.length);
  const takes = lenses.flatMap((lens) => lens.takes);
  const regions = new Set(takes.map((take) => take.country?.toUpperCase()).filter(Boolean));
  return {takes: takes.length, lenses: lenses.length, regions: regions.size};
}

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
 * @csspart related - The list of related stories.
 * @csspart related-link - A related story's link.
 * @csspart link - The link to the canonical story.
 */
export class StorySummaryElement extends StoryElement {
  static override styles = [StoryElement.styles, styles];
  protected static override skeletonRows = 9;

  /**
   * The parts to show, space-separated, in any order: `meta summary why watch entities related
   * link`. Default: all that the story has. The headline and dek always show.
   */
  @property() sections?: string;

  private shows(section: Section): boolean {
    return !this.sections || this.sections.split(/\s+/).includes(section);
  }

  private renderMeta(story: Story) {
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

  private renderSummary(story: Story) {
    const entities = new Map<string, Entity>(story.entities?.map((entity) => [entity.id, entity]));
    return html`<p part="summary" class="summary" lang=${story.lang ?? nothing} dir="auto">
      ${story.summary!.map((segment) => {
        if (typeof segment === 'string') return segment;
        const entity = entities.get(segment.entity);
        return entity ? this.renderChip(entity, segment.text) : segment.text;
      })}
    </p>`;
  }

  private renderChip(entity: Entity, text = entity.name) {
    return html`<entity-chip entity=${entity.id} name=${text} href=${entity.url ?? nothing}></entity-chip>`;
  }

  /** Whether to show a part: picked by `sections`, and present in the story (no empty heading). */
  private has(section: Section, present: unknown) {
    return this.shows(section) && (Array.isArray(present) ? present.length > 0 : Boolean(present));
  }

  /** A titled section, or nothing when the story lacks it or `sections` leaves it out. */
  private renderSection(
    name: Section,
    present: unknown,
    heading: string,
    body: () => unknown,
    lang?: string
  ) {
    if (!this.has(name, present)) return nothing;
    return html`<section part="section" class="section">
      ${this.renderHeading(1, heading, 'section-heading', 'section-heading')}
      <div part=${name} lang=${lang ?? nothing} dir="auto">${body()}</div>
    </section>`;
  }

  protected override renderStory(story: Story) {
    const lang = story.lang;
    return html`<article part="base" class="base">
      <header>
        ${this.renderHeading(0, html`<span lang=${lang ?? nothing} dir="auto">${story.title}</span>`, 'title', 'title')}
        ${story.dek ? html`<p part="dek" class="dek" lang=${lang ?? nothing} dir="auto">${story.dek}</p>` : nothing}
        ${this.shows('meta') ? this.renderMeta(story) : nothing}
      </header>
      ${this.has('summary', story.summary) ? this.renderSummary(story) : nothing}
      ${this.renderSection(
        'why',
        story.whyItMatters,
        msg('Why it matters', {id: 'summary.why'}),
        () => html`<p>${story.whyItMatters}</p>`,
        lang
      )}
      ${this.renderSection(
        'watch',
        story.watch,
        msg('What to watch', {id: 'summary.watch'}),
        () =>
          html`<ul>
            ${story.watch!.map((item) => html`<li>${item}</li>`)}
          </ul>`,
        lang
      )}
      ${this.renderSection(
        'entities',
        story.entities,
        msg('Across the graph', {id: 'summary.entities'}),
        () =>
          html`<ul class="chips">
            ${story.entities!.map((entity) => html`<li>${this.renderChip(entity)}</li>`)}
          </ul>`,
        lang
      )}
      ${this.renderSection(
        'related',
        story.related,
        msg('Related stories', {id: 'summary.related'}),
        () =>
          html`<ul>
            ${story.related!.map(
              (related) =>
                html`<li>
                  ${this.renderLink(
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
        this.has('link', httpHref(story.url))
          ? html`<p class="more">
              ${this.renderLink(
                story.url,
                msg('Read the full story', {id: 'summary.link'}),
                {kind: 'story', id: story.id},
                'link'
              )}
            </p>`
          : nothing
      }
    </article>`;
  }
}
