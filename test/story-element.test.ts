// Behaviour shared by every element: where the story comes from, when it loads, what shows
// while it loads and when it fails, events, theming and accessibility.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/story-widgets.js';
import {
  allFour,
  inlineStory,
  nextFrame,
  requestCount,
  seed,
  SEED_URL,
  serverSaw,
  storyFailed,
  storyLoaded,
  storyUrl,
} from './helpers.js';

/** A piece of each element's content whose colour is the accent. */
const accentPiece: Record<string, string> = {
  'story-summary': 'a[part="link"]',
  'takes-by-lens': 'a[part~="source-link"]',
  'story-numbers': '[part="value"]',
};

describe('every element', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    document.documentElement.style.removeProperty('--story-accent-color');
    document.documentElement.style.removeProperty('--story-font-family');
    document.documentElement.style.removeProperty('--story-lens-1');
  });

  it('shares one request between all four elements', async () => {
    const {url, key} = storyUrl({delay: 50});
    const elements = await allFour({src: url});
    await Promise.all(elements.map(storyLoaded));
    expect(await requestCount(key)).to.equal(1);
  });

  it('reads a story from an inline JSON script, without a request', async () => {
    const {key} = storyUrl();
    const elements = await allFour({src: inlineStory('inline-story', {...seed, url: undefined})});
    await Promise.all(elements.map(storyLoaded));
    expect(elements[2].shadowRoot!.querySelectorAll('dt')).to.have.length(4);
    // Inline JSON has no URL of its own: a relative link is no link, never resolved against the page.
    expect(elements[0].story!.entities![1].url).to.equal(undefined);
    expect(await requestCount(key)).to.equal(0);
  });

  it('fails with story-error naming a missing inline script, or one that is not JSON', async () => {
    for (const src of ['#no-such-script', inlineStory('not-json', '{"version": 1,')]) {
      const [summary] = await allFour({src});
      const error = await storyFailed(summary);
      expect(error.message).to.contain(src === '#no-such-script' ? 'no-such-script' : 'not JSON at line 1');
    }
  });

  it('with loading="lazy", makes no request until the element is near the viewport', async () => {
    const {url, key} = storyUrl();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 300vh"></div>
        <story-numbers loading="lazy" src=${url}></story-numbers>
      </div>`
    );
    const el = wrapper.querySelector('story-numbers')!;
    await nextFrame();
    expect(await requestCount(key)).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')?.getAttribute('aria-busy')).to.equal('true');
    el.scrollIntoView();
    await oneEvent(el, 'story-load');
    expect(await requestCount(key)).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('shows the fallback content with story-error, and warns once, when loading fails', async () => {
    const {url} = storyUrl({status: 500});
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const errors: any[] = [];
      const record = (event: HTMLElementEventMap['story-error']) => errors.push(event.detail.error);
      document.addEventListener('story-error', record);
      const elements = await allFour({src: url});
      await Promise.all(elements.map(storyFailed));
      document.removeEventListener('story-error', record);
      expect(errors.map((error) => [error.kind, error.status])).to.deep.equal(Array(4).fill(['http', 500]));
      for (const el of elements) {
        const slot = el.shadowRoot!.querySelector('slot')!;
        const fallback = slot.assignedElements()[0] as HTMLElement;
        expect(fallback.localName).to.equal('a');
        expect(fallback.getBoundingClientRect().height, el.localName).to.be.greaterThan(0);
        expect(el.shadowRoot!.querySelector('[part="skeleton"]')?.outerHTML).to.equal(undefined);
      }
      expect(warnings).to.have.length(4);
    } finally {
      console.warn = warn;
    }
  });

  it('renders a minimal story without empty headings or boxes', async () => {
    const elements = await allFour({src: '/test/fixtures/minimal.json'});
    await Promise.all(elements.map(storyLoaded));
    const [summary, takes, numbers] = elements;
    expect(summary.shadowRoot!.querySelectorAll('h3, section, ul')).to.have.length(0);
    for (const el of [takes, numbers]) {
      expect(el.shadowRoot!.querySelectorAll('h2, h3, section')).to.have.length(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    }
  });

  it('restyles from custom properties set on :root', async () => {
    const root = document.documentElement.style;
    root.setProperty('--story-accent-color', 'rgb(200, 0, 100)');
    root.setProperty('--story-lens-1', 'rgb(1, 120, 2)');
    root.setProperty('--story-font-family', 'monospace');
    const elements = await allFour({src: SEED_URL});
    await Promise.all(elements.map(storyLoaded));
    for (const el of elements.slice(0, 3)) {
      const piece = el.shadowRoot!.querySelector(accentPiece[el.localName])!;
      expect(getComputedStyle(piece).color, el.localName).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(piece).fontFamily, el.localName).to.equal('monospace');
    }
    const chip = elements[3].shadowRoot!.querySelector('a')!;
    expect(getComputedStyle(chip).color).to.equal('rgb(200, 0, 100)');
    // The first labelled lens of the bar (the seed's first lens is the unlabelled takes).
    const segment = elements[1].shadowRoot!.querySelectorAll('.segment')[1];
    expect(getComputedStyle(segment).backgroundColor).to.equal('rgb(1, 120, 2)');
  });

  it('keeps the page CSS out and its own CSS in', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .page-under-test { letter-spacing: 7px; text-transform: uppercase; text-align: right }
      .page-under-test h2, .page-under-test .base { display: none }`;
    document.head.append(style);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="page-under-test">
        <h3 class="base">Page heading</h3>
        <story-numbers src="/test/fixtures/venezuela-nino-guerrero-strike.json"></story-numbers>
      </div>`
    );
    const el = wrapper.querySelector('story-numbers')!;
    await storyLoaded(el);
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(getComputedStyle(heading).display).to.equal('block');
    expect(getComputedStyle(heading).letterSpacing).not.to.equal('7px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('dd')!).textTransform).to.equal('none');
    expect(getComputedStyle(wrapper.querySelector('h3')!).display).to.equal('none');
    style.remove();
  });

  describe('theme', () => {
    const dark = 'rgb(23, 25, 30)';
    const light = 'rgb(255, 255, 255)';
    const surface = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;

    it('follows a page with color-scheme: dark', async () => {
      document.documentElement.style.setProperty('color-scheme', 'dark');
      const elements = await allFour({src: SEED_URL});
      await Promise.all(elements.map(storyLoaded));
      for (const el of elements.slice(0, 3)) expect(surface(el), el.localName).to.equal(dark);
    });

    it('is forced by the theme attribute, either way', async () => {
      const [el] = await allFour({src: SEED_URL});
      await storyLoaded(el);
      el.setAttribute('theme', 'dark');
      expect(surface(el)).to.equal(dark);
      expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).color).to.equal('rgb(233, 234, 238)');
      document.documentElement.style.setProperty('color-scheme', 'dark');
      el.setAttribute('theme', 'light');
      expect(surface(el)).to.equal(light);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe when loaded, ${theme}`, async () => {
        const elements = await allFour({src: SEED_URL});
        for (const el of elements) el.setAttribute('theme', theme);
        await Promise.all(elements.map(storyLoaded));
        for (const el of elements) await expect(el).to.be.accessible();
      });

      it(`passes axe while loading and after an error, ${theme}`, async () => {
        const slow = storyUrl({delay: 300});
        const loading = await allFour({src: slow.url});
        for (const el of loading) el.setAttribute('theme', theme);
        await serverSaw(slow.key, 1);
        for (const el of loading) await expect(el).to.be.accessible();
        const failed = await allFour({src: storyUrl({status: 404}).url});
        for (const el of failed) el.setAttribute('theme', theme);
        await Promise.all(failed.map(storyFailed));
        for (const el of failed) await expect(el).to.be.accessible();
      });
    }
  });
});
