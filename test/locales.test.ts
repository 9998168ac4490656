// Every shipped locale, complete, on the page that asks for it; right to left in the four
// languages that read so; and the tags pages really carry, negotiated to the nearest locale.
import {expect} from '@open-wc/testing';
import {followPageLanguage, getLocale, negotiateLocale} from '../src/i18n/localization.js';
import {targetLocales} from '../src/generated/locale-codes.js';
import {loadLocale} from '../src/generated/locale-loaders.js';
import {seedWith, texts} from './helpers.js';
import {allOnSeed, chrome, english, pageLanguage} from './locale-helpers.js';

const rightToLeft = ['ar', 'he', 'fa', 'ur'];
/** A message of `locale` as its module has it (the XLIFF's target, built). */
const message = async (locale: string, id: string) =>
  (await loadLocale(locale)).templates[`story-widgets.${id}`] as string;

describe('35 locales', () => {
  afterEach(async () => {
    followPageLanguage();
    await pageLanguage('en');
  });

  it('ships 35 UI locales: English and 34 translations', () => {
    expect(targetLocales.length + 1).to.be.at.least(35);
    for (const locale of ['ko', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'sv', 'da', 'nb', 'fi', 'cs', 'hu', 'ro'])
      expect(targetLocales).to.include(locale);
    for (const locale of ['el', 'bg', 'he', 'fa', 'ur', 'hi', 'bn', 'id', 'ms', 'vi', 'th', 'pt', 'pt-PT'])
      expect(targetLocales).to.include(locale);
  });

  it('negotiates what pages carry to the nearest locale; formats keep the full tag', () => {
    const cases: Record<string, string> = {
      'es-MX': 'es',
      pt: 'pt',
      'pt-BR': 'pt',
      'pt-PT': 'pt-PT',
      'pt-AO': 'pt-PT',
      'zh-HK': 'zh-Hant',
      'zh-TW': 'zh-Hant',
      'zh-SG': 'zh-Hans',
      'zh-CN': 'zh-Hans',
      nb: 'nb',
      no: 'nb',
      nn: 'nb',
      'nb-NO': 'nb',
      iw: 'he',
      'he-IL': 'he',
      in: 'id',
      'ko-KR': 'ko',
      'ru-UA': 'ru',
      'fa-AF': 'fa',
      'ur-IN': 'ur',
      'bn-IN': 'bn',
      'sr-Cyrl': 'en',
      sw: 'en',
      tlh: 'en',
    };
    for (const [tag, locale] of Object.entries(cases)) expect(negotiateLocale(tag), tag).to.equal(locale);
  });

  for (const locale of targetLocales) {
    it(`${locale}: the seed in its words, none of them English, counts in its plural forms`, async () => {
      const dir = rightToLeft.includes(locale) ? 'rtl' : 'ltr';
      await pageLanguage(locale, dir);
      expect(getLocale()).to.equal(locale);
      const [summary, takes, numbers] = await allOnSeed();
      expect(texts(numbers, 'h2')).to.deep.equal([await message(locale, 'numbers.heading')]);
      expect(texts(takes, 'h2')).to.deep.equal([await message(locale, 'lenses.heading')]);
      expect(texts(summary, 'h3')[0]).to.equal(await message(locale, 'summary.why'));
      expect(texts(summary, '[part="type"]')).to.deep.equal([await message(locale, 'type.event')]);
      for (const el of [summary, takes, numbers]) {
        for (const word of chrome(el)) expect(word, `${el.localName}: "${word}"`).not.to.match(english);
      }
      // "11 takes · …": the number in the locale's digits (a singular or dual may say it in words);
      // Arabic without a region in Latin digits in every engine (format.ts).
      const digits = new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-latn' : locale).format(11);
      expect(texts(summary, '[part="counts"]')[0]).to.include(digits);
    });
  }

  for (const locale of rightToLeft) {
    it(`lays every element out right to left on a page in ${locale}`, async () => {
      await pageLanguage(locale, 'rtl');
      const elements = await allOnSeed();
      for (const el of elements) {
        expect(getComputedStyle(el).direction, el.localName).to.equal('rtl');
        expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).direction).to.equal('rtl');
      }
      // An English story reads left to right inside the right-to-left chrome.
      const root = elements[0].shadowRoot!;
      expect(getComputedStyle(root.querySelector('[part="title"]')!).direction).to.equal('ltr');
      expect(getComputedStyle(root.querySelector('[part="meta"]')!).direction).to.equal('rtl');
      // The figures' grid is the page's: its rules on the right, whatever the story's language.
      const figure = elements[2].shadowRoot!.querySelector('.figure')!;
      expect(getComputedStyle(figure).borderRightWidth).to.equal('3px');
      // A story in the language itself reads right to left inside, as the grid does.
      const [, , numbers] = await allOnSeed(seedWith((s) => (s.lang = locale)));
      const own = numbers.shadowRoot!.querySelector('.figure')!;
      expect(getComputedStyle(own).borderRightWidth).to.equal('3px');
      expect(own.querySelector('dt span')!.getAttribute('dir')).to.equal('rtl');
    });
  }
});
