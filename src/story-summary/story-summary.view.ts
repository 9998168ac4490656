import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Story} from '../data/schema.js';
import type {summarySections} from '../elements.js';
import {heading, provider} from '../shared/block.js';
import {contentDir} from '../shared/format.js';
import {storyLink} from '../shared/link.js';
import {meta, sections, summary} from './parts.js';

/** The parts `sections` can pick. */
type Section = (typeof summarySections)[number];

/** What `<story-summary>` renders a story with: its attributes and the reader's choices. */
export interface SummaryView {
  headingLevel: number;
  provider?: string;
  sections?: string;
  printing: boolean;
  /** The reader asked for the rest of this story. */
  expanded: boolean;
  /** Shows the rest of a compact summary, or hides it again. */
  toggle: () => void;
  /** The element: it renders again when "Updated 4 min ago" changes. */
  host?: {requestUpdate(): void; readonly isConnected?: boolean};
}

/** The parts shown: those `sections` names, else all when expanded or printed, else the compact ones. */
function parts(view: SummaryView): Set<Section> {
  if (view.sections) return new Set(view.sections.split(/\s+/) as Section[]);
  const all = view.printing || view.expanded;
  return new Set(
    all ? ['meta', 'summary', 'why', 'watch', 'entities', 'related', 'link'] : ['meta', 'summary', 'link']
  );
}

const related = (story: Story) =>
  story.related?.length && [
    msg('Related stories', {id: 'story-widgets.summary.related'}),
    html`<ul>
      ${story.related.map(
        (item) =>
          html`<li>${storyLink(item.url, item.title ?? item.id.replaceAll('-', ' '), 'related-link')}</li>`
      )}
    </ul>`,
  ];

/** The titled sections beyond the summary that are shown and that the story has. */
function titled(view: SummaryView, shown: Set<Section>, story: Story) {
  return (['why', 'watch', 'entities', 'related'] as const).flatMap((name) => {
    const content = shown.has(name) && (name === 'related' ? related(story) : sections[name](story));
    if (!content) return [];
    return html`<section part="section" class="section">
      ${heading(view.headingLevel, 1, content[0], 'section-heading', 'section-heading')}
      <div part=${name} lang=${story.lang ?? nothing} dir=${contentDir(story.lang)}>${content[1]}</div>
    </section>`;
  });
}

/** Whether a compact summary leaves anything out. */
const hasMore = (story: Story) =>
  Boolean(story.whyItMatters || story.watch?.length || story.entities?.length || story.related?.length);

/** `<story-summary>` showing `story`. */
export function renderSummary(view: SummaryView, story: Story) {
  const {lang} = story;
  const dir = contentDir(lang);
  const shown = parts(view);
  const compact = !view.sections && !view.printing;
  const rest = titled(view, shown, story);
  const actions = [
    compact && hasMore(story)
      ? html`<button
          part="more"
          class="more"
          type="button"
          aria-expanded=${String(view.expanded)}
          aria-controls="more"
          @click=${view.toggle}
        >
          ${view.expanded ? msg('Show less', {id: 'story-widgets.summary.less'}) : msg('More about this story', {id: 'story-widgets.summary.more'})}
        </button>`
      : nothing,
    shown.has('link') && story.url
      ? storyLink(story.url, msg('Read the full story', {id: 'story-widgets.summary.link'}), 'link')
      : nothing,
  ].filter((action) => action !== nothing);
  return html`<article part="base" class="base">
    <header>
      ${heading(view.headingLevel, 0, html`<span lang=${lang ?? nothing}>${story.title}</span>`, 'title', 'title', dir)}
      ${story.dek ? html`<p part="dek" class="dek" lang=${lang ?? nothing} dir=${dir}>${story.dek}</p>` : nothing}
      ${shown.has('meta') ? meta(story, view.host) : nothing}
    </header>
    ${shown.has('summary') && story.summary?.length ? summary(story, compact && !view.expanded) : nothing}
    <div id="more" class="rest" ?hidden=${!rest.length}>${rest}</div>
    ${actions.length ? html`<p class="actions">${actions}</p>` : nothing} ${provider(view.provider, story)}
  </article>`;
}
