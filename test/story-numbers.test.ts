import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/story-numbers/story-numbers.js';
import type {StoryNumbersElement} from '../src/story-numbers/story-numbers.component.js';
import {inlineStory, seed, SEED_URL, storyLoaded, storyUrl, visibleText} from './helpers.js';

function figures(el: Element) {
  return [...el.shadowRoot!.querySelectorAll('[part="figure"]')].map((figure) => [
    visibleText(figure.querySelector('dt')!),
    visibleText(figure.querySelector('dd')!),
  ]);
}

describe('<story-numbers>', () => {
  it('renders the seed figures under a heading, as a description list', async () => {
    const el = await fixture<StoryNumbersElement>(html`<story-numbers src=${SEED_URL}></story-numbers>`);
    await oneEvent(el, 'story-load');
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal('By the numbers');
    expect(figures(el)).to.deep.equal(seed.numbers.map((n: any) => [n.value, n.label]));
    expect(el.shadowRoot!.querySelectorAll('dl > div > dt + dd')).to.have.length(4);
    expect(el.shadowRoot!.querySelector('dl')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('takes a story object without a request', async () => {
    const el = await fixture<StoryNumbersElement>(html`<story-numbers .story=${seed}></story-numbers>`);
    await storyLoaded(el);
    expect(figures(el)).to.have.length(4);
  });

  it('shows values as given, never reformatted, and text never as HTML', async () => {
    const story = {
      version: 1,
      id: 'hostile',
      title: 't',
      numbers: [{value: '<b>1,000</b>', label: '<img src=x onerror=alert(1)>'}],
    };
    const el = await fixture<StoryNumbersElement>(html`<story-numbers .story=${story}></story-numbers>`);
    await storyLoaded(el);
    expect(figures(el)).to.deep.equal([['<b>1,000</b>', '<img src=x onerror=alert(1)>']]);
    expect(el.shadowRoot!.querySelector('b, img')?.outerHTML).to.equal(undefined);
  });

  it('renders nothing visible for a story without figures', async () => {
    const el = await fixture<StoryNumbersElement>(
      html`<story-numbers src="/test/fixtures/minimal.json"></story-numbers>`
    );
    await oneEvent(el, 'story-load');
    expect(el.shadowRoot!.querySelector('h2, dl, section')?.outerHTML).to.equal(undefined);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('shows a busy skeleton while loading, then the figures', async () => {
    const {url} = storyUrl({delay: 300});
    const el = await fixture<StoryNumbersElement>(
      html`<story-numbers src=${url}><a href="https://example.org">Fallback</a></story-numbers>`
    );
    const skeleton = el.shadowRoot!.querySelector('[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(50);
    await expect(el).to.be.accessible();
    await oneEvent(el, 'story-load');
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')?.outerHTML).to.equal(undefined);
    expect(figures(el)).to.have.length(4);
  });

  it('shows the fallback content and fires story-error when loading fails', async () => {
    const {url} = storyUrl({status: 404});
    const el = await fixture<StoryNumbersElement>(
      html`<story-numbers src=${url}><a href="https://example.org/story">Read the story</a></story-numbers>`
    );
    const {detail} = await oneEvent(el, 'story-error');
    expect(detail.error.kind).to.equal('http');
    expect(detail.error.status).to.equal(404);
    const slot = el.shadowRoot!.querySelector('slot')!;
    const [link] = slot.assignedElements() as HTMLAnchorElement[];
    expect(link.textContent).to.equal('Read the story');
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('fires story-error for an invalid story property, naming the field', async () => {
    const el = document.createElement('story-numbers');
    const event = oneEvent(el, 'story-error');
    el.story = {version: 1, id: 'x', title: 't', numbers: [{value: 1, label: 'one'}]} as never; // invalid on purpose
    document.body.append(el);
    const {detail} = await event;
    expect(detail.error.kind).to.equal('invalid');
    expect(detail.error.message).to.contain('numbers[0].value');
    el.remove();
  });

  it('lets the last src win', async () => {
    const slow = storyUrl({delay: 300});
    const el = await fixture<StoryNumbersElement>(html`<story-numbers src=${slow.url}></story-numbers>`);
    const minimal = {version: 1, id: 'fast', title: 't', numbers: [{value: '2', label: 'two'}]};
    el.src = inlineStory('fast-story', minimal);
    const {detail} = await oneEvent(el, 'story-load');
    expect(detail.story.id).to.equal('fast');
    // By the time an equally slow request answers, the first one would have, had it not been dropped.
    await fetch(storyUrl({delay: 300}).url);
    expect(figures(el)).to.deep.equal([['2', 'two']]);
  });

  it('offers a list layout', async () => {
    const el = await fixture<StoryNumbersElement>(
      html`<story-numbers layout="list" .story=${seed}></story-numbers>`
    );
    await storyLoaded(el);
    const figure = el.shadowRoot!.querySelector('[part="figure"]')!;
    expect(getComputedStyle(figure).flexDirection).to.equal('row');
  });
});
