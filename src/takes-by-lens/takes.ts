import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Lens, Take} from '../data/schema.js';
import {formatNumber, languageName, regionName} from '../shared/format.js';

// The pieces of <takes-by-lens> that hold no state: the distribution bar and one take.

/** What a screen reader hears after a source link, in the language of the words shown. */
export type NewTab = {text: string; lang: string};

export const primary = (tag?: string) => tag?.split(/[-_]/)[0].toLowerCase();

/** The bar of takes per lens, and its legend: each lens with its number of takes. */
export function distribution(lenses: Lens[]) {
  // Set through CSSOM (a `.style` property binding), which a strict CSP allows; a `style`
  // attribute — what styleMap writes on first render — it blocks.
  const tint = (i: number, grow?: number) => `--_i:${i}${grow ? `;flex-grow:${grow}` : ''}`;
  return html`<div part="distribution" class="distribution">
    <div part="bar" class="bar" aria-hidden="true">
      ${lenses.map((lens, i) => html`<span class="segment" .style=${tint(i, lens.takes.length)}></span>`)}
    </div>
    <ul part="legend" class="legend" aria-label=${msg('Takes per lens', {id: 'story-widgets.lenses.legend'})}>
      ${lenses.map(
        (lens, i) =>
          html`<li .style=${tint(i)}>
            <span class="swatch"></span><span dir="auto">${lens.label}</span>
            <span class="n">${formatNumber(lens.takes.length)}</span>
          </li>`
      )}
    </ul>
  </div>`;
}

/**
 * One take. Lists can hold thousands, so a take is few templates with nothing conditional
 * inside them, and its link has no listener of its own (the element listens for all).
 */
export function renderTake(take: Take, pageLang: string | undefined, newTab: NewTab) {
  // parseStory left a take's url an http(s) link or '': nothing to check again, thousands of times.
  const href = take.url || undefined;
  const otherLanguage = take.lang && primary(take.lang) !== pageLang;
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
        dir="auto"
        >${take.outlet}<span class="visually-hidden" lang=${newTab.lang}>${' '}${newTab.text}</span></a
      >`
    : html`<span part="outlet" class="outlet" lang=${lang} dir="auto">${take.outlet}</span>`;
  return html`<li part="take" class="take" tabindex="-1">
    <p class="take-meta">
      ${outlet} ${take.country ? html`<span part="region">${regionName(take.country)}</span>` : nothing}
      ${otherLanguage ? html`<span part="language">${languageName(take.lang!)}</span>` : nothing}
    </p>
    ${
      take.summary
        ? html`<p part="take-summary" class="take-summary" lang=${lang} dir="auto">${take.summary}</p>`
        : nothing
    }
    ${
      take.quote
        ? html`<blockquote part="quote" cite=${href ?? nothing} lang=${lang} dir="auto">
            <p>${take.quote}</p>
          </blockquote>`
        : nothing
    }
  </li>`;
}
