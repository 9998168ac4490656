// The hostile corpus of `refresh`, third pass: values that are not a number of seconds, given
// every way a page or an app gives one — the attribute, the property (a framework passes strings),
// `<meta name="story-widgets:refresh">`, an element sharing its story's poll, and embed.html's
// query. Requests reaching the story's host are counted while the reader stays an hour (the
// clock StoryPoll reads moves on, the page is shown again), up to a check that a live story with a
// valid `refresh` makes: a value that is no interval makes none, and a development warning names
// it; a valid one never asks sooner than 10 s after the last. Nothing here waits on a timer.
import {expect} from '@open-wc/testing';
import '../src/story-widgets.js';
import type {StoryElement} from '../src/core/story-element.js';
import {nextFrame, storyLoaded} from './helpers.js';
import {comeBackAfter, live, liveUrl, log, logged, reset} from './live-helpers.js';

/** The console warnings while the test runs. */
let warnings: string[] = [];
const warn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
});
afterEach(() => {
  console.warn = warn;
  document.body.replaceChildren();
  document.head.querySelector('meta[name="story-widgets:refresh"]')?.remove();
  reset();
});

/** A `story-numbers` showing a live story, with `set` done to it before it joins the page. */
async function numbers(url: string, set: (el: any) => void) {
  const el = document.createElement('story-numbers');
  el.setAttribute('src', url);
  set(el);
  document.body.append(el);
  await storyLoaded(el);
  // What follows a live story, loaded as it would be for a valid `refresh`: nothing waits on it.
  await import('../src/live.js');
  await nextFrame();
  return el;
}

/**
 * A live story checked every 10 s, beside the one under test: when the reader comes back (after
 * 10 s or more) its check says that every check due was made — one return wakes every poll.
 */
async function control() {
  const {url, key} = liveUrl();
  await live('story-numbers', url, {refresh: '10'});
  let checks = 1;
  return async (seconds: number) => {
    comeBackAfter(seconds);
    await logged(key, ++checks);
  };
}

/** The requests for `key` after the reader stays an hour and comes back. */
async function anHourLater(key: string) {
  const comeBack = await control();
  await comeBack(3600);
  return (await log(key)).length;
}

describe('refresh that is not a number of seconds', () => {
  it('as a property, "30s" from a framework: no request in an hour, and a warning naming it', async () => {
    const {url, key} = liveUrl();
    await numbers(url, (el) => (el.refresh = '30s'));
    expect(await anHourLater(key), 'the first load only').to.equal(1);
    expect(warnings).to.include(
      '<story-numbers> .refresh = "30s" is not valid: expected a number of seconds, 10 or more (0: never). It does not refresh.'
    );
  });

  it('as a property, NaN or Infinity: no request in an hour', async () => {
    for (const value of [NaN, Infinity]) {
      const {url, key} = liveUrl();
      await numbers(url, (el) => (el.refresh = value));
      expect(await anHourLater(key), String(value)).to.equal(1);
    }
  });

  it('as an attribute, "-5", "Infinity" or "1e400": no request in an hour, and a warning naming it', async () => {
    for (const value of ['-5', 'Infinity', '1e400']) {
      const {url, key} = liveUrl();
      await numbers(url, (el) => el.setAttribute('refresh', value));
      expect(await anHourLater(key), value).to.equal(1);
      expect(warnings.join('\n')).to.contain(`<story-numbers> refresh="${value}" is not valid`);
    }
  });

  it('as the page\'s <meta>, "-60": no request in an hour, and a warning naming it', async () => {
    const meta = Object.assign(document.createElement('meta'), {
      name: 'story-widgets:refresh',
      content: '-60',
    });
    document.head.append(meta);
    const {url, key} = liveUrl();
    await numbers(url, () => {});
    expect(await anHourLater(key)).to.equal(1);
    expect(warnings).to.include(
      '<meta name="story-widgets:refresh" content="-60"> is not valid: expected a number of seconds, 10 or more (0: never): no element refreshes by it.'
    );
  });

  it("on one of two elements showing a story: the shared poll keeps the other's pace", async () => {
    const {url, key} = liveUrl();
    await live('story-summary', url, {refresh: '60'});
    await numbers(url, (el) => (el.refresh = '30s'));
    const comeBack = await control();
    await comeBack(50);
    expect((await log(key)).length, 'not before 60 s').to.equal(1);
    await comeBack(10);
    expect((await log(key)).length, 'at 60 s').to.equal(2);
    await comeBack(50);
    expect((await log(key)).length, 'not 60 s after').to.equal(2);
  });
});

describe('refresh that is a number of seconds', () => {
  it('a framework\'s "45" checks 45 s after the last check, not sooner', async () => {
    const {url, key} = liveUrl();
    await numbers(url, (el) => (el.refresh = '45'));
    const comeBack = await control();
    await comeBack(40);
    expect((await log(key)).length).to.equal(1);
    await comeBack(10);
    expect((await log(key)).length).to.equal(2);
    await comeBack(40);
    expect((await log(key)).length).to.equal(2);
  });
});

type Frame = HTMLIFrameElement & {contentWindow: Window & typeof globalThis};

/** embed.html in a frame, showing the live story at `url` with `refresh`, once its story shows. */
async function embed(url: string, refresh: string): Promise<Frame> {
  const frame = document.createElement('iframe') as Frame;
  frame.src = `/dist/embed.html?src=${encodeURIComponent(url)}&element=story-numbers&refresh=${refresh}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const el = frame.contentDocument!.querySelector<StoryElement>('story-numbers')!;
  await frame.contentWindow.customElements.whenDefined('story-numbers');
  await storyLoaded(el);
  return frame;
}

describe("embed.html's refresh", () => {
  it('"-5" or "Infinity": no request while a frame beside it with refresh=60 checks three times', async () => {
    const control = liveUrl();
    const hostile = [liveUrl(), liveUrl()];
    const frames = [
      await embed(control.url, '60'),
      await embed(hostile[0].url, '-5'),
      await embed(hostile[1].url, 'Infinity'),
    ];
    const clocks = frames.map((frame) => frame.contentWindow.Date.now);
    let hours = 0;
    // Each round the readers come back to every frame an hour later; the control frame's check
    // (once its dist/live.js has loaded) says the round is over.
    while ((await log(control.key)).length < 4) {
      hours++;
      frames.forEach((frame, i) => {
        frame.contentWindow.Date.now = () => clocks[i]() + hours * 3_601_000;
        frame.contentDocument!.dispatchEvent(new frame.contentWindow.Event('visibilitychange'));
      });
      await new Promise(requestAnimationFrame);
    }
    for (const {key} of hostile) expect((await log(key)).length, 'the first load only').to.equal(1);
  });
});
