import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {BlockViews, SummaryView} from '../chunks.js';
import {block} from '../render/block.styles.js';
import {styles} from './story-summary.styles.js';
import type {Story} from '../data/schema.js';
import {summarySections} from '../elements.js';
import {heading, provider} from '../render/block.js';
import {contentDir} from '../i18n/format.js';
import {storyLink} from '../render/link.js';
import {unchanged} from '../render/story-news.js';
import {liveNews} from '../i18n/messages.js';
import {excerpt, meta, sections, summary} from './parts.js';

/** The parts `sections` can pick. */
type Section = (typeof summarySections)[number];

/** What a compact summary shows; the titled sections are the others. */
const compact: Section[] = ['meta', 'summary', 'link'];
const titledSections = summarySections.filter((name) => !compact.includes(name)) as (
  'why' | 'watch' | 'entities' | 'related'
)[];

/** The parts shown: those `sections` names, else all when expanded or printed, else the compact ones. */
function parts(view: SummaryView): Set<Section> {
  if (view.sections) return new Set(view.sections.split(/\s+/) as Section[]);
  const all = view.printing || view.expanded;
  return new Set(all ? summarySections : compact);
}

// A related story without a title has nothing to show: its id is no title.
const related = (story: Story) => {
  const titled = story.related?.filter((item) => item.title);
  return (
    titled?.length && [
      msg('Related stories', {id: 'story-widgets.summary.related'}),
      html`<ul>
        ${titled.map((item) => html`<li>${storyLink(item.url, item.title, 'related-link')}</li>`)}
      </ul>`,
    ]
  );
};

/** The titled sections beyond the summary that are shown and that the story has. */
function titled(view: SummaryView, shown: Set<Section>, story: Story) {
  return titledSections.flatMap((name) => {
    const content = shown.has(name) && (name === 'related' ? related(story) : sections[name](story));
    if (!content) return [];
    return html`<section part="section" class="section">
      ${heading(view.headingLevel, 1, content[0], 'section-heading', 'section-heading')}
      <div part=${name} lang=${story.lang ?? nothing} dir=${contentDir(story.lang)}>${content[1]}</div>
    </section>`;
  });
}

/** The length of the summary's text, chips' text included. */
const summaryLength = (story: Story) =>
  story.summary?.reduce(
    (n, segment) => n + (typeof segment === 'string' ? segment : segment.text).length,
    0
  ) ?? 0;

/** Whether the story has more than a compact summary shows: a section. */
const hasSections = (story: Story) =>
  Boolean(
    story.whyItMatters ||
    story.watch?.length ||
    story.entities?.length ||
    story.related?.some((item) => item.title)
  );

/** `<story-summary>` showing `story`. */
function renderSummary(view: SummaryView, story: Story) {
  const {lang} = story;
  const dir = contentDir(lang);
  const shown = parts(view);
  const compact = !view.sections && !view.printing;
  const text = shown.has('summary') && story.summary?.length;
  // A compact summary shows its first sentences; the button reveals the rest after itself, so
  // that reading on from it (and Tab) goes into what it revealed.
  const cut = text && compact ? excerpt(story) : Infinity;
  const revealed = [
    cut < Infinity && view.expanded ? summary(story, cut, Infinity, 'summary summary-rest') : nothing,
    ...titled(view, shown, story),
  ].filter((piece) => piece !== nothing);
  const hasMore = compact && (cut < summaryLength(story) || hasSections(story));
  return html`<article part="base" class="base" aria-labelledby="headline">
    <header>
      ${heading(view.headingLevel, 0, html`<span id="headline" lang=${lang ?? nothing}>${story.title}</span>`, 'title', 'title', dir)}
      ${story.dek ? html`<p part="dek" class="dek" lang=${lang ?? nothing} dir=${dir}>${story.dek}</p>` : nothing}
      ${shown.has('meta') ? meta(story, view.host) : nothing}
    </header>
    ${text ? summary(story, 0, cut) : nothing}
    ${
      shown.has('link') && story.url
        ? html`<p class="actions">
            ${storyLink(story.url, msg('Read the full story', {id: 'story-widgets.summary.link'}), 'link')}
          </p>`
        : nothing
    }
    ${
      hasMore
        ? html`<button
            part="more"
            class="more"
            type="button"
            aria-expanded=${String(view.expanded)}
            aria-controls="more"
            @click=${view.toggle}
          >
            ${msg('More about this story', {id: 'story-widgets.summary.more'})}
          </button>`
        : nothing
    }
    <div id="more" class="rest" ?hidden=${!revealed.length}>${revealed}</div>
    ${provider(view.provider, story)}
  </article>`;
}

/** What a live update changed, as the summary's announcement says it. */
const summaryNews = (previous: Story, next: Story) =>
  unchanged(previous, next, [
    'title',
    'dek',
    'type',
    'date',
    'heads',
    'summary',
    'whyItMatters',
    'watch',
    'entities',
    'related',
  ])
    ? ''
    : liveNews.summary();

/** The summary's part of the views chunk (views.ts). */
export const summaryViews = {
  render: renderSummary,
  news: summaryNews,
  styles: [block, styles],
  part: () => msg('Story summary', {id: 'story-widgets.part.summary'}),
} satisfies BlockViews<SummaryView>;
