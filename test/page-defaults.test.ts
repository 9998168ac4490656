// What a publisher sets once per page — theme, loading, locale — instead of on every element;
// each element's own attributes still win.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/story-widgets.js';
import type {StoryElement} from '../src/core/story-element.js';
import {nextFrame, requestCount, seed, storyLoaded, storyUrl} from './helpers.js';

/** The palette's body text, by scheme (tokens.styles.ts). */
const text = {light: 'rgb(27, 28, 32)', dark: 'rgb(233, 234, 238)'};
const textColour = (el: StoryElement) =>
  getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).color;

/** Adds `<meta name="story-widgets:<name>" content="<content>">` for the test; returns its removal. */
function meta(name: string, content: string) {
  const tag = Object.assign(document.createElement('meta'), {name: `story-widgets:${name}`, content});
  document.head.append(tag);
  return () => tag.remove();
}

describe('page defaults', () => {
  it('<meta name="story-widgets:theme"> darkens every element without a theme of its own', async () => {
    const remove = meta('theme', 'Dark');
    try {
      const plain = await fixture<StoryElement>(html`<story-numbers .story=${seed}></story-numbers>`);
      const own = await fixture<StoryElement>(
        html`<story-numbers theme="light" .story=${seed}></story-numbers>`
      );
      await Promise.all([storyLoaded(plain), storyLoaded(own)]);
      expect(textColour(plain)).to.equal(text.dark);
      expect(textColour(own), 'the attribute wins').to.equal(text.light);
    } finally {
      remove();
    }
  });

  it('--story-color-scheme on :root sets the palette too, under the meta and the attribute', async () => {
    document.documentElement.style.setProperty('--story-color-scheme', 'dark');
    const remove = meta('theme', 'light');
    try {
      const [plain, own] = [
        await fixture<StoryElement>(html`<story-numbers .story=${seed}></story-numbers>`),
        await fixture<StoryElement>(html`<story-numbers theme="dark" .story=${seed}></story-numbers>`),
      ];
      await Promise.all([storyLoaded(plain), storyLoaded(own)]);
      expect(textColour(plain), 'the meta wins over the property').to.equal(text.light);
      remove();
      const later = await fixture<StoryElement>(html`<story-numbers .story=${seed}></story-numbers>`);
      await storyLoaded(later);
      expect(textColour(later)).to.equal(text.dark);
      expect(textColour(own)).to.equal(text.dark);
    } finally {
      remove();
      document.documentElement.style.removeProperty('--story-color-scheme');
    }
  });

  it('<meta name="story-widgets:loading" content="lazy"> makes far elements wait; loading="eager" does not', async () => {
    const remove = meta('loading', 'lazy');
    const lazy = storyUrl();
    const eager = storyUrl();
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <story-numbers loading="eager" src=${eager.url}></story-numbers>
          <div style="height: 300vh"></div>
          <story-numbers src=${lazy.url}></story-numbers>
        </div>`
      );
      const [first, far] = wrapper.querySelectorAll<StoryElement>('story-numbers');
      await storyLoaded(first);
      await nextFrame();
      expect(await requestCount(eager.key)).to.equal(1);
      expect(await requestCount(lazy.key)).to.equal(0);
      far.scrollIntoView();
      await oneEvent(far, 'story-load');
      expect(await requestCount(lazy.key)).to.equal(1);
    } finally {
      remove();
      window.scrollTo(0, 0);
    }
  });
});

describe('<meta name="story-widgets:locale"> on a publisher page', () => {
  it('shows the words in its language, whatever <html lang> says', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/publisher-defaults.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & {problems: string[]};
    const numbers = win.document.querySelector<StoryElement>('story-numbers')!;
    await win.customElements.whenDefined('story-numbers');
    await storyLoaded(numbers);
    const heading = () => numbers.shadowRoot!.querySelector('h2')!.textContent!.trim();
    if (heading() !== 'In Zahlen') await oneEvent(win, 'lit-localize-status');
    await numbers.updateComplete;
    expect(heading()).to.equal('In Zahlen');
    expect(textColour(numbers)).to.equal(text.dark);
    expect(win.problems).to.deep.equal([]);
    frame.remove();
  });
});
