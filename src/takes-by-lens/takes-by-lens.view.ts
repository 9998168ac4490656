import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {BlockViews, TakesView} from '../chunks.js';
import {block} from '../render/block.styles.js';
import {styles} from './takes-by-lens.styles.js';
import type {Lens, Story} from '../data/schema.js';
import {heading, provider} from '../render/block.js';
import {getLocale} from '../i18n/localization.js';
import {liveNews, moreTakes, newTake, takesCount} from '../i18n/messages.js';
import {unchanged} from '../render/story-news.js';
import {lensesShown} from './lenses.js';
import {distribution, lensLabel, renderTake, takeUrls, takesOf, type NewTab} from './takes.js';

function renderLens(view: TakesView, story: Story, lens: Lens, index: number, newTab: NewTab) {
  // Print shows every take.
  const collapsed = view.limit! >= 0 && !view.printing && !view.expanded?.has(lens);
  const shown = lens.takes.slice(0, collapsed ? view.limit : Infinity);
  const hidden = lens.takes.length - shown.length;
  const {fresh} = view;
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
function renderTakes(view: TakesView, story: Story) {
  const lenses = lensesShown(story, view.lens);
  if (!lenses.length) return nothing;
  const newTab = {text: msg('(opens in a new tab)', {id: 'story-widgets.link.new-tab'}), lang: getLocale()};
  return html`<section part="base" class="base">
    ${heading(view.headingLevel, 0, msg('How outlets covered it', {id: 'story-widgets.lenses.heading'}), 'heading', 'section-heading')}
    ${lenses.length === 1 && lenses[0].id === view.lens ? nothing : distribution(lenses, story.lang)}
    ${lenses.map((lens, i) => renderLens(view, story, lens, i, newTab))} ${provider(view.provider, story)}
  </section>`;
}

/**
 * What a live update changed, as the coverage's announcement says it; marks in `fresh` the takes
 * of `next` to show as new: those `previous` lacked, and those still marked in it.
 */
function takesNews(previous: Story, next: Story, fresh = new WeakMap<Story, Set<string>>()) {
  const before = takeUrls(previous);
  const marked = fresh.get(previous);
  const added = takesOf(next).filter((take) => !before.has(take.url)).length;
  fresh.set(
    next,
    new Set([...takeUrls(next)].filter((url) => url && (!before.has(url) || marked?.has(url))))
  );
  return added ? liveNews.takes(added) : unchanged(previous, next, ['lenses']) ? '' : liveNews.coverage();
}

/** The coverage's part of the views chunk (views.ts). */
export const takesViews = {
  render: renderTakes,
  news: takesNews,
  styles: [block, styles],
  part: () => msg('How outlets covered it', {id: 'story-widgets.lenses.heading'}),
} satisfies BlockViews<TakesView>;
