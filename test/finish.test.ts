// What a reader sees, finished: lens colours that read as graphics, shares that add up, chips that
// hold together, right to left throughout, separators that never hang, and the small text.
import {emulateMedia} from '@web/test-runner-commands';
import {expect, fixture, html} from '@open-wc/testing';
import '../src/story-widgets.js';
import {setLocale} from '../src/i18n/localization.js';
import type {StoryElement} from '../src/core/story-element.js';
import {
  mediaFeatures,
  resetMedia,
  seed,
  seedWith,
  skipBecause,
  storyFailed,
  storyLoaded,
  storyUrl,
} from './helpers.js';
import {contrast, eightLenses, lensStory, lines, sharesOf} from './finish-helpers.js';

const style = (el: Element) => getComputedStyle(el);

async function takes(story: unknown, attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  wrapper.innerHTML = `<takes-by-lens ${attributes}></takes-by-lens>`;
  const el = wrapper.firstElementChild as StoryElement;
  el.story = story as never;
  return storyLoaded(el);
}

describe('the finish a reader sees', () => {
  afterEach(async () => {
    await resetMedia();
    await setLocale('en');
  });

  for (const theme of ['light', 'dark']) {
    for (const [name, story] of [
      ['the seed', seed],
      ['eight lenses', eightLenses],
    ] as const) {
      it(`gives every lens 3:1 against the card, ${theme}, on ${name}`, async () => {
        const el = await takes(story, `theme="${theme}"`);
        const card = style(el.shadowRoot!.querySelector('.base')!).backgroundColor;
        for (const piece of el.shadowRoot!.querySelectorAll('.segment, .swatch')) {
          expect(contrast(style(piece).backgroundColor, card), piece.className).to.be.at.least(3);
        }
      });
    }

    it(`gives eight lenses eight colours, and the unlabelled takes another, ${theme}`, async () => {
      const el = await takes(
        lensStory([1, 2, 3, 4, 5, 6, 7, 8, 9], {unlabelledLast: true}),
        `theme="${theme}"`
      );
      const colours = [...el.shadowRoot!.querySelectorAll('.segment')].map((s) => style(s).backgroundColor);
      expect(new Set(colours.slice(0, 8)).size).to.equal(8);
      expect(colours.slice(0, 8)).to.not.include(colours[8]);
    });
  }

  for (const locale of ['en', 'de', 'ar']) {
    it(`shows shares that add up to exactly 100, in ${locale}`, async () => {
      await setLocale(locale);
      for (const counts of [
        [8, 3, 3, 3, 3, 3, 3, 3],
        [1, 1, 1],
        [5, 4, 4, 3, 3, 2, 1, 1, 1, 1],
      ]) {
        const el = await takes(lensStory(counts));
        expect(
          sharesOf(el).reduce((sum, n) => sum + n, 0),
          counts.join(' ')
        ).to.equal(100);
      }
      const tiny = await takes(lensStory([300, 1]));
      const last = tiny.shadowRoot!.querySelectorAll('[part="legend"] .share')[1].textContent!;
      expect(last).to.match(/^·<1[\s\u200e\u200f\u061c]*[%٪]/u);
    });
  }

  it('names the unlabelled takes in the reader’s language; the takes keep theirs', async () => {
    await setLocale('de');
    const el = await takes(seed);
    const heading = el.shadowRoot!.querySelector('h3')!;
    expect(heading.textContent).to.contain('Weitere Berichterstattung');
    expect(heading.querySelector('[lang]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="legend"] li')!.textContent).to.contain(
      'Weitere Berichterstattung'
    );
    expect(el.shadowRoot!.querySelector('[part="take-summary"]')!.getAttribute('lang')).to.equal('en');
  });

  for (const width of [320, 375]) {
    it(`keeps every chip whole at ${width} px, in running text and in a full summary`, async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px; font: 16px/1.5 serif">
          <p>
            The strike, run with the government of acting president
            <entity-chip .story=${seed} entity="delcy-rodriguez"></entity-chip>, was the first in
            <entity-chip name="United States" href="https://example.org/us"></entity-chip> policy since
            <entity-chip
              name="Héctor Guerrero Flores, known as Niño Guerrero, of Tren de Aragua"
            ></entity-chip
            >.
          </p>
          <story-summary sections="summary" .story=${seed}></story-summary>
        </div>`
      );
      const summary = page.querySelector<StoryElement>('story-summary')!;
      await storyLoaded(summary);
      const chips = [
        ...page.querySelectorAll<StoryElement>('entity-chip'),
        ...summary.shadowRoot!.querySelectorAll<StoryElement>('entity-chip'),
      ];
      await Promise.all(chips.map((chip) => chip.updateComplete));
      for (const chip of chips) {
        const pill = chip.shadowRoot!.querySelector('[part~="chip"]')!;
        expect(pill.getClientRects(), pill.textContent!).to.have.length(1);
        expect(pill.getBoundingClientRect().right).to.be.at.most(page.getBoundingClientRect().right + 0.5);
      }
      // Too wide for its column: cut inside its own shape, the whole name kept.
      const long = chips[2].shadowRoot!.querySelector<HTMLElement>('[part~="chip"]')!;
      expect(long.scrollWidth).to.be.greaterThan(long.clientWidth);
      expect(style(long).textOverflow).to.equal('ellipsis');
      expect(long.title).to.equal(long.textContent);
    });
  }

  it('lays out take rows and the figures grid right to left on an Arabic page', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar" style="width: 900px">
        <takes-by-lens .story=${seed}></takes-by-lens><story-numbers .story=${seed}></story-numbers>
      </div>`
    );
    await setLocale('ar');
    const [takesEl, numbers] = [...page.children] as StoryElement[];
    await Promise.all([takesEl, numbers].map(storyLoaded));
    for (const row of takesEl.shadowRoot!.querySelectorAll('[part~="take"], .take-meta')) {
      expect(style(row).direction).to.equal('rtl');
    }
    const outlet = takesEl.shadowRoot!.querySelector('[part~="outlet"]')!;
    const region = takesEl.shadowRoot!.querySelector('[part="region"]')!;
    expect(style(outlet).direction, 'an English outlet reads left to right').to.equal('ltr');
    expect(region.getBoundingClientRect().right).to.be.below(outlet.getBoundingClientRect().left);
    const figures = [...numbers.shadowRoot!.querySelectorAll('[part="figure"]')];
    expect(style(numbers.shadowRoot!.querySelector('dl')!).direction).to.equal('rtl');
    expect(figures[0].getBoundingClientRect().left).to.be.above(figures[1].getBoundingClientRect().left);
    expect(style(figures[0]).borderRightWidth).to.equal('3px');
  });

  for (const [tag, width] of [
    ['story-summary', 320],
    ['takes-by-lens', 375],
  ] as const) {
    it(`never starts or ends a line with a bare separator: <${tag}> at ${width} px in German`, async () => {
      await setLocale('de');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
      wrapper.innerHTML = `<${tag}></${tag}>`;
      const el = wrapper.firstElementChild as StoryElement;
      el.story = seed as never;
      await storyLoaded(el);
      for (const line of el.shadowRoot!.querySelectorAll('.dots')) {
        const visible = lines(line);
        expect(visible.length).to.be.above(0);
        for (const items of visible) {
          // The first of a line shows no separator; every other separator sits with its item.
          expect(items[0].sep, line.textContent!).to.equal(false);
          for (const item of items.slice(1))
            expect(item.sep && item.withItem, line.textContent!).to.equal(true);
        }
      }
      const seps = [...el.shadowRoot!.querySelectorAll('.sep')];
      // One mark, one colour, wherever it separates.
      expect(new Set(seps.map((sep) => sep.textContent + style(sep).color)).size).to.equal(1);
    });
  }

  it('gives a take with only its outlet a compact row', async () => {
    const el = await takes(seed);
    const bare = el.shadowRoot!.querySelector('[part~="take"].bare')!;
    const said = el.shadowRoot!.querySelector('[part~="take"]:not(.bare)')!;
    const lineHeight = parseFloat(style(bare).lineHeight);
    expect(bare.getBoundingClientRect().height).to.be.below(lineHeight * 1.6);
    expect(parseFloat(style(bare).paddingTop)).to.be.below(parseFloat(style(said).paddingTop));
  });

  it('lines the error notice up with the card’s content', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <story-numbers .story=${seed}></story-numbers
        ><story-numbers src=${storyUrl({status: 404}).url}></story-numbers>
      </div>`
    );
    const [ok, failed] = [...page.children] as StoryElement[];
    await storyLoaded(ok);
    await storyFailed(failed);
    const start = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().left;
    };
    expect(start(failed.shadowRoot!.querySelector('[part="error"]')!)).to.be.closeTo(
      start(ok.shadowRoot!.querySelector('[part="heading"]')!),
      0.5
    );
  });

  it('draws a skeleton as visible as the card’s border, in lines of different lengths', async () => {
    const el = await fixture<StoryElement>(
      html`<takes-by-lens src=${storyUrl({delay: 5000}).url} theme="light"></takes-by-lens>`
    );
    const bars = el.shadowRoot!.querySelector('.bars')!;
    const card = el.shadowRoot!.querySelector('.skeleton')!;
    const surface = style(card).backgroundColor;
    const border = style(el.shadowRoot!.querySelector('.skeleton')!).boxShadow.match(/rgba?\([^)]*\)/)![0];
    const bar = style(bars).backgroundImage.match(/rgba?\([^)]*\)/)![0];
    expect(contrast(bar, surface)).to.be.at.least(contrast(border, surface));
    expect(
      new Set(
        style(bars)
          .backgroundSize.split(',')
          .map((size) => size.trim().split(' ')[0])
      ).size
    ).to.be.above(1);
  });

  it('holds the skeleton still for a reader who prefers reduced motion', async function () {
    const el = await fixture<StoryElement>(
      html`<story-numbers src=${storyUrl({delay: 5000}).url}></story-numbers>`
    );
    const bars = el.shadowRoot!.querySelector('.bars')!;
    expect(style(bars).animationName).to.equal('pulse');
    try {
      await emulateMedia({reducedMotion: 'reduce'});
    } catch {
      skipBecause(this, 'this engine cannot emulate prefers-reduced-motion');
    }
    expect(style(bars).animationName).to.equal('none');
  });

  it('tells the lenses apart without colour in forced colours', async function () {
    await mediaFeatures(this, [{name: 'forced-colors', value: 'active'}]);
    const el = await takes(lensStory([1, 2, 3, 4, 5, 6, 7, 8, 9], {unlabelledLast: true}));
    const patterns = [...el.shadowRoot!.querySelectorAll('.segment')].map((s) => style(s).backgroundImage);
    expect(new Set(patterns).size).to.equal(9);
    const swatches = [...el.shadowRoot!.querySelectorAll('.swatch')].map((s) => style(s).backgroundImage);
    expect(swatches).to.deep.equal(patterns);
  });

  it('says nothing of regions for a story without any', async () => {
    const story = seedWith((s) =>
      s.lenses.forEach((l: any) => l.takes.forEach((t: any) => delete t.country))
    );
    const el = await fixture<StoryElement>(html`<story-summary .story=${story}></story-summary>`);
    await storyLoaded(el);
    expect(el.shadowRoot!.querySelector('[part="counts"]')!.textContent).to.not.match(/region/);
  });
});
