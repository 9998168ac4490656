// Pages in other languages, for the localization tests: <html lang> set as a page sets it, the
// elements on the seed, and what they say in their own words.
import {LOCALE_STATUS_EVENT} from '@lit/localize';
import '../src/story-widgets.js';
import {getLocale, negotiateLocale} from '../src/i18n/localization.js';
import {allFour, seed, storyLoaded} from './helpers.js';

/** Resolves once the UI locale is `locale` (at once if it is). */
export function localeReady(locale: string) {
  return new Promise<void>((resolve) => {
    if (getLocale() === locale) return resolve();
    const listener = (event: Event) => {
      const {detail} = event as CustomEvent<{status: string; readyLocale?: string}>;
      if (detail.status === 'ready' && detail.readyLocale === locale) {
        window.removeEventListener(LOCALE_STATUS_EVENT, listener);
        resolve();
      }
    };
    window.addEventListener(LOCALE_STATUS_EVENT, listener);
  });
}

/** Sets `<html lang>` (and `dir`) as a page would, and waits until the UI locale follows. */
export async function pageLanguage(lang: string, dir = 'ltr') {
  const ready = localeReady(negotiateLocale(lang));
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  await ready;
}

/** The three block elements on `story`, rendered. */
export async function allOnSeed(story: unknown = seed) {
  const elements = (await allFour({story})).slice(0, 3);
  // The summary in full, its sections' headings included.
  elements[0].setAttribute('sections', 'meta summary why watch entities related link');
  await Promise.all(elements.map(storyLoaded));
  return elements;
}

/** What the elements say in their own words: everything but the story's content. */
export function chrome(el: Element): string[] {
  const content =
    '[part~="title"], [part~="dek"], [part~="type"], [part~="head"], [part~="summary"], ' +
    '[part~="why"], [part~="watch"], [part~="entities"], [part~="related"], [part~="outlet"], [part~="take-summary"], ' +
    '[part~="quote"], [part~="value"], [part~="label"], .legend span[dir], .lens-label span[dir]';
  const words: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    if (text && !node.parentElement!.closest(content)) words.push(text);
  }
  for (const labelled of el.shadowRoot!.querySelectorAll('[aria-label]'))
    words.push(labelled.getAttribute('aria-label')!);
  return words;
}

export const english =
  /\b(take|takes|lens|lenses|regions?|Why|What|Across|Related|Read|numbers|outlets|Source|Show|more|opens|tab)\b/;
