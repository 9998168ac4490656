// The iframe rendition (dist/embed.html) and the script that sizes its frames (dist/embed-host.js),
// on a publisher's page, as built.
import {expect} from '@open-wc/testing';
import type {StoryElement} from '../src/core/story-element.js';
import {requestCount, seed, seedWith, storyLoaded, storyUrl, visibleText} from './helpers.js';
import {embed as embedPage, loadHost, message} from './embed-helpers.js';
import {liveUrl, publish} from './live-helpers.js';

const SEED = '/dist/venezuela-nino-guerrero-strike.json';

before(loadHost);

/** The frame of embed.html with `query`. */
const embed = (query: string) => embedPage(`/dist/embed.html?${query}`);

describe('dist/embed.html', () => {
  it('shows one element, and the host script fits the frame to it; AMP hears embed-size', async () => {
    const frame = await embed(`src=${encodeURIComponent(SEED)}&element=story-numbers&layout=list&id=figures`);
    const numbers = frame.contentDocument!.querySelector<StoryElement>('story-numbers')!;
    await frame.contentWindow!.customElements.whenDefined('story-numbers');
    await storyLoaded(numbers);
    expect(numbers.getAttribute('layout')).to.equal('list');
    const values = [...numbers.shadowRoot!.querySelectorAll('dt')].map(visibleText);
    expect(values).to.deep.equal(seed.numbers.map((n: any) => n.value));
    // The frame reports its height as it settles: wait for the height it has now.
    const height = Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    const reported = await message(frame, 'story-widgets:size', (h) => h === height);
    expect(reported.id).to.equal('figures');
    expect(await message(frame, 'embed-size', (h) => h === height)).to.deep.include({sentinel: 'amp'});
    expect(Number(frame.height)).to.equal(height);
    frame.remove();
  });

  it('takes its words from lang, and its palette from theme', async () => {
    const frame = await embed(
      `src=${encodeURIComponent(SEED)}&element=takes-by-lens&lang=ar&dir=rtl&theme=dark&limit=1`
    );
    const takes = frame.contentDocument!.querySelector<StoryElement>('takes-by-lens')!;
    // Defined when the publishers' script has loaded its file, which may come after the frame's
    // load event.
    await frame.contentWindow!.customElements.whenDefined('takes-by-lens');
    await storyLoaded(takes);
    expect(frame.contentDocument!.documentElement.dir).to.equal('rtl');
    expect(takes.getAttribute('theme')).to.equal('dark');
    expect(takes.shadowRoot!.querySelectorAll('[part="take"]').length).to.equal(4);
    frame.remove();
  });

  it("carries refresh through: the publishers' bundle loads dist/live.js and shows a newer story", async () => {
    const {url, key} = liveUrl();
    const frame = await embed(`src=${encodeURIComponent(url)}&element=story-numbers&refresh=60`);
    const numbers = frame.contentDocument!.querySelector<StoryElement>('story-numbers')!;
    await frame.contentWindow!.customElements.whenDefined('story-numbers');
    await storyLoaded(numbers);
    expect(numbers.getAttribute('refresh')).to.equal('60');
    await publish(
      key,
      seedWith((s) => (s.numbers[0].value = '13 June 2026'))
    );
    // The reader comes back to the frame's page a minute later, and again, until dist/live.js
    // (which loads after the first render) has asked.
    const win = frame.contentWindow as Window & typeof globalThis;
    const now = win.Date.now;
    let minutes = 0;
    win.Date.now = () => now() + minutes * 61_000;
    let updated = false;
    numbers.addEventListener('story-update', () => (updated = true));
    while (!updated) {
      minutes++;
      frame.contentDocument!.dispatchEvent(new win.Event('visibilitychange'));
      await new Promise(requestAnimationFrame);
    }
    expect(numbers.shadowRoot!.querySelector('dt')!.textContent).to.equal('13 June 2026');
    const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts).to.include('/dist/live.js');
    frame.remove();
  });

  it('refuses stories from origins it does not allow, without a request', async () => {
    const {url, key} = storyUrl({}, {crossOrigin: true});
    for (const src of [url, 'javascript:alert(1)', '']) {
      const frame = await embed(`src=${encodeURIComponent(src)}&element=story-summary`);
      const text = frame.contentDocument!.querySelector('#embed')!.textContent!;
      expect(text).to.match(src ? /does not show stories from|needs the URL of a story/ : /needs the URL/);
      expect(frame.contentDocument!.querySelector('story-summary')).to.equal(null);
      frame.remove();
    }
    expect(await requestCount(key)).to.equal(0);
  });

  it('shows its notice for anything but its own element names, properties of objects included', async () => {
    for (const element of ['toString', '__proto__', 'constructor', 'bogus']) {
      const problems: string[] = [];
      const frame = await embed(`src=${encodeURIComponent(SEED)}&element=${element}`);
      frame.contentWindow!.addEventListener('error', (event) => problems.push(event.message));
      const text = frame.contentDocument!.querySelector('#embed')!.textContent!;
      expect(text).to.equal(
        `This embed shows story-summary, takes-by-lens, story-numbers, entity-chip; not "${element}".`
      );
      expect(problems).to.deep.equal([]);
      frame.remove();
    }
  });

  it('the host script ignores size messages that do not come from the frame', async () => {
    const frame = await embed(`src=${encodeURIComponent(SEED)}&element=entity-chip&entity=venezuela`);
    await message(frame, 'story-widgets:size', (h) => h > 0);
    // The page itself, and another frame, claiming a size.
    postMessage({type: 'story-widgets:size', height: 900}, '*');
    const other = Object.assign(document.createElement('iframe'), {messages: [] as any[]});
    addEventListener(
      'message',
      (event) => event.source === other.contentWindow && other.messages.push(event.data)
    );
    other.srcdoc = `<script>parent.postMessage({type: 'story-widgets:size', height: 901}, '*')</script>`;
    document.body.append(other);
    await message(other, 'story-widgets:size', (h) => h === 901);
    // The frame keeps the height it reported itself.
    const own = await message(frame, 'story-widgets:size', (h) => h > 0);
    expect(Number(frame.height)).to.equal(own.height);
    expect(own.height).to.be.lessThan(900);
    frame.remove();
    other.remove();
  });
});
