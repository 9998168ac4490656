// What an element costs while a page lives: one render when its story arrives, none on scroll;
// and when it renders, against the other elements of the page.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/story-widgets.js';
import {elements as described, tags} from '../src/elements.js';
import type {StoryElement} from '../src/core/story-element.js';
import {loadViews} from '../src/core/chunks-loader.js';
import {nextFrame, seed, SEED_URL, storyLoaded, storyUrl} from './helpers.js';

/** Counts the updates of every element under `root` from now on. */
function countUpdates(elements: StoryElement[]) {
  const counts = new Map<Element, number>(elements.map((el) => [el, 0]));
  for (const el of elements) {
    const updated = (el as any).updated.bind(el);
    (el as any).updated = (changed: unknown) => {
      counts.set(el, counts.get(el)! + 1);
      updated(changed);
    };
  }
  return () => elements.map((el) => counts.get(el));
}

describe('renders', () => {
  it('each element once when its story arrives, and not again', async () => {
    const {url} = storyUrl({delay: 200});
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${tags.map((tag) => html`<div>${document.createElement(tag)}</div>`)}</div>`
    );
    const elements = [...wrapper.querySelectorAll<StoryElement>(tags.join(','))];
    for (const el of elements) el.setAttribute('entity', 'venezuela');
    const counted = countUpdates(elements);
    for (const el of elements) el.src = url;
    await Promise.all(elements.map(storyLoaded));
    await nextFrame();
    // One update for the loading state, one for the story: the story arrived once.
    expect(counted()).to.deep.equal([2, 2, 2, 2]);
  });

  it('a story given as a property once, when a first story has brought the views', async () => {
    await loadViews();
    const elements = tags.map((tag) =>
      Object.assign(document.createElement(tag) as StoryElement, {story: seed})
    );
    elements[3].setAttribute('entity', 'venezuela');
    const counted = countUpdates(elements);
    await fixture(html`<div>${elements}</div>`);
    await Promise.all(elements.map(storyLoaded));
    await nextFrame();
    expect(counted()).to.deep.equal([1, 1, 1, 1]);
  });

  it('each block element the first time in a task of its own, not all in the one that defines them', async () => {
    const wrapper = document.createElement('div');
    const blocks = tags.filter((tag) => !described[tag].inline);
    const elements = blocks.map((tag) => wrapper.appendChild(document.createElement(tag)) as StoryElement);
    document.body.append(wrapper);
    await elements[0].updateComplete;
    // The others wait for tasks of their own: neither has rendered yet.
    expect(elements.map((el) => el.hasUpdated)).to.deep.equal([true, false, false]);
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(elements.map((el) => el.hasUpdated)).to.deep.equal([true, true, true]);
    wrapper.remove();
  });

  /**
   * The blocks sharing one story, in `order`: in the frame that lays out the first one's story (a
   * ResizeObserver reports it then, before that frame paints), which of them have rendered theirs,
   * and which match `:state(ready)`.
   */
  async function inFirstFrame(order: string[]) {
    const {url} = storyUrl({delay: 100});
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${order.map((tag) => Object.assign(document.createElement(tag), {src: url}))}</div>`
    );
    const elements = [...wrapper.children] as StoryElement[];
    const rendered: string[] = [];
    for (const el of elements) el.addEventListener('story-load', () => rendered.push(el.localName));
    const ready = () => elements.filter((el) => el.matches(':state(ready)')).map((el) => el.localName);
    const firstFrame = new Promise<{rendered: string[]; ready: string[]}>((resolve) =>
      elements[0].addEventListener(
        'story-load',
        () => {
          const observer = new ResizeObserver(() => {
            observer.disconnect();
            resolve({rendered: [...rendered], ready: ready()});
          });
          observer.observe(elements[0]);
        },
        {once: true}
      )
    );
    const seen = await firstFrame;
    await Promise.all(elements.map(storyLoaded));
    return seen;
  }
  const renderedInFirstFrame = async (order: string[]) => (await inFirstFrame(order)).rendered;

  it('the first story of the page in a frame of its own: the others, after it has painted', async () => {
    // Sharing the story, they get it at once; the first would otherwise paint only with the layout
    // of all three.
    expect(await renderedInFirstFrame(['story-summary', 'takes-by-lens', 'story-numbers'])).to.deep.equal([
      'story-summary',
    ]);
  });

  it("first in the page's order, whichever element it is", async () => {
    expect(await renderedInFirstFrame(['story-numbers', 'story-summary'])).to.deep.equal(['story-numbers']);
  });

  it('matches :state(ready) once its story shows, not while it waits for its turn to paint', async () => {
    // A page that styles the ready state, or waits for it, finds the story there.
    const {ready} = await inFirstFrame(['story-summary', 'takes-by-lens', 'story-numbers']);
    expect(ready).to.deep.equal(['story-summary']);
  });

  it('nothing when the reader scrolls', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <story-summary src=${SEED_URL}></story-summary>
        <takes-by-lens src=${SEED_URL}></takes-by-lens>
        <div style="height: 200vh"></div>
      </div>`
    );
    const elements = [...wrapper.querySelectorAll<StoryElement>('story-summary, takes-by-lens')];
    await Promise.all(elements.map(storyLoaded));
    const counted = countUpdates(elements);
    for (const y of [200, 600, 1200, 0]) {
      window.scrollTo(0, y);
      await nextFrame();
    }
    expect(counted()).to.deep.equal([0, 0]);
  });
});
