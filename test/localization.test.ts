import {expect, fixture, html} from '@open-wc/testing';
import {LOCALE_STATUS_EVENT} from '@lit/localize';
import '../src/story-widgets.js';
import {followPageLanguage, getLocale, negotiateLocale, setLocale} from '../src/i18n/localization.js';
import type {TakesByLensElement} from '../src/takes-by-lens/takes-by-lens.component.js';
import {seedWith, spoken, storyLoaded, texts} from './helpers.js';
import {allOnSeed, chrome, english, localeReady, pageLanguage} from './locale-helpers.js';

describe('localization', () => {
  afterEach(async () => {
    followPageLanguage();
    await pageLanguage('en');
  });

  it('negotiates <html lang> to a shipped locale', () => {
    const cases: Record<string, string> = {
      zh: 'zh-Hans',
      'zh-CN': 'zh-Hans',
      'zh-SG': 'zh-Hans',
      zh_CN: 'zh-Hans',
      'ZH-cn': 'zh-Hans',
      'zh-Hans-HK': 'zh-Hans',
      'zh-TW': 'zh-Hant',
      'zh-HK': 'zh-Hant',
      'zh-MO': 'zh-Hant',
      'zh-hant': 'zh-Hant',
      'es-MX': 'es',
      'pt-BR': 'pt',
      'pt-PT': 'pt-PT',
      'fr-CA': 'fr',
      'de-AT': 'de',
      'ja-JP': 'ja',
      'ar-EG': 'ar',
      AR: 'ar',
      en: 'en',
      'en-GB': 'en',
      sw: 'en',
      'sr-Latn': 'en',
      '': 'en',
      ' ': 'en',
      'not a tag!': 'en',
      '123': 'en',
      'x-private': 'en',
      'zh-': 'en',
    };
    for (const [tag, locale] of Object.entries(cases)) expect(negotiateLocale(tag), tag).to.equal(locale);
    expect(negotiateLocale(null)).to.equal('en');
    expect(negotiateLocale(undefined)).to.equal('en');
  });

  const headings: Record<string, [string, string, string]> = {
    de: ['In Zahlen', 'So berichteten die Medien', 'Warum das wichtig ist'],
    es: ['En cifras', 'Cómo lo contaron los medios', 'Por qué importa'],
    fr: ['En chiffres', 'Comment les médias l’ont couvert', 'Pourquoi c’est important'],
    pt: ['Em números', 'Como a imprensa cobriu', 'Por que importa'],
    ja: ['数字で見る', '各メディアの報じ方', 'なぜ重要か'],
    'zh-Hans': ['数字速览', '各家媒体怎么报', '为何重要'],
    'zh-Hant': ['數字速覽', '各家媒體怎麼報', '為何重要'],
    ar: ['بالأرقام', 'كيف غطّتها وسائل الإعلام', 'لماذا يهمّ'],
  };
  for (const [locale, [numbers, lenses, why]] of Object.entries(headings)) {
    it(`renders the seed with ${locale} chrome`, async () => {
      await pageLanguage(locale, locale === 'ar' ? 'rtl' : 'ltr');
      const [summary, takes, numbersEl] = await allOnSeed();
      expect(texts(numbersEl, 'h2')).to.deep.equal([numbers]);
      expect(texts(takes, 'h2')).to.deep.equal([lenses]);
      expect(texts(summary, 'h3')[0]).to.equal(why);
      if (['zh-Hans', 'ja', 'ar'].includes(locale)) {
        for (const el of [summary, takes, numbersEl]) {
          for (const word of chrome(el)) expect(word, `${el.localName} in ${locale}`).not.to.match(english);
        }
      }
    });
  }

  it('shows the UI in English when the page language is not shipped, without an error', async () => {
    await pageLanguage('sw');
    const [summary] = await allOnSeed();
    expect(getLocale()).to.equal('en');
    expect(texts(summary, 'h3')[0]).to.equal('Why it matters');
  });

  describe('plurals', () => {
    const story = seedWith((s) => {
      const take = s.lenses[0].takes[0];
      s.lenses = [1, 2, 3, 11, 100].map((n) => ({id: `l${n}`, label: `L${n}`, takes: Array(n).fill(take)}));
    });
    const lensCounts = async () => {
      const el = await fixture<TakesByLensElement>(
        html`<takes-by-lens .story=${story} limit="0"></takes-by-lens>`
      );
      await storyLoaded(el);
      return [texts(el, '[part="lens-count"]'), texts(el, '[part="show-more"]')];
    };

    it('says 1 take, 2 takes, 11 takes, 100 takes in English', async () => {
      const [counts, buttons] = await lensCounts();
      expect(counts).to.deep.equal(['1 take', '2 takes', '3 takes', '11 takes', '100 takes']);
      expect(buttons).to.deep.equal([
        'Show 1 more take',
        'Show 2 more takes',
        'Show 3 more takes',
        'Show 11 more takes',
        'Show 100 more takes',
      ]);
    });

    it('uses each Arabic form: one, two, few, many, other', async () => {
      await pageLanguage('ar', 'rtl');
      const [counts] = await lensCounts();
      // The singular and the dual say the number themselves: no "2 قراءتان". Latin digits in every
      // engine, as current CLDR has Arabic without a region (format.ts).
      expect(counts).to.deep.equal(['قراءة واحدة', 'قراءتان', '3 قراءات', '11 قراءة', '100 قراءة']);
    });

    it('writes the digits a region or the page asks for: ar-EG and ar-u-nu-arab in Arabic-Indic', async () => {
      for (const tag of ['ar-EG', 'ar-u-nu-arab']) {
        await pageLanguage(tag, 'rtl');
        expect((await lensCounts())[0][2], tag).to.equal('٣ قراءات');
      }
    });

    it('has a single form in Japanese and Chinese', async () => {
      await pageLanguage('ja');
      expect((await lensCounts())[0]).to.deep.equal([
        '報道1件',
        '報道2件',
        '報道3件',
        '報道11件',
        '報道100件',
      ]);
      await pageLanguage('zh-CN');
      expect((await lensCounts())[0]).to.deep.equal([
        '1 篇报道',
        '2 篇报道',
        '3 篇报道',
        '11 篇报道',
        '100 篇报道',
      ]);
    });

    it('counts regions and lenses in the meta line, plural-correct', async () => {
      await pageLanguage('fr');
      const [summary] = await allOnSeed(story);
      expect(spoken(summary, '[part="counts"] > span')).to.deep.equal([
        '117 points de vue',
        '5 angles',
        '1 région',
      ]);
    });
  });

  it('formats the date and names regions in the UI locale: a zh-CN page', async () => {
    await pageLanguage('zh-CN');
    const [summary, takes] = await allOnSeed();
    expect(texts(summary, 'time')).to.deep.equal(['2026年6月12日']);
    expect(texts(takes, '[part="region"]')[0]).to.equal('美国');
    expect(spoken(summary, '[part="counts"] > span')).to.deep.equal(['11 篇报道', '4 个视角', '2 个地区']);
  });

  it('lays every element out right to left on an Arabic page', async () => {
    await pageLanguage('ar', 'rtl');
    const elements = await allOnSeed();
    for (const el of elements) {
      expect(getComputedStyle(el).direction, el.localName).to.equal('rtl');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).direction).to.equal('rtl');
    }
    // The story's language sets its content's direction: this English story reads left to right
    // (headline, dek, summary, sections, figures), while the page's chrome reads right to left.
    const root = elements[0].shadowRoot!;
    for (const part of ['title', 'dek', 'summary', 'why']) {
      expect(getComputedStyle(root.querySelector(`[part="${part}"]`)!).direction, part).to.equal('ltr');
    }
    expect(getComputedStyle(root.querySelector('[part="meta"]')!).direction).to.equal('rtl');
    // The figures' grid and rules are the page's (right to left); each figure reads in its own.
    const figure = elements[2].shadowRoot!.querySelector('.figure')!;
    expect(getComputedStyle(figure).borderRightWidth).to.equal('3px');
    expect(getComputedStyle(figure).borderLeftWidth).to.equal('0px');
    expect(getComputedStyle(figure.querySelector('dt span')!).direction).to.equal('ltr');
    // An Arabic story on the same page reads right to left, its figures' rule on the right too.
    const [, , numbers] = await allOnSeed(seedWith((s) => (s.lang = 'ar')));
    const arabicFigure = numbers.shadowRoot!.querySelector('.figure')!;
    expect(getComputedStyle(arabicFigure).borderRightWidth).to.equal('3px');
    expect(getComputedStyle(arabicFigure.querySelector('dt span')!).direction).to.equal('rtl');
  });

  it('stops following <html lang> after an explicit setLocale(), until asked again', async () => {
    const [, , numbers] = await allOnSeed();
    await setLocale('zh-TW');
    await numbers.updateComplete;
    expect(texts(numbers, 'h2')).to.deep.equal(['數字速覽']);
    // The page's change is not followed: no locale starts loading (setLocale announces it at once).
    const statuses: string[] = [];
    const record = (event: Event) => statuses.push((event as CustomEvent<{status: string}>).detail.status);
    window.addEventListener(LOCALE_STATUS_EVENT, record);
    document.documentElement.lang = 'de';
    await new Promise(requestAnimationFrame);
    window.removeEventListener(LOCALE_STATUS_EVENT, record);
    expect(statuses).to.deep.equal([]);
    expect(getLocale()).to.equal('zh-Hant');
    followPageLanguage();
    await localeReady('de');
    await numbers.updateComplete;
    expect(texts(numbers, 'h2')).to.deep.equal(['In Zahlen']);
  });

  it('re-renders every element when <html lang> changes at run time', async () => {
    const [summary, takes, numbers] = await allOnSeed();
    expect(texts(numbers, 'h2')).to.deep.equal(['By the numbers']);
    await pageLanguage('de');
    await Promise.all([summary, takes, numbers].map((el) => el.updateComplete));
    expect(texts(numbers, 'h2')).to.deep.equal(['In Zahlen']);
    expect(texts(summary, 'time')).to.deep.equal(['12. Juni 2026']);
    expect(texts(takes, '[part="show-more"]')).to.deep.equal(['6 weitere Beiträge zeigen']);
    await pageLanguage('en');
    await numbers.updateComplete;
    expect(texts(numbers, 'h2')).to.deep.equal(['By the numbers']);
  });
});
