import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {Lens, Story, Take} from '../data/schema.js';
import {contentDir, formatNumber, formatPercent, languageName, regionName} from '../i18n/format.js';
import {takesCount} from '../i18n/messages.js';
import {primary} from './lenses.js';

// The pieces of <takes-by-lens> that hold no state: the distribution bar and one take.

/** The lens that gathers what no lens describes (`unlabelled`, `other`): no label of its own. */
export const unlabelled = (lens: Lens) => /^(unlabell?ed|other)$/i.test(lens.id);

/**
 * A lens's label as it shows, with its language: the story's words, or for the unlabelled takes
 * the reader's ("Other coverage").
 */
export const lensLabel = (lens: Lens, storyLang?: string) =>
  unlabelled(lens)
    ? html`<span>${msg('Other coverage', {id: 'story-widgets.lenses.other'})}</span>`
    : html`<span lang=${storyLang ?? nothing} dir="auto">${lens.label}</span>`;

/** What a screen reader hears after a source link, in the language of the words shown. */
export type NewTab = {text: string; lang: string};

/** The lens colours before they repeat: `--story-lens-1` … `-8`. */
const colourCount = 8;

/**
 * Whole percentages of `counts` that add up to exactly 100, by largest remainder (Hamilton's
 * method): each gets its share rounded down, then the largest remainders one point each.
 */
export function shares(counts: number[]): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const exact = counts.map((n) => (n * 100) / total);
  const whole = exact.map(Math.floor);
  const left = 100 - whole.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((share, i) => [share - whole[i], i])
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder.slice(0, left)) whole[i]++;
  return whole;
}

/**
 * What a screen reader hears of a legend item after the lens's name: its takes with their unit,
 * and its share, with the reader's language's punctuation — "Other coverage: 8 takes, 73%".
 */
const legendRest = (takes: number, percent: string) =>
  msg(str`: ${takesCount(takes)}, ${percent}`, {
    id: 'story-widgets.lenses.legend-item',
    desc: "After a lens's name in the legend, for screen readers: its takes, and its share.",
  });

/** A share for the legend: "73 %" in the reader's locale, and "<1 %" for a lens with takes but under 1 %. */
const share = (percent: number) => (percent ? formatPercent(percent / 100) : `<${formatPercent(0.01)}`);

/**
 * The bar of takes per lens, and its legend: each lens in its own colour (`--story-lens-1` …
 * `-8`, the unlabelled takes in `--story-lens-other`, hatched), with its number and share of the
 * takes. Widths go through CSSOM (a `.style` property binding), which a strict CSP allows; a
 * `style` attribute — what styleMap writes on first render — it blocks.
 */
export function distribution(lenses: Lens[], storyLang?: string) {
  const percents = shares(lenses.map((lens) => lens.takes.length));
  let labelled = 0;
  const colours = lenses.map((lens) => (unlabelled(lens) ? 'other' : `c${labelled++ % colourCount}`));
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
            <span class="swatch"></span>${lensLabel(lens, storyLang)}<span class="visually-hidden"
              >${legendRest(lens.takes.length, share(percents[i]))}</span
            >${' '}<span class="n" aria-hidden="true">${formatNumber(lens.takes.length)}</span
            ><span class="share" aria-hidden="true"><span class="sep">·</span>${share(percents[i])}</span>
          </li>`
      )}
    </ul>
  </div>`;
}

/** Every take of `story`, lens after lens. */
export const takesOf = (story: Story): Take[] => story.lenses?.flatMap((lens) => lens.takes) ?? [];

/** The URLs of `story`'s takes. */
export const takeUrls = (story: Story) => new Set(takesOf(story).map((take) => take.url));

/** A piece of a take's meta line, led by its separator, which stays on its line (block.styles.ts, `.dots`). */
const item = (content: unknown) =>
  html`${' '}<span><span class="sep" aria-hidden="true">·</span><span>${content}</span></span>`;

/**
 * One take, marked with `fresh` (the word "New") when it arrived while the reader was here.
 * Lists can hold thousands, so a take is few templates, and its link has no listener of its own
 * (the element listens for all). The row is the page's, in the page's direction; what the take
 * says (its outlet, summary and quote) is in its own language and direction.
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
  const lang = take.lang ?? storyLang;
  const dir = contentDir(lang);
  // The outlet's name is the link to its source, in the take's language; the hidden words
  // are the page's. The space before them is a binding: the template minifier would trim it.
  const outlet = href
    ? html`<a
        part="outlet source-link"
        class="outlet"
        href=${href}
        target="_blank"
        rel="noopener noreferrer"
        lang=${take.lang ?? nothing}
        dir=${dir}
        >${take.outlet}<span class="visually-hidden" lang=${newTab.lang}>${' '}${newTab.text}</span></a
      >`
    : html`<span part="outlet" class="outlet" lang=${take.lang ?? nothing} dir=${dir}>${take.outlet}</span>`;
  const said = take.summary || take.quote;
  return html`<li part=${fresh ? 'take new' : 'take'} class=${said ? 'take' : 'take bare'} tabindex="-1">
    <p class="take-meta dots">
      <span
        >${item(html`${fresh ? html`<strong part="new-mark" class="new">${fresh}</strong> ` : nothing}${outlet}`)}${
          take.country ? item(html`<span part="region">${regionName(take.country)}</span>`) : nothing
        }${otherLanguage ? item(html`<span part="language">${languageName(take.lang!)}</span>`) : nothing}</span
      >
    </p>
    ${
      take.summary
        ? html`<p part="take-summary" class="take-summary" lang=${take.lang ?? nothing} dir=${dir}>
            ${take.summary}
          </p>`
        : nothing
    }
    ${
      take.quote
        ? html`<blockquote part="quote" cite=${href ?? nothing} lang=${take.lang ?? nothing} dir=${dir}>
            <p>${take.quote}</p>
          </blockquote>`
        : nothing
    }
  </li>`;
}
