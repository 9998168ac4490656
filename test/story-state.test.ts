// An element's state as pages and code see it: custom states, storyComplete, the events, and the
// publisher's fallback content.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/story-widgets.js';
import type {StoryNumbersElement} from '../src/story-numbers/story-numbers.component.js';
import {seed, SEED_URL, serverSaw, storyFailed, storyLoaded, storyUrl} from './helpers.js';

const states = (el: Element) =>
  ['loading', 'ready', 'error'].filter((state) => el.matches(`:state(${state})`));

describe('story state', () => {
  it('shows loading, ready and error as custom states a page can style', async () => {
    const slow = storyUrl({delay: 300});
    const el = await fixture<StoryNumbersElement>(html`<story-numbers src=${slow.url}></story-numbers>`);
    await serverSaw(slow.key, 1);
    expect(states(el)).to.deep.equal(['loading']);
    await storyLoaded(el);
    expect(states(el)).to.deep.equal(['ready']);
    el.src = storyUrl({status: 404}).url;
    await storyFailed(el);
    expect(states(el)).to.deep.equal(['error']);
  });

  it('lets a page hide a failed element: story-numbers:state(error) { display: none }', async () => {
    const style = Object.assign(document.createElement('style'), {
      textContent: 'story-numbers:state(error) { display: none }',
    });
    document.head.append(style);
    try {
      const el = await fixture<StoryNumbersElement>(
        html`<story-numbers src=${storyUrl({status: 500}).url}
          ><a href="https://example.org">Fallback</a></story-numbers
        >`
      );
      await storyFailed(el);
      expect(getComputedStyle(el).display).to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('resolves storyComplete once the story has rendered, with the story', async () => {
    const el = document.createElement('story-numbers');
    el.src = SEED_URL;
    document.body.append(el);
    try {
      const state = await el.storyComplete;
      expect(state.status === 'ready' && state.story.id).to.equal(seed.id);
      expect(el.shadowRoot!.querySelectorAll('dt')).to.have.length(4);
    } finally {
      el.remove();
    }
  });

  it('resolves storyComplete, never rejecting, with the error when the story fails', async () => {
    const el = await fixture<StoryNumbersElement>(html`<story-numbers src=${SEED_URL}></story-numbers>`);
    await storyLoaded(el);
    el.src = storyUrl({status: 500}).url;
    const state = await el.storyComplete;
    expect(state.status === 'error' && [state.error.kind, state.error.status]).to.deep.equal(['http', 500]);
  });

  it('keeps storyComplete waiting while an element has no source, then resolves with its story', async () => {
    const el = await fixture<StoryNumbersElement>(html`<story-numbers></story-numbers>`);
    const complete = el.storyComplete;
    const first = await Promise.race([
      complete.then(() => 'resolved'),
      el.updateComplete.then(() => 'waiting'),
    ]);
    expect(first).to.equal('waiting');
    el.src = SEED_URL;
    const state = await complete;
    expect(state.status === 'ready' && state.story.id).to.equal(seed.id);
  });

  it('resolves storyComplete for the last source when the source changes while loading', async () => {
    const slow = storyUrl({delay: 300});
    const el = await fixture<StoryNumbersElement>(html`<story-numbers src=${slow.url}></story-numbers>`);
    const complete = el.storyComplete;
    const loads: string[] = [];
    el.addEventListener('story-load', (event) => loads.push(event.detail.story.id));
    el.story = {version: 1, id: 'given', title: 'Given', numbers: [{value: '1', label: 'one'}]};
    const state = await complete;
    expect(state.status === 'ready' && state.story.id).to.equal('given');
    expect(loads).to.deep.equal(['given']);
  });

  it('fires story-load once per story, after it rendered', async () => {
    const el = document.createElement('story-numbers');
    let rendered: number | undefined;
    el.addEventListener('story-load', () => (rendered = el.shadowRoot!.querySelectorAll('dt').length));
    el.story = seed;
    document.body.append(el);
    try {
      await storyLoaded(el);
      expect(rendered).to.equal(4);
      expect(el.story!.id).to.equal(seed.id);
    } finally {
      el.remove();
    }
  });

  it('shows fallback content added after the story failed, and its notice again once it is removed', async () => {
    const el = await fixture<StoryNumbersElement>(
      html`<story-numbers src=${storyUrl({status: 404}).url}></story-numbers>`
    );
    await storyFailed(el);
    const notice = () => el.shadowRoot!.querySelector('[part="error"]');
    expect(notice()).not.to.equal(null);

    const slot = el.shadowRoot!.querySelector('slot')!;
    const link = Object.assign(document.createElement('a'), {
      href: 'https://example.org',
      textContent: 'Read it',
    });
    let changed = oneEvent(slot, 'slotchange');
    el.append(link);
    await changed;
    await el.updateComplete;
    expect(notice()).to.equal(null);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);

    changed = oneEvent(slot, 'slotchange');
    link.remove();
    await changed;
    await el.updateComplete;
    expect(notice()).not.to.equal(null);
  });
});

describe('while the story loads', () => {
  it('keeps about the place the story will take, and the fallback content in view', async () => {
    const slow = storyUrl({delay: 400});
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 680px">
        <story-summary src=${slow.url}><a href="https://example.org/s">Read the story</a></story-summary>
      </div>`
    );
    const el = wrapper.firstElementChild as HTMLElementTagNameMap['story-summary'];
    await serverSaw(slow.key, 1);
    const loading = el.getBoundingClientRect().height;
    const fallback = el.querySelector('a')!.getBoundingClientRect();
    expect(fallback.height, 'the fallback link shows').to.be.greaterThan(0);
    const card = el.shadowRoot!.querySelector('[part="skeleton"]')!.getBoundingClientRect();
    expect(fallback.top).to.be.within(card.top, card.bottom);
    await storyLoaded(el);
    const loaded = el.getBoundingClientRect().height;
    expect(
      Math.abs(loaded - loading) / loaded,
      `${loading} px while loading, ${loaded} px loaded`
    ).to.be.below(0.1);
  });

  // The skeleton keeps the place of the seed, the site's typical story, by formulas of the
  // element's width fitted over three typefaces (src/render/placeholder.ts): with the seed, a
  // block keeps its height within the formulas' worst miss (where lines break varies with the
  // typeface: up to 3 em for the summary and the figures, 8 em for the long list of takes), and a
  // chip in a sentence its width, so that the sentence does not reflow. A phone's column and a
  // desktop article's.
  for (const width of [375, 680]) {
    it(`keeps the seed story's place in a ${width} px column`, async () => {
      const slow = storyUrl({delay: 400});
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px">
          <story-summary src=${slow.url}></story-summary>
          <takes-by-lens src=${slow.url} limit="3"></takes-by-lens>
          <story-numbers src=${slow.url}></story-numbers>
          <p>
            The strike, run with <entity-chip src=${slow.url} entity="venezuela">Venezuela</entity-chip> in
            mind.
          </p>
        </div>`
      );
      const elements = [
        ...wrapper.querySelectorAll('story-summary, takes-by-lens, story-numbers, entity-chip'),
      ];
      await serverSaw(slow.key, 1);
      const chip = (el: Element) => el.localName === 'entity-chip';
      const size = (el: Element) => el.getBoundingClientRect()[chip(el) ? 'width' : 'height'];
      const em = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const misses: Record<string, number> = {'story-summary': 3, 'takes-by-lens': 8, 'story-numbers': 3};
      const loading = elements.map(size);
      await Promise.all(elements.map((el) => storyLoaded(el as HTMLElementTagNameMap['story-numbers'])));
      elements.forEach((el, i) =>
        expect(size(el), `<${el.localName}>, ${loading[i]} px while loading`).to.be.closeTo(
          loading[i],
          chip(el) ? 1 : misses[el.localName] * em(el)
        )
      );
    });
  }

  it('keeps exactly the height a publisher gives in --story-placeholder-height', async () => {
    const slow = storyUrl({delay: 400});
    const el = await fixture<HTMLElementTagNameMap['takes-by-lens']>(
      html`<takes-by-lens style="--story-placeholder-height: 300px" src=${slow.url}></takes-by-lens>`
    );
    await serverSaw(slow.key, 1);
    expect(el.getBoundingClientRect().height).to.equal(300);
  });
});
