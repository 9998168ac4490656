// What a careless publisher or a hostile story can do to an element, and what the element does.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/story-widgets.js';
import type {StoryElement} from '../src/core/story-element.js';
import {allFour, inlineStory, requestCount, seed, seedWith, storyLoaded, storyUrl, texts} from './helpers.js';

const links = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('entity-chip')].flatMap((chip) =>
    [...chip.shadowRoot!.querySelectorAll('a')].map((a) => a.href)
  );

describe('one URL rule for every source', () => {
  const hostile = seedWith((s) => {
    delete s.url;
    s.entities[0].url = '//evil.example/x';
    s.entities[1].url = '/zh/entity/venezuela';
    s.entities[2].url = 'https://user:secret@example.org/e';
    s.entities[3].url = '';
  });

  for (const source of ['property', 'inline JSON']) {
    it(`links no raw or page-relative URL from a story given as ${source}`, async () => {
      const [summary] = await allFour(
        source === 'property' ? {story: hostile} : {src: inlineStory('hostile-urls', hostile)}
      );
      await storyLoaded(summary);
      summary.setAttribute('sections', 'summary entities');
      await summary.updateComplete;
      const chips = [...summary.shadowRoot!.querySelectorAll('entity-chip')];
      await Promise.all(chips.map((chip) => (chip as StoryElement).updateComplete));
      // The mention of the entity with credentials in its URL, and its chip in the list.
      expect(links(summary)).to.deep.equal(['https://example.org/e', 'https://example.org/e']);
    });
  }
});

describe('the story cache', () => {
  it('lets a story go once no element shows it: a re-created element fetches it again', async () => {
    const {url, key} = storyUrl();
    const first = await fixture<StoryElement>(html`<story-numbers src=${url}></story-numbers>`);
    await storyLoaded(first);
    const second = await fixture<StoryElement>(html`<story-numbers src=${url}></story-numbers>`);
    await storyLoaded(second);
    expect(await requestCount(key), 'shared while one is on the page').to.equal(1);
    first.remove();
    second.remove();
    const third = await fixture<StoryElement>(html`<story-numbers src=${url}></story-numbers>`);
    await storyLoaded(third);
    expect(await requestCount(key), 'fetched afresh once none was left').to.equal(2);
  });

  it('fetches the story again on reload()', async () => {
    const {url, key} = storyUrl();
    const el = await fixture<StoryElement>(html`<story-numbers src=${url}></story-numbers>`);
    await storyLoaded(el);
    el.reload();
    const state = await el.storyComplete;
    expect(state.status).to.equal('ready');
    expect(await requestCount(key)).to.equal(2);
  });

  it('gives listeners a story they cannot change for the next element', async () => {
    const {url} = storyUrl();
    const spoil = (event: Event) => {
      try {
        (event as CustomEvent).detail.story.title = 'spoiled';
      } catch {
        // frozen: a strict-mode listener throws, a sloppy one changes nothing
      }
    };
    document.addEventListener('story-load', spoil);
    try {
      const [summary] = await allFour({src: url});
      await storyLoaded(summary);
      expect(summary.story!.title).to.equal(seed.title);
      expect(texts(summary, '[part="title"]')).to.deep.equal([seed.title]);
    } finally {
      document.removeEventListener('story-load', spoil);
    }
  });

  it('validates a story object on every assignment: assign it again after changing it', async () => {
    const story = seedWith();
    const el = await fixture<StoryElement>(html`<story-summary .story=${story}></story-summary>`);
    await storyLoaded(el);
    story.title = 'A new headline';
    el.story = story;
    await storyLoaded(el);
    expect(texts(el, '[part="title"]')).to.deep.equal(['A new headline']);
  });
});

describe('smaller edges', () => {
  it('fires story-link-click for a middle click too', async () => {
    const el = await fixture<StoryElement>(html`<takes-by-lens .story=${seed}></takes-by-lens>`);
    await storyLoaded(el);
    const link = el.shadowRoot!.querySelector('a[part~="source-link"]')!;
    const clicked = oneEvent(el, 'story-link-click');
    link.dispatchEvent(
      new MouseEvent('auxclick', {button: 1, bubbles: true, composed: true, cancelable: true})
    );
    expect((await clicked).detail.kind).to.equal('source');
  });

  it('reads a bare limit attribute as no limit, not as zero takes', async () => {
    const el = await fixture<StoryElement>(html`<takes-by-lens limit .story=${seed}></takes-by-lens>`);
    await storyLoaded(el);
    expect(el.shadowRoot!.querySelectorAll('[part="take"]')).to.have.length(11);
  });

  it('reads theme, loading and layout whatever their case', async () => {
    const el = await fixture<StoryElement>(
      html`<story-numbers theme="DARK" layout="List" .story=${seed}></story-numbers>`
    );
    await storyLoaded(el);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor).to.equal(
      'rgb(23, 25, 30)'
    );
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="figure"]')!).flexDirection).to.equal('row');
    const lazy = await fixture<StoryElement>(
      html`<div>
        <div style="height: 300vh"></div>
        <story-numbers loading="LAZY" src=${storyUrl().url}></story-numbers>
      </div>`
    );
    const numbers = lazy.querySelector<StoryElement>('story-numbers')!;
    await numbers.updateComplete;
    expect(numbers.matches(':state(loading)')).to.equal(true);
  });

  it('shows every lens, and warns, when `lens` names none of the story', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<StoryElement>(
        html`<takes-by-lens lens="nope" .story=${seed}></takes-by-lens>`
      );
      await storyLoaded(el);
      expect(el.shadowRoot!.querySelectorAll('[part="lens"]')).to.have.length(4);
      expect(warnings).to.deep.equal([
        '<takes-by-lens> lens="nope" is not in the story: showing every lens.',
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('expands one lens of two that share an id', async () => {
    const story = seedWith((s) => (s.lenses = [s.lenses[0], {...s.lenses[0]}]));
    const el = await fixture<StoryElement>(html`<takes-by-lens limit="2" .story=${story}></takes-by-lens>`);
    await storyLoaded(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
    await el.updateComplete;
    const counts = [...el.shadowRoot!.querySelectorAll('[part="takes"]')].map((list) => list.children.length);
    expect(counts).to.deep.equal([8, 2]);
  });

  it('renders nothing for a chip with neither name nor text', async () => {
    const el = await fixture<StoryElement>(html`<entity-chip href="https://example.org/x"></entity-chip>`);
    expect(el.getBoundingClientRect().width).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~="chip"]')?.outerHTML).to.equal(undefined);
  });
});
