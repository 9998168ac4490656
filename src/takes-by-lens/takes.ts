import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Lens, Take} from '../data/schema.js';
import {contentDir, formatNumber, formatPercent, languageName, regionName} from '../shared/format.js';
import {primary} from './lenses.js';

// The pieces of <takes-by-lens> that hold no state: the distribution bar and one take.

/** What a screen reader hears after a source link, in the language of the words shown. */
export type NewTab = {text: string; lang: string};

/** Lenses that gather what no lens describes: the quietest colour, not a strong one. */
const unlabelled = (lens: Lens) => /^(unlabell?ed|other)$/i.test(lens.id);

/**
 * The bar of takes per lens, and its legend: each lens in its own colour (`--story-lens-1` …
 * `-6`, the unlabelled takes in `--story-lens-other`), with its number and share of the takes.
 * Widths go through CSSOM (a `.style` property binding), which a strict CSP allows; a `style`
 * attribute — what styleMap writes on first render — it blocks.
 */
export function distribution(lenses: Lens[]) {
  const total = lenses.reduce((sum, lens) => sum + lens.takes.length, 0);
  let labelled = 0;
  const colours = lenses.map((lens) => (unlabelled(lens) ? 'other' : `c${labelled++ % 6}`));
  return html`<div part="distribution" class="distribution">
    <div part="bar" class="bar" aria-hidden="true">
      ${lenses.map(
        (lens, i) =>
          html`<span class="segment ${colours[i]}" .style=${`flex-grow:${lens.takes.length}`}></span>`
      )}
    </div>
    <ul part="legend" class="legend" aria-label=${msg('Takes per lens', {id: 'story-widgets.lenses.legend'})}>
      ${lenses.map(
        (lens, i) =>
          html`<li class=${colours[i]}>
            <span class="swatch"></span><span dir="auto">${lens.label}</span>
            <span class="n">${formatNumber(lens.takes.length)}</span>
            <span class="share">${formatPercent(lens.takes.length / total)}</span>
          </li>`
      )}
    </ul>
  </div>`;
}

/** The takes that arrived while the reader was on the page (live-update.ts), by story: their URLs. */
export const freshTakes = new WeakMap<object, Set<string>>();

/**
 * One take, marked with `fresh` (the word "New") when it arrived while the reader was here.
 * Lists can hold thousands, so a take is few templates, and its link has no listener of its own
 * (the element listens for all).
 */
export function renderTake(
  take: Take,
  storyLang: string | undefined,
  pageLang: string | undefined,
  newTab: NewTab,
  fresh?: string
) {
  // parseStory left a take's url an http(s) link or '': nothing to check again, thousands of times.
  const href = take.url || undefined;
  // Its language is news only where it is neither the story's nor the page's.
  const language = primary(take.lang);
  const otherLanguage = language && language !== pageLang && language !== primary(storyLang);
  const lang = take.lang ?? nothing;
  // The outlet's name is the link to its source, in the take's language; the hidden words
  // are the page's. The space before them is a binding: the template minifier would trim it.
  const outlet = href
    ? html`<a
        part="outlet source-link"
        class="outlet"
        href=${href}
        target="_blank"
        rel="noopener noreferrer"
        lang=${lang}
        >${take.outlet}<span class="visually-hidden" lang=${newTab.lang}>${' '}${newTab.text}</span></a
      >`
    : html`<span part="outlet" class="outlet" lang=${lang}>${take.outlet}</span>`;
  // The take's language sets the direction of its content (the story's, if it has none).
  return html`<li
    part=${fresh ? 'take new' : 'take'}
    class="take"
    tabindex="-1"
    dir=${contentDir(take.lang ?? storyLang)}
  >
    <p class="take-meta">
      ${fresh ? html`<strong part="new-mark" class="new">${fresh}</strong>` : nothing} ${outlet}
      ${take.country ? html`<span part="region">${regionName(take.country)}</span>` : nothing}
      ${otherLanguage ? html`<span part="language">${languageName(take.lang!)}</span>` : nothing}
    </p>
    ${
      take.summary
        ? html`<p part="take-summary" class="take-summary" lang=${lang}>${take.summary}</p>`
        : nothing
    }
    ${
      take.quote
        ? html`<blockquote part="quote" cite=${href ?? nothing} lang=${lang}>
            <p>${take.quote}</p>
          </blockquote>`
        : nothing
    }
  </li>`;
}
