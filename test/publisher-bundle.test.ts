import {expect} from '@open-wc/testing';
import type {StoryElement} from '../src/core/story-element.js';
import {definedAndLoaded, openFrame, seed, visibleText} from './helpers.js';

const rendered = (el: HTMLElement) => definedAndLoaded(el as unknown as StoryElement);

describe('dist/story-widgets.js on a plain publisher page', () => {
  it('renders all four elements from the built file, under a strict CSP with Trusted Types', async () => {
    const {frame, win, problems} = await openFrame('/test/pages/publisher.html');
    const $ = (selector: string) => win.document.querySelector<HTMLElement>(selector)!;
    await win.customElements.whenDefined('story-summary');
    await Promise.all(['story-summary', 'takes-by-lens', 'story-numbers'].map((tag) => rendered($(tag))));

    const values = [...$('story-numbers').shadowRoot!.querySelectorAll('dt')].map(visibleText);
    expect(values).to.deep.equal(seed.numbers.map((n: any) => n.value));
    expect($('story-summary').shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(
      seed.title
    );
    const takes = $('takes-by-lens').shadowRoot!;
    expect(takes.querySelectorAll('[part="take"]')).to.have.length(6);
    // The built file keeps the space before the link's hidden "(opens in a new tab)".
    const source = takes.querySelector('a[part~="source-link"]')!.textContent!.replace(/\s+/g, ' ');
    expect(source).to.equal('US Southern Command / White House (via CBS) (opens in a new tab)');
    expect(takes.querySelectorAll<HTMLElement>('.segment')[0].style.flexGrow).to.equal('8');
    expect($('entity-chip').shadowRoot!.querySelector('a')!.href).to.equal(
      'https://rbtfl.xyz/zh/entity/venezuela'
    );
    expect(problems).to.deep.equal([]);

    const scripts = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\/(src|node_modules)\//.test(path));
    // The bundle is self-contained: it loads nothing from node_modules or src.
    expect(scripts).to.deep.equal([]);
    frame.remove();
  });

  it('shows a Chinese page in Chinese, loading one small locale module and the views from beside the loader', async () => {
    const {frame, win, problems} = await openFrame('/test/pages/publisher-zh.html');
    const numbers = win.document.querySelector<HTMLElement>('story-numbers')!;
    const summary = win.document.querySelector<HTMLElement>('story-summary')!;
    await Promise.all([rendered(numbers), rendered(summary)]);
    // Elements already in the HTML before the script re-render once the locale arrives.
    const heading = () => numbers.shadowRoot!.querySelector('h2')!.textContent!.trim();
    if (heading() !== '数字速览') {
      await new Promise((r) => win.addEventListener('lit-localize-status', r, {once: true}));
      await (numbers as unknown as {updateComplete: Promise<boolean>}).updateComplete;
    }
    expect(heading()).to.equal('数字速览');
    expect(summary.shadowRoot!.querySelector('time')!.textContent).to.equal('2026年6月12日');
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.endsWith('.js') && url.pathname.startsWith('/dist/'))
      .map((url) => url.pathname + url.search);
    // The loader (by the URL the page gave it, once: nothing loads a second copy of it as
    // ./story-widgets.js), the elements it found (block elements: all in one file), the views
    // that came with the story (the block elements' too), and the page's language.
    expect(scripts.sort()).to.deep.equal([
      '/dist/block-views.js',
      '/dist/locales/zh-Hans.js',
      '/dist/story-widgets.all.js',
      '/dist/story-widgets.js?v=20260612',
      '/dist/views.js',
    ]);
    expect(problems).to.deep.equal([]);
    frame.remove();
  });
});
