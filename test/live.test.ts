// Live stories (`refresh`): an element keeps its story current while the reader stays, against a
// test server that changes the story and answers conditional requests with 304 (live-server.js).
// Requests are made due by moving the clock StoryPoll reads and showing the page again, which
// asks at once when an interval has passed; the timer between requests is StoryPoll's, tested in
// Node (test/node/story-poll.test.js).
import {expect, oneEvent} from '@open-wc/testing';
import '../src/story-widgets.js';
import type {StoryUpdateEvent} from '../src/page/events.js';
import type {StoryElement} from '../src/core/story-element.js';
import {nextFrame, seed, seedWith, storyLoaded, visibleText} from './helpers.js';
import {
  aLaterCheck,
  comeBackAfter,
  failNext,
  later,
  live,
  newTakes,
  liveUrl,
  log,
  logged,
  pageHidden,
  publish,
  reset,
} from './live-helpers.js';

const text = (el: Element) => visibleText(el.shadowRoot!);
afterEach(() => {
  document.body.replaceChildren();
  reset();
});

describe('live stories', () => {
  it('ask again conditionally once an interval has passed; a 304 renders nothing', async () => {
    const {url, key} = liveUrl();
    const el = await live('story-summary', url);
    const changes: MutationRecord[] = [];
    new MutationObserver((records) => changes.push(...records)).observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    let updates = 0;
    el.addEventListener('story-update', () => updates++);
    comeBackAfter(30);
    comeBackAfter(31);
    await logged(key, 2);
    comeBackAfter(61);
    const entries = await logged(key, 3);
    expect(entries.map((e) => e.method)).to.deep.equal(['GET', 'GET', 'GET'], 'one request each time');
    // The first check may be whole (WebKitGTK's automation session keeps no HTTP cache); from
    // then on the poll sends the validators of the last response itself.
    expect(entries[2].status).to.equal(304);
    expect(entries[2].ifNoneMatch).to.equal('"v1"');
    await el.updateComplete;
    await nextFrame();
    // The page's live region (announcer.ts) comes and goes by itself: it is no rendering.
    const rendered = changes.filter(
      (change) =>
        !(change.target as Element).closest?.('[aria-live]') &&
        !change.target.parentElement?.closest('[aria-live]') &&
        ![...change.addedNodes, ...change.removedNodes].some((node) =>
          (node as Element).matches?.('[aria-live]')
        )
    );
    expect(rendered, 'nothing rendered').to.have.length(0);
    expect(updates).to.equal(0);
  });

  it('ask another origin without a preflight (its HTTP cache revalidates), and render nothing the same', async () => {
    const {url, key} = liveUrl({crossOrigin: true});
    const el = await live('story-numbers', url);
    const before = el.shadowRoot!.querySelector('[part="figure"]');
    let updates = 0;
    el.addEventListener('story-update', () => updates++);
    comeBackAfter(61);
    const entries = await logged(key, 2);
    expect(entries.map((e) => e.method)).to.deep.equal(['GET', 'GET']);
    // Chromium and Firefox revalidate (a 304); WebKitGTK's automation session keeps no HTTP cache.
    expect(entries[1].status).to.be.oneOf([200, 304]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="figure"]')).to.equal(before);
    expect(updates).to.equal(0);
  });

  it('render a new version in place: story-update with the story and the previous; story-load once', async () => {
    const {url, key} = liveUrl();
    let loads = 0;
    document.addEventListener('story-load', () => loads++);
    const el = await live('story-summary', url);
    await publish(
      key,
      seedWith((s) => (s.dek = 'A revised dek'))
    );
    comeBackAfter(61);
    const {detail} = (await oneEvent(el, 'story-update')) as StoryUpdateEvent;
    expect(detail.story.dek).to.equal('A revised dek');
    expect(detail.previous.dek).to.equal(seed.dek);
    expect(text(el)).to.contain('A revised dek');
    expect(el.story!.dek).to.equal('A revised dek');
    expect(loads).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
  });

  it('share one request between the elements showing a story; the shortest interval wins', async () => {
    const {url, key} = liveUrl();
    const summary = await live('story-summary', url);
    const takes = await live('takes-by-lens', url, {refresh: '30'});
    const numbers = await live('story-numbers', url);
    await publish(
      key,
      seedWith((s) => newTakes(s, 2))
    );
    comeBackAfter(31);
    await Promise.all([summary, takes, numbers].map((el) => oneEvent(el, 'story-update')));
    expect((await log(key)).length, 'one load for all, then one request').to.equal(2);
  });

  it('stop when the element leaves the page; back off after a failure, keeping the story', async () => {
    const {url, key} = liveUrl();
    const control = liveUrl();
    const el = await live('story-numbers', url);
    await live('story-numbers', control.url);
    await failNext(key, 1);
    let errors = 0;
    el.addEventListener('story-error', () => errors++);
    comeBackAfter(61);
    await logged(key, 2);
    expect((await log(key)).map((e) => e.status)).to.deep.equal([200, 503]);
    // After a failure the poll waits twice the interval: the control asks, the failed story not.
    comeBackAfter(61);
    await logged(control.key, 3);
    expect((await log(key)).length).to.equal(2);
    comeBackAfter(61);
    await logged(key, 3);
    expect(errors).to.equal(0);
    expect(el.story?.id, 'the story stays').to.equal(seed.id);
    expect(text(el)).to.contain('~8 million');
    el.remove();
    await aLaterCheck();
    expect((await log(key)).length, 'removed: no request').to.equal(3);
  });

  it('ask nothing while the page is hidden, and once when it is shown again', async () => {
    const {url, key} = liveUrl();
    await live('story-summary', url);
    pageHidden(true);
    later(61);
    document.dispatchEvent(new Event('visibilitychange'));
    later(61);
    pageHidden(false);
    await logged(key, 2);
    await aLaterCheck('story-summary');
    expect((await log(key)).length, 'one request on return, one after').to.equal(3);
  });

  it('poll nothing while hidden, nor for a lazy element far from the viewport', async () => {
    const {url, key} = liveUrl();
    const control = liveUrl();
    const lazy = await live('story-numbers', url, {loading: 'lazy'});
    await live('story-numbers', control.url);
    const spacer = Object.assign(document.createElement('div'), {className: 'spacer'});
    spacer.style.height = '5000px';
    lazy.before(spacer);
    await nextFrame();
    await nextFrame();
    comeBackAfter(61);
    await logged(control.key, 2);
    expect((await log(key)).length, 'far away').to.equal(1);
    spacer.remove();
    await logged(key, 2); // near again, and due: one request at once
  });

  it('do not poll inline JSON or a story object', async () => {
    const {url, key} = liveUrl();
    const given = document.createElement('story-numbers') as StoryElement;
    given.setAttribute('src', url);
    given.setAttribute('refresh', '10');
    given.story = seed;
    document.body.append(given);
    await storyLoaded(given);
    await aLaterCheck();
    expect(await log(key)).to.have.length(0);
  });
});
