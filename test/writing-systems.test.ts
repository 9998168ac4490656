// One test per writing system the locales use: the elements' own words, drawn in the font the
// element gives them, show no missing-glyph box wherever the machine has a font for the script
// (.ci/run installs Debian's fonts-noto-core and fonts-wqy-zenhei).
import {expect} from '@open-wc/testing';
import {followPageLanguage} from '../src/i18n/localization.js';
import {isFirefox, skipBecause} from './helpers.js';
import {allOnSeed, pageLanguage} from './locale-helpers.js';

/** Each writing system, a locale written in it, and its letters. */
const systems: [string, string, RegExp][] = [
  ['Latin', 'pl', /\p{Script=Latin}/u],
  ['Cyrillic', 'ru', /\p{Script=Cyrillic}/u],
  ['Greek', 'el', /\p{Script=Greek}/u],
  ['Hebrew', 'he', /\p{Script=Hebrew}/u],
  ['Arabic script', 'fa', /\p{Script=Arabic}/u],
  ['Devanagari', 'hi', /\p{Script=Devanagari}/u],
  ['Bengali', 'bn', /\p{Script=Bengali}/u],
  ['Thai', 'th', /\p{Script=Thai}/u],
  ['Han', 'zh-Hant', /\p{Script=Han}/u],
  ['Hangul', 'ko', /\p{Script=Hangul}/u],
];

/** The pixels of `text` drawn in `font`, as a fingerprint; and whether anything was drawn. */
function drawn(text: string, font: string) {
  const canvas = Object.assign(document.createElement('canvas'), {width: 64, height: 48});
  const context = canvas.getContext('2d', {willReadFrequently: true})!;
  context.font = font;
  context.textBaseline = 'middle';
  context.fillText(text, 4, 24);
  const {data} = context.getImageData(0, 0, 64, 48);
  let hash = 0;
  let ink = 0;
  for (let i = 3; i < data.length; i += 4) {
    hash = (Math.imul(hash, 31) + data[i]) | 0;
    if (data[i]) ink++;
  }
  return {hash, ink};
}

/** Whether `letter` shows as the missing-glyph box in `font` (or as nothing at all). */
function missing(letter: string, font: string) {
  const glyph = drawn(letter, font);
  return glyph.ink === 0 || glyph.hash === drawn('\u{10FFFD}', font).hash;
}

/** Every letter of `script` in the elements' text, with the font its element gives it. */
function letters(elements: Element[], script: RegExp) {
  const found = new Map<string, string>();
  for (const el of elements) {
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const style = getComputedStyle(node.parentElement!);
      for (const letter of node.textContent!) {
        if (script.test(letter)) found.set(letter, `${style.fontSize} ${style.fontFamily}`);
      }
    }
  }
  return found;
}

describe('writing systems', () => {
  afterEach(async () => {
    followPageLanguage();
    await pageLanguage('en');
  });

  for (const [system, locale, script] of systems) {
    it(`${system} (${locale}): no missing-glyph boxes`, async function () {
      // Firefox draws a missing glyph as a box holding its code point, different for each one.
      if (isFirefox)
        skipBecause(
          this,
          'Firefox draws each missing glyph differently: the check runs in Chromium and WebKit'
        );
      await pageLanguage(locale, ['he', 'fa'].includes(locale) ? 'rtl' : 'ltr');
      const found = letters(await allOnSeed(), script);
      expect(found.size, `${system} letters in the elements' words`).to.be.greaterThan(3);
      const [[sample, font]] = found;
      if (missing(sample, '24px sans-serif') && missing(sample, '24px serif')) {
        skipBecause(this, `this machine has no font for ${system}`);
      }
      const boxes = [...found].filter(([letter, font]) => missing(letter, font)).map(([letter]) => letter);
      expect(boxes, `missing in ${font}`).to.deep.equal([]);
    });
  }
});
