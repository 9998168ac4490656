import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Entity, Story} from '../data/schema.js';
import {storyCounts} from '../data/story-format.js';
import {renderAgainIn} from '../page/clock.js';
import {contentDir, formatDate, timeAgo} from '../i18n/format.js';
import {lensesCount, regionsCount, storyType, takesCount, updatedAgo} from '../i18n/messages.js';
import type {RendersAgain} from '../chunks.js';

// The pieces of <story-summary> that hold no state.

/** An `<entity-chip>` for `entity`; its `chip` part is the summary's too (story-summary::part(chip)). */
export const chip = (entity: Entity, text = entity.name) =>
  html`<entity-chip
    exportparts="chip"
    entity=${entity.id}
    name=${text}
    href=${entity.url ?? nothing}
  ></entity-chip>`;

/** One item of a meta line, led by its separator, which stays on its line (block.styles.ts, `.dots`). */
const item = (content: unknown) =>
  html`${' '}<span><span class="sep" aria-hidden="true">·</span><span>${content}</span></span>`;

/**
 * The meta line: the story's type, date, when it was updated ("Updated 4 min ago", rendered again
 * when that changes), topic heads and counts. It is the page's own chrome, so it takes the page's
 * direction; each item is led by its separator, which stays on its line.
 */
export function meta(story: Story, host?: RendersAgain) {
  const counts = storyCounts(story);
  const ago = story.updated ? timeAgo(story.updated) : undefined;
  if (ago && host) renderAgainIn(host, ago[1]);
  const type = story.type && storyType(story.type);
  return html`<p part="meta" class="meta dots">
    <span
      >${type ? item(html`<span part="type" class="type" lang=${type === story.type ? (story.lang ?? nothing) : nothing}>${type}</span>`) : nothing}${
        story.date
          ? item(html`<time part="date" datetime=${story.date}>${formatDate(story.date)}</time>`)
          : nothing
      }${ago ? item(html`<time part="updated" datetime=${story.updated!}>${updatedAgo(ago[0])}</time>`) : nothing}${
        story.heads?.length
          ? item(
              html`<span class="heads"
                >${story.heads.map((head) => html`<span part="head" class="head" lang=${story.headsLang ?? ''} dir="auto">${head}</span>`)}</span
              >`
            )
          : nothing
      }${
        counts.takes
          ? html`<span part="counts" class="counts"
              >${[
                takesCount(counts.takes),
                lensesCount(counts.lenses),
                counts.regions ? regionsCount(counts.regions) : '',
              ].map((count) => (count ? item(count) : nothing))}</span
            >`
          : nothing
      }</span
    >
  </p>`;
}

/** Where sentences end, in the story's language (`Intl.Segmenter`, which every engine has). */
const sentenceEnds = (text: string, lang?: string) =>
  [...new Intl.Segmenter(lang, {granularity: 'sentence'}).segment(text)].map(
    ({index, segment}) => index + segment.trimEnd().length
  );

/** About how long a compact summary runs: its first sentences, to at least this many characters. */
const excerptLength = 120;

/**
 * How much of the summary a compact one shows: its first whole sentences, at least
 * `excerptLength` characters of them — never a cut inside a sentence or a chip, so no ellipsis.
 * As a count of characters of the summary's text, chips' text included.
 */
export function excerpt(story: Story): number {
  let text = '';
  const chips: [number, number][] = [];
  for (const segment of story.summary!) {
    if (typeof segment !== 'string') chips.push([text.length, text.length + segment.text.length]);
    text += typeof segment === 'string' ? segment : segment.text;
  }
  const inChip = (end: number) => chips.some(([start, stop]) => end > start && end < stop);
  return sentenceEnds(text, story.lang).find((end) => end >= excerptLength && !inChip(end)) ?? text.length;
}

/**
 * The summary paragraph, its entity mentions as chips: the characters `from` … `to` of its text
 * (a compact summary shows its first sentences, and the rest once expanded).
 */
export function summary(story: Story, from = 0, to = Infinity, part = 'summary') {
  const entities = new Map<string, Entity>(story.entities?.map((entity) => [entity.id, entity]));
  let at = 0;
  // A line may break around a chip, as around an image: the punctuation that follows one stays
  // on its line ("Maduro," never leaves its comma to start the next).
  let held = '';
  const pieces = story.summary!.map((segment, i) => {
    const text = typeof segment === 'string' ? segment : segment.text;
    const [start, end] = [at, (at += text.length)];
    if (end <= from || start >= to) return nothing;
    if (typeof segment !== 'string') {
      const entity = entities.get(segment.entity);
      if (!entity) return segment.text;
      const next = story.summary![i + 1];
      held = typeof next === 'string' && end < to ? (next.match(/^[^\s\p{L}\p{N}]+/u)?.[0] ?? '') : '';
      return html`<span class="hold">${chip(entity, segment.text)}${held}</span>`;
    }
    const shown = segment.slice(Math.max(0, from - start) + (start >= from ? held.length : 0), to - start);
    held = '';
    return shown;
  });
  return html`<p part=${part} class="summary" lang=${story.lang ?? nothing} dir=${contentDir(story.lang)}>
    ${pieces}
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
