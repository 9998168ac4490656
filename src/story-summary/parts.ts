import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Entity, Story} from '../data/schema.js';
import {storyCounts} from '../data/story-format.js';
import {renderAgainIn} from '../shared/clock.js';
import {contentDir, formatDate, timeAgo} from '../shared/format.js';
import {lensesCount, regionsCount, storyType, takesCount, updatedAgo} from '../shared/messages.js';
import type {SummaryView} from './story-summary.view.js';

// The pieces of <story-summary> that hold no state.

/** An `<entity-chip>` for `entity`; its `chip` part is the summary's too (story-summary::part(chip)). */
export const chip = (entity: Entity, text = entity.name) =>
  html`<entity-chip
    exportparts="chip"
    entity=${entity.id}
    name=${text}
    href=${entity.url ?? nothing}
  ></entity-chip>`;

/**
 * The meta line: the story's type, date, when it was updated ("Updated 4 min ago", rendered again
 * when that changes), topic heads and counts. It is the page's own chrome, so
 * it takes the page's direction; each item carries its separator after it, so that a line never
 * starts with one.
 */
export function meta(story: Story, host?: SummaryView['host']) {
  const counts = storyCounts(story);
  const ago = story.updated ? timeAgo(story.updated) : undefined;
  if (ago && host) renderAgainIn(host, ago[1]);
  const type = story.type && storyType(story.type);
  return html`<p part="meta" class="meta">
    ${type ? html`<span part="type" class="type" lang=${type === story.type ? (story.lang ?? nothing) : nothing}>${type}</span>` : nothing}
    ${story.date ? html`<time part="date" datetime=${story.date}>${formatDate(story.date)}</time>` : nothing}
    ${ago ? html`<time part="updated" datetime=${story.updated!}>${updatedAgo(ago[0])}</time>` : nothing}
    ${
      story.heads?.length
        ? html`<span class="heads"
            >${story.heads.map((head) => html`<span part="head" class="head" lang="" dir="auto">${head}</span>`)}</span
          >`
        : nothing
    }
    ${
      counts.takes
        ? html`<span part="counts"
            >${[takesCount(counts.takes), lensesCount(counts.lenses), regionsCount(counts.regions)].join(' · ')}</span
          >`
        : nothing
    }
  </p>`;
}

/** The summary paragraph, its entity mentions as chips; clamped to its first lines when compact. */
export function summary(story: Story, clamped: boolean) {
  const entities = new Map<string, Entity>(story.entities?.map((entity) => [entity.id, entity]));
  return html`<p
    part="summary"
    class="summary ${clamped ? 'clamped' : ''}"
    lang=${story.lang ?? nothing}
    dir=${contentDir(story.lang)}
  >
    ${story.summary!.map((segment) => {
      if (typeof segment === 'string') return segment;
      const entity = entities.get(segment.entity);
      return entity ? chip(entity, segment.text) : segment.text;
    })}
  </p>`;
}

/** The titled sections beyond the summary, by name: their title and body, for a story that has them. */
export const sections = {
  why: (story: Story) =>
    story.whyItMatters && [
      msg('Why it matters', {id: 'story-widgets.summary.why'}),
      html`<p>${story.whyItMatters}</p>`,
    ],
  watch: (story: Story) =>
    story.watch?.length && [
      msg('What to watch', {id: 'story-widgets.summary.watch'}),
      html`<ul>
        ${story.watch.map((item) => html`<li>${item}</li>`)}
      </ul>`,
    ],
  entities: (story: Story) =>
    story.entities?.length && [
      msg('People and organisations', {id: 'story-widgets.summary.entities'}),
      html`<ul class="chips">
        ${story.entities.map((entity) => html`<li>${chip(entity)}</li>`)}
      </ul>`,
    ],
} as const;
