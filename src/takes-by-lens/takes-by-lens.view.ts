import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Lens, Story} from '../data/schema.js';
import {heading, provider} from '../render/block.js';
import {getLocale} from '../i18n/localization.js';
import {moreTakes, newTake, takesCount} from '../i18n/messages.js';
import {lensesShown} from './lenses.js';
import {distribution, freshTakes, lensLabel, renderTake, type NewTab} from './takes.js';

/** What `<takes-by-lens>` renders a story with: its attributes and the reader's choices. */
export interface TakesView {
  headingLevel: number;
  provider?: string;
  limit?: number;
  lens?: string;
  printing: boolean;
  /** The page's language (its primary subtag): a take in another one says which. */
  pageLang?: string;
  /** The lenses a reader expanded past `limit`. */
  expanded?: ReadonlySet<Lens>;
  /** Shows every take of the `index`th lens; `shown` of them were. */
  expand: (lens: Lens, index: number, shown: number) => void;
}

function renderLens(view: TakesView, story: Story, lens: Lens, index: number, newTab: NewTab) {
  // Print shows every take.
  const collapsed = view.limit! >= 0 && !view.printing && !view.expanded?.has(lens);
  const shown = lens.takes.slice(0, collapsed ? view.limit : Infinity);
  const hidden = lens.takes.length - shown.length;
  const fresh = freshTakes.get(story);
  const mark = fresh ? newTake() : '';
  return html`<section part="lens" class="lens">
    ${heading(
      view.headingLevel,
      1,
      // A no-break space, which neither the template minifier nor a heading's name drops: the name
      // would run on ("Other coverage8 takes").
      html`${lensLabel(lens, story.lang)}${'\u00a0'}<span part="lens-count" class="count"
          >${takesCount(lens.takes.length)}</span
        >`,
      'lens-label',
      'lens-label'
    )}
    <ul part="takes" class="takes">
      ${shown.map((take) => renderTake(take, story.lang, view.pageLang, newTab, fresh?.has(take.url) ? mark : ''))}
    </ul>
    ${
      hidden
        ? html`<button
            part="show-more"
            class="show-more"
            type="button"
            @click=${() => view.expand(lens, index, shown.length)}
          >
            ${moreTakes(hidden)}
          </button>`
        : nothing
    }
  </section>`;
}

/** `<takes-by-lens>` showing `story`. */
export function renderTakes(view: TakesView, story: Story) {
  const lenses = lensesShown(story, view.lens);
  if (!lenses.length) return nothing;
  const newTab = {text: msg('(opens in a new tab)', {id: 'story-widgets.link.new-tab'}), lang: getLocale()};
  return html`<section part="base" class="base">
    ${heading(view.headingLevel, 0, msg('How outlets covered it', {id: 'story-widgets.lenses.heading'}), 'heading', 'section-heading')}
    ${lenses.length === 1 && lenses[0].id === view.lens ? nothing : distribution(lenses, story.lang)}
    ${lenses.map((lens, i) => renderLens(view, story, lens, i, newTab))} ${provider(view.provider, story)}
  </section>`;
}
