// How frameworks meet the elements: a property set before the element is even defined, and
// Lit's `defer-hydration`, which a server rendering (the React wrappers) writes so that the
// element starts only once the framework has set its properties and listeners.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/story-widgets.js';
import {StorySummaryElement} from '../src/story-summary/story-summary.component.js';
import {nextFrame, requestCount, seed, storyLoaded, storyUrl, texts} from './helpers.js';

describe('an element a framework meets', () => {
  it('renders a story set before the element was defined', async () => {
    const tag = 'story-summary-defined-late';
    const el = document.createElement(tag) as StorySummaryElement;
    el.story = seed;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    customElements.define(tag, class extends StorySummaryElement {});
    await storyLoaded(el);
    expect(texts(el, '[part="title"]')).to.deep.equal([seed.title]);
  });

  it('with defer-hydration, loads nothing and keeps its place until the attribute goes', async () => {
    const {url, key} = storyUrl();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><story-summary src=${url} defer-hydration></story-summary></div>`
    );
    const el = wrapper.firstElementChild as StorySummaryElement;
    await nextFrame();
    await nextFrame();
    expect(await requestCount(key)).to.equal(0);
    expect(el.getBoundingClientRect().height, 'the place a story will take').to.be.greaterThan(200);
    // What @lit/react does at hydration: properties and listeners first, then the attribute.
    el.sections = 'why';
    const loaded = oneEvent(el, 'story-load');
    el.removeAttribute('defer-hydration');
    expect((await loaded).detail.story.id).to.equal(seed.id);
    expect(await requestCount(key)).to.equal(1);
    expect(texts(el, '[part="why"]')).to.deep.equal([seed.whyItMatters]);
  });
});
