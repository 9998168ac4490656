// Network faults served for real by test/server.js, met by an element beside a healthy one: the
// right error kind, the fallback content in view, no uncaught exception, the other element
// unaffected. (Timeouts are tested on loadStory, with a short timeout: load-story.test.ts.)
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/story-widgets.js';
import type {StoryElement} from '../src/core/story-element.js';
import {
  corruptGzipIsEmptyInWebKit,
  isWebKit,
  requestCount,
  seed,
  SEED_URL,
  skipBecause,
  storyFailed,
  storyLoaded,
  storyUrl,
} from './helpers.js';

const uncaught: string[] = [];

/**
 * Watches the page's fetches of `url` (each passed on to the real fetch) for their abort signals:
 * one per load of the story, the same for a retry.
 */
function watchFetches(url: string) {
  const href = new URL(url, location.href).href;
  const fetch = globalThis.fetch;
  const signals: (AbortSignal | null | undefined)[] = [];
  globalThis.fetch = (input, init) => {
    const asked = input instanceof Request ? input.url : new URL(input, location.href).href;
    if (asked === href) signals.push(init?.signal ?? (input instanceof Request ? input.signal : undefined));
    return fetch(input, init);
  };
  return {signals, stop: () => (globalThis.fetch = fetch)};
}

const faults: [string, ReturnType<typeof storyUrl>, string][] = [
  ['404', storyUrl({status: 404}), 'http'],
  ['500', storyUrl({status: 500}), 'http'],
  ['204 with no body', storyUrl({status: 204}), 'http'],
  ['HTML instead of JSON', storyUrl({body: 'html'}), 'parse'],
  ['truncated JSON', storyUrl({body: 'truncated'}), 'parse'],
  ['a body dropped mid-stream, twice', storyUrl({body: 'drop', break: 2}), 'network'],
  ['a corrupt gzip body, twice', storyUrl({body: 'gzip', break: 2}), 'network'],
  ['a connection reset', storyUrl({body: 'reset', break: 99}), 'network'],
  ['a CORS failure', storyUrl({fail: 2}, {crossOrigin: true}), 'network'],
];

describe('network faults', () => {
  afterEach(() => expect(uncaught.splice(0), 'uncaught errors').to.deep.equal([]));

  for (const [name, {url}, kind] of faults) {
    it(`${name}: a ${kind} error, the fallback in view, the element beside it unaffected`, async function () {
      if (isWebKit && name.includes('gzip')) skipBecause(this, corruptGzipIsEmptyInWebKit);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <story-numbers src=${url}><a href="https://example.org/story">Read the story</a></story-numbers>
          <story-summary src=${SEED_URL}></story-summary>
        </div>`
      );
      const [broken, healthy] = [...wrapper.children] as StoryElement[];
      const error = await storyFailed(broken);
      expect(error.kind).to.equal(kind);
      expect(broken.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await storyLoaded(healthy);
      expect(healthy.story!.id).to.equal(seed.id);
    });
  }

  it('renders only the last of 50 quick changes of src', async () => {
    const el = await fixture<StoryElement>(html`<story-numbers></story-numbers>`);
    const loads: string[] = [];
    el.addEventListener('story-load', (event) => loads.push((event as CustomEvent).detail.story.id));
    const last = storyUrl({delay: 50});
    for (let i = 0; i < 49; i++) el.src = storyUrl({delay: 200 - i * 3}).url;
    el.src = last.url;
    await storyLoaded(el);
    expect(loads).to.deep.equal([seed.id]);
    expect(await requestCount(last.key)).to.equal(1);
  });

  it('goes quiet when removed mid-load, while another element of the same story still loads', async () => {
    const {url} = storyUrl({delay: 200});
    const fetches = watchFetches(url);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><story-numbers src=${url}></story-numbers><story-summary src=${url}></story-summary></div>`
      );
      const [removed, staying] = [...wrapper.children] as StoryElement[];
      const events: string[] = [];
      removed.addEventListener('story-load', () => events.push('load'));
      removed.addEventListener('story-error', () => events.push('error'));
      removed.remove();
      await oneEvent(staying, 'story-load');
      expect(events).to.deep.equal([]);
    } finally {
      fetches.stop();
    }
    // One load for both elements, never given up: every fetch of it has the one signal. Not one
    // fetch: CI once saw two in Firefox, most likely a kept-alive connection closing under the
    // request, which fetch-text.ts sends once more with the same signal.
    const loads = new Set(fetches.signals);
    expect(loads.size).to.equal(1);
    expect([...loads].map((signal) => signal?.aborted)).to.deep.equal([false]);
  });

  it('survives 1,000 create/remove cycles mid-load', async () => {
    const {url} = storyUrl({delay: 100});
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 1000; i++) {
      const el = document.createElement('story-numbers');
      el.src = url;
      box.append(el);
      if (i % 100 === 0) await el.updateComplete;
      el.remove();
    }
    const last = box.appendChild(document.createElement('story-numbers'));
    last.src = url;
    await storyLoaded(last);
  });
});
