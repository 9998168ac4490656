// The design pass: a coverage bar that says something, takes without clutter, dark pages that
// declare nothing, forced colours and print, and the page's rhythm.
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/story-widgets.js';
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
  texts,
} from './helpers.js';

const style = (el: Element | null) => getComputedStyle(el!);
const rgb = (colour: string) =>
  colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
/** Relative luminance difference against white: how far a colour stands from the page. */
const strength = (colour: string) => 765 - rgb(colour).reduce((a, b) => a + b, 0);

async function takes(attrs: {limit?: string; theme?: string} = {}, story: unknown = seed) {
  const el = await fixture<StoryElement>(
    html`<takes-by-lens
      limit=${attrs.limit ?? '9'}
      theme=${attrs.theme ?? 'light'}
      .story=${story}
    ></takes-by-lens>`
  );
  return storyLoaded(el);
}

describe('design', () => {
  afterEach(resetMedia);

  it('gives each lens its own colour, and the unlabelled takes a hatched grey', async () => {
    const el = await takes();
    const segments = [...el.shadowRoot!.querySelectorAll('.segment')];
    const colours = segments.map((segment) => style(segment).backgroundColor);
    expect(new Set(colours).size).to.equal(4);
    const [unlabelled, ...labelled] = segments;
    expect(style(unlabelled).backgroundImage).to.contain('repeating-linear-gradient');
    for (const segment of labelled) expect(style(segment).backgroundImage).to.equal('none');
  });

  it('sets takes apart without dividers, and a quote without a box', async () => {
    const el = await takes();
    const [, second] = el.shadowRoot!.querySelectorAll('[part="take"]');
    expect(style(second).borderTopStyle).to.equal('none');
    const quote = el.shadowRoot!.querySelector('blockquote');
    expect(style(quote).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('on a dark page that declares no colour scheme: theme="dark", and fallback text in the page’s colour', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="background: #111; color: rgb(230, 230, 230); padding: 1px">
        <story-numbers theme="dark" .story=${seed}></story-numbers>
        <story-numbers src=${storyUrl({status: 404}).url}><a href="/s">Read the story</a></story-numbers>
      </div>`
    );
    const [ok, failed] = [...page.querySelectorAll<StoryElement>('story-numbers')];
    await storyLoaded(ok);
    await storyFailed(failed);
    expect(style(ok.shadowRoot!.querySelector('.base')).backgroundColor).to.equal('rgb(23, 25, 30)');
    expect(style(failed.querySelector('a')!.parentElement).color).to.equal('rgb(230, 230, 230)');
  });

  it('keeps the bar, the swatches and the chips visible in forced colours', async function () {
    await mediaFeatures(this, [{name: 'forced-colors', value: 'active'}]);
    const el = await takes();
    for (const piece of el.shadowRoot!.querySelectorAll('.segment, .swatch')) {
      expect(style(piece).borderTopStyle).to.equal('solid');
    }
    const chip = await fixture<StoryElement>(
      html`<entity-chip name="Venezuela" href="https://example.org/v"></entity-chip>`
    );
    expect(style(chip.shadowRoot!.querySelector('a')).borderTopStyle).to.equal('solid');
  });

  it('strengthens borders when the reader asks for more contrast', async function () {
    const el = await takes();
    const normal = strength(style(el.shadowRoot!.querySelector('.base')).borderTopColor);
    await mediaFeatures(this, [{name: 'prefers-contrast', value: 'more'}]);
    expect(strength(style(el.shadowRoot!.querySelector('.base')).borderTopColor)).to.be.greaterThan(
      normal + 150
    );
  });

  it('prints every take and its source, without buttons, and a story that never loaded as its fallback', async function () {
    const el = await takes({limit: '2'});
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="take"]')).to.have.length(11);
    expect(el.shadowRoot!.querySelector('button')?.outerHTML).to.equal(undefined);
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="take"]')).to.have.length(5);
    const lazy = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 300vh"></div>
        <story-numbers loading="lazy" src=${storyUrl().url}><a href="/s">Read the story</a></story-numbers>
      </div>`
    );
    try {
      await emulateMedia({media: 'print'});
    } catch {
      skipBecause(this, 'this engine cannot emulate print media');
    }
    const numbers = lazy.querySelector('story-numbers')!;
    expect(style(numbers.shadowRoot!.querySelector('.bars')).display).to.equal('none');
    // On paper the fallback content, not the place a story would have taken (15 em and more).
    const link = numbers.querySelector('a')!.getBoundingClientRect().height;
    expect(link).to.be.greaterThan(0);
    expect(numbers.getBoundingClientRect().height).to.be.lessThan(link + 3 * 16);
    const bar = el.shadowRoot!.querySelector('.segment')!;
    expect(style(bar).printColorAdjust).to.equal('exact');
  });

  it('keeps its own line height under a page rule `* { line-height: 1 }`, and a margin from the text around it', async () => {
    const page = Object.assign(document.createElement('style'), {
      textContent: '* { line-height: 1 !important }',
    });
    document.head.append(page);
    try {
      const el = await takes();
      const p = el.shadowRoot!.querySelector('.take-summary')!;
      expect(parseFloat(style(p).lineHeight) / parseFloat(style(p).fontSize)).to.be.closeTo(1.5, 0.01);
      expect(parseFloat(style(el).marginTop)).to.be.greaterThan(10);
    } finally {
      page.remove();
    }
  });

  for (const width of [680, 700]) {
    it(`lays four figures out evenly at ${width} px: no figure alone on a row`, async () => {
      const el = await fixture<StoryElement>(
        html`<story-numbers style="width: ${width}px" .story=${seed}></story-numbers>`
      );
      await storyLoaded(el);
      const rows = new Map<number, number>();
      for (const figure of el.shadowRoot!.querySelectorAll('[part="figure"]')) {
        const top = Math.round(figure.getBoundingClientRect().top);
        rows.set(top, (rows.get(top) ?? 0) + 1);
      }
      expect([...rows.values()].every((count) => count === [...rows.values()][0])).to.equal(true);
    });
  }

  it('shows a take’s language only where it is neither the story’s nor the page’s', async () => {
    const story = seedWith((s) => {
      s.lang = 'es';
      for (const take of s.lenses.flatMap((lens: any) => lens.takes)) take.lang = 'es';
      s.lenses[1].takes[0].lang = 'pt';
    });
    const el = await takes({}, story);
    expect(texts(el, '[part="language"]')).to.deep.equal(['Portuguese']);
  });
});
