import {expect} from '@open-wc/testing';
import type {StoryElement} from '../src/core/story-element.js';
import {loaderFiles} from '../src/autoload/files.js';
import {definedAndLoaded, openFrame, requestCount, seed, storyUrl} from './helpers.js';

const tags = ['story-summary', 'takes-by-lens', 'story-numbers', 'entity-chip'];
let pages = 0;

/**
 * test/pages/autoload.html in a frame, with `query`'s elements and the publishers' script from
 * dist/ as a slow host serves it (each file but the loader 300 ms late, test/server.js).
 */
async function openPage(query: Record<string, string>) {
  const id = `p${Date.now()}-${pages++}`;
  const {frame, win} = await openFrame(`/test/pages/autoload.html?${new URLSearchParams({id, ...query})}`);
  /** The files of dist/ the page asked for, as the server saw them. */
  const files = async (): Promise<string[]> => (await fetch(`/api/files?id=${id}`)).json();
  const $ = (tag: string) => win.document.querySelector(tag) as unknown as StoryElement;
  return {frame, win, files, $};
}

const rendered = definedAndLoaded;

/** The page's resource entry of `url`'s path and query. */
function entry(win: Window, path: string) {
  const found = win.performance
    .getEntriesByType('resource')
    .find((e) => new URL(e.name).pathname + new URL(e.name).search === path || e.name.endsWith(path));
  if (!found) throw new Error(`no request for ${path}`);
  return found as PerformanceResourceTiming;
}

describe('the publishers’ script (dist/story-widgets.js, a loader)', () => {
  it('loads only the chip’s file for a page with only a chip, and starts its story before it arrives', async () => {
    const {key, url} = storyUrl();
    const {frame, win, files, $} = await openPage({tags: 'entity-chip', src: url});
    await rendered($('entity-chip'));
    expect($('entity-chip').shadowRoot!.querySelector('a')!.textContent).to.contain('Venezuela');
    // No code of the three block elements: neither the single bundle nor the blocks' file, nor
    // their views (block-views.js); views.js holds only the validator and what every element needs.
    expect(await files()).to.have.members([
      'story-widgets.js',
      ...loaderFiles.chip.map((f) => `${f}.js`),
      'views.js',
    ]);
    for (const tag of tags.slice(0, 3)) expect(win.customElements.get(tag), tag).to.equal(undefined);
    // One request for the story, the loader's, which the chip took: it arrived before the chip's
    // file did (the file comes 300 ms late), so defining the element added no round trip.
    expect(await requestCount(key)).to.equal(1);
    const story = entry(win, url);
    const chip = entry(win, `/dist/${loaderFiles.chip[0]}.js`);
    expect(story.startTime).to.be.below(chip.responseStart);
    expect(story.responseEnd).to.be.below(chip.responseEnd);
    expect(win.problems).to.deep.equal([]);
    frame.remove();
  });

  it('asks for nothing before the page has painted its own words', async function () {
    const {url} = storyUrl();
    const {frame, win, $} = await openPage({text: 'The Daily Example', tags: 'story-numbers', src: url});
    await rendered($('story-numbers'));
    const paint = win.performance.getEntriesByType('paint')[0];
    // A browser that reports no paint: the loader waited for a frame, which no entry dates.
    if (!paint) this.skip();
    for (const path of [url, '/dist/views.js', `/dist/${loaderFiles.all[0]}.js`])
      expect(entry(win, path).startTime, path).to.be.at.least(paint.startTime);
    frame.remove();
  });

  it('defines nothing on a page with none, then defines and loads the elements added later', async () => {
    const {frame, win, files} = await openPage({});
    for (const tag of tags) expect(win.customElements.get(tag), tag).to.equal(undefined);
    expect(await files()).to.deep.equal(['story-widgets.js']);

    // A chip added by the page's script: its file alone.
    const first = storyUrl();
    const chip = win.document.createElement('entity-chip');
    chip.setAttribute('entity', 'venezuela-crisis');
    chip.setAttribute('src', first.url);
    win.document.body.append(chip);
    await rendered(chip as unknown as StoryElement);
    expect(await requestCount(first.key)).to.equal(1);

    // Then a block element, nested in the page's own markup: the blocks' file on the chip's, not
    // a second copy of the chip's code in the single bundle.
    const second = storyUrl();
    const wrapper = win.document.createElement('section');
    const numbers = win.document.createElement('story-numbers');
    numbers.setAttribute('src', second.url);
    wrapper.append(numbers);
    win.document.body.append(wrapper);
    await rendered(numbers as unknown as StoryElement);
    expect(numbers.shadowRoot!.querySelectorAll('dt').length).to.be.above(0);
    expect(await requestCount(second.key)).to.equal(1);
    expect(await files()).to.have.members([
      'story-widgets.js',
      ...new Set([...loaderFiles.chip, ...loaderFiles.blocks].map((f) => `${f}.js`)),
      'views.js',
      'block-views.js',
    ]);
    expect(win.problems).to.deep.equal([]);
    frame.remove();
  });

  it('loads the four elements in one file for a page that starts with block elements', async () => {
    const {key, url} = storyUrl();
    const {frame, win, files, $} = await openPage({tags: tags.join(), src: url});
    await Promise.all(tags.map((tag) => rendered($(tag))));
    expect(await files()).to.have.members([
      'story-widgets.js',
      ...loaderFiles.all.map((f) => `${f}.js`),
      'views.js',
      'block-views.js',
    ]);
    // Four elements, one story: one request, the loader's.
    expect(await requestCount(key)).to.equal(1);
    expect(entry(win, url).responseEnd).to.be.below(entry(win, `/dist/${loaderFiles.all[0]}.js`).responseEnd);
    expect(win.problems).to.deep.equal([]);
    frame.remove();
  });

  it('asks for the words of the page’s language beside the story, not after the elements’ file', async () => {
    const {url} = storyUrl();
    const {frame, win, files, $} = await openPage({tags: 'story-numbers', src: url, lang: 'de-AT'});
    await rendered($('story-numbers'));
    // In German from its first render with the story: the words came with it.
    expect($('story-numbers').shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('In Zahlen');
    expect(await files()).to.include('locales/de.js');
    const words = entry(win, '/dist/locales/de.js');
    expect(words.startTime).to.be.below(entry(win, `/dist/${loaderFiles.all[0]}.js`).responseStart);
    expect(win.problems).to.deep.equal([]);
    frame.remove();
  });

  it('shows the story, and says nothing, on a page whose language no engine knows', async () => {
    const {url} = storyUrl();
    const {frame, win, $} = await openPage({tags: 'story-summary', src: url, lang: 'not a tag!'});
    await rendered($('story-summary'));
    expect($('story-summary').shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(seed.title);
    // After the loader's own idle moments, in which it readies the page's Intl data for the
    // story (a tag Intl refuses throws there).
    await new Promise((resolve) => (win.requestIdleCallback ?? win.setTimeout)(resolve));
    expect(win.problems).to.deep.equal([]);
    frame.remove();
  });

  for (const [where, query] of [
    ['its loading attribute', {loading: 'lazy'}],
    ['the page’s <meta name="story-widgets:loading">', {'page-loading': 'lazy'}],
  ] as const) {
    it(`does not request a story lazy by ${where} before it comes near the viewport`, async () => {
      const {key, url} = storyUrl();
      const {frame, win, $} = await openPage({tags: 'story-numbers', src: url, far: '', ...query});
      const numbers = $('story-numbers');
      await win.customElements.whenDefined('story-numbers');
      // The element's file came 300 ms after the loader ran: a request it had started would have
      // reached the server by now.
      expect(await requestCount(key)).to.equal(0);
      numbers.scrollIntoView();
      await rendered(numbers);
      expect(await requestCount(key)).to.equal(1);
      frame.remove();
    });
  }

  it('defines the elements in a shadow root it is asked to discover, and none before', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    const chip = document.createElement('entity-chip');
    chip.setAttribute('entity', 'venezuela-crisis');
    chip.setAttribute('src', storyUrl().url);
    root.append(chip);
    document.body.append(host);
    // In this window, which has no element defined: the script watches the document, whose
    // queries do not enter shadow roots.
    const loader: typeof import('../src/autoload/loader.js') = await import(
      '/dist/story-widgets.js?shadow' as string
    );
    expect(customElements.get('entity-chip')).to.equal(undefined);
    loader.discover(root);
    await rendered(chip as unknown as StoryElement);
    expect(chip.shadowRoot!.querySelector('a')!.textContent).to.contain('Venezuela');
    host.remove();
  });
});
