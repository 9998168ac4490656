// What a reader sees and hears of a live story: "Updated 4 min ago", and one polite
// announcement per update in the UI language; and the page-wide default for `refresh`.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/story-widgets.js';
import type {StoryElement} from '../src/core/story-element.js';
import {nextFrame, seedWith, storyLoaded} from './helpers.js';
import {pageLanguage} from './locale-helpers.js';
import {comeBackAfter, live, liveUrl, logged, newTakes, publish, reset} from './live-helpers.js';

const ago = (locale: string, minutes: number) =>
  new Intl.RelativeTimeFormat(locale, {numeric: 'auto', style: 'short'}).format(-minutes, 'minute');
/** The page's live region (announcer.ts), wherever it is: in one element's shadow root. */
const regions = (els: Element[]) => els.flatMap((el) => [...el.shadowRoot!.querySelectorAll('[aria-live]')]);

afterEach(async () => {
  document.body.replaceChildren();
  reset();
  if (document.documentElement.lang !== 'en') await pageLanguage('en');
});

describe('live stories, as a reader meets them', () => {
  it('show "Updated 4 min ago" from the story\'s `updated`, in the reader\'s language', async () => {
    const updated = new Date(Date.now() - 4 * 60_000 - 5_000).toISOString();
    const el = await fixture<StoryElement>(
      html`<story-summary .story=${seedWith((s) => (s.updated = updated))}></story-summary>`
    );
    await storyLoaded(el);
    const stamp = el.shadowRoot!.querySelector('time[part="updated"]')!;
    expect(stamp.getAttribute('datetime')).to.equal(updated);
    expect(stamp.textContent).to.equal(`Updated ${ago('en', 4)}`);
    expect(stamp.textContent).to.equal('Updated 4 min. ago');
    await pageLanguage('de');
    await el.updateComplete;
    expect(stamp.isConnected ? stamp.textContent : '').to.equal(`Aktualisiert ${ago('de', 4)}`);
  });

  it('render "Updated now" again when it becomes "Updated 1 min. ago", by itself', async () => {
    // Two seconds short of a minute: a slow engine still renders "now" first.
    const updated = new Date(Date.now() - 58_000).toISOString();
    const el = await fixture<StoryElement>(
      html`<story-summary .story=${seedWith((s) => (s.updated = updated))}></story-summary>`
    );
    await storyLoaded(el);
    const stamp = () => el.shadowRoot!.querySelector('time[part="updated"]')!.textContent;
    expect(stamp()).to.equal('Updated now');
    // The element renders again when the words change: wait for that render, not for a timer.
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (stamp() === 'Updated now') return;
        observer.disconnect();
        resolve();
      });
      observer.observe(el.shadowRoot!, {subtree: true, characterData: true, childList: true});
    });
    expect(stamp()).to.equal(`Updated ${ago('en', 1)}`);
  });

  it('announce each update once, politely, in the UI language, then leave', async function () {
    this.timeout(15000);
    await pageLanguage('de');
    const {url, key} = liveUrl();
    const els = [
      await live('story-summary', url),
      await live('takes-by-lens', url),
      await live('story-numbers', url),
      await live('entity-chip', url, {entity: 'venezuela'}),
    ];
    await publish(
      key,
      seedWith((s) => {
        s.dek = 'A revised dek';
        s.numbers[0].value = '13 June 2026';
        s.lenses[1].takes.push(
          {outlet: 'Reuters', url: 'https://example.org/a'},
          {outlet: 'AP', url: 'https://example.org/b'}
        );
      })
    );
    comeBackAfter(61);
    await Promise.all(els.map((el) => oneEvent(el, 'story-update')));
    const list = new Intl.ListFormat('de', {style: 'short', type: 'unit'});
    const words = list.format(['Zusammenfassung aktualisiert', '2 neue Beiträge', 'Zahlen aktualisiert']);
    // One region for the page, there before its words, which come a moment after.
    expect(regions(els)).to.have.length(1);
    const [region] = regions(els);
    // (Said with the stories' loading, if that was a moment before.)
    await new Promise<void>((done) => {
      if (region.textContent!.endsWith(words)) return done();
      new MutationObserver(() => region.textContent!.endsWith(words) && done()).observe(region, {
        childList: true,
      });
    });
    expect(region.getAttribute('lang')).to.equal('de');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.closest('[aria-hidden="true"]')).to.equal(null);
    // Then it goes: reading the page later meets no old words, and no empty region.
    await new Promise<void>((done) =>
      new MutationObserver(() => !region.isConnected && done()).observe(region.parentNode!, {childList: true})
    );
    expect(regions(els)).to.have.length(0);
  });

  it('keep a server-rendered (inline) story current from the URL its script names', async () => {
    const {url, key} = liveUrl();
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      id: `inline-${key}`,
      text: JSON.stringify(seedWith()),
    });
    script.dataset.src = url;
    const unnamed = Object.assign(document.createElement('script'), {
      type: 'application/json',
      id: `unnamed-${key}`,
      text: JSON.stringify(seedWith()),
    });
    document.body.append(script, unnamed);
    const el = await live('story-numbers', `#${script.id}`);
    const plain = await live('story-numbers', `#${unnamed.id}`);
    await publish(
      key,
      seedWith((s) => (s.numbers[0].value = '13 June 2026'))
    );
    let plainUpdates = 0;
    plain.addEventListener('story-update', () => plainUpdates++);
    comeBackAfter(61);
    await oneEvent(el, 'story-update');
    expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('13 June 2026');
    expect(plainUpdates, 'inline JSON that names no URL stays as it is').to.equal(0);
  });

  it('follow <meta name="story-widgets:refresh"> where an element has no refresh of its own', async () => {
    const meta = Object.assign(document.createElement('meta'), {
      name: 'story-widgets:refresh',
      content: '60',
    });
    document.head.append(meta);
    try {
      const {url, key} = liveUrl();
      const el = document.createElement('story-numbers') as StoryElement;
      el.setAttribute('src', url);
      document.body.append(el);
      await storyLoaded(el);
      await import('../src/live.js');
      await publish(
        key,
        seedWith((s) => (s.numbers[0].value = '13 June 2026'))
      );
      comeBackAfter(61);
      await oneEvent(el, 'story-update');
      expect((await logged(key, 2)).length).to.equal(2);
    } finally {
      meta.remove();
    }
  });
  it('keep what the reader sees in place and focus where it was; mark new takes until seen', async () => {
    const {url, key} = liveUrl();
    const el = await live('takes-by-lens', url, {limit: '3'});
    const reading = document.createElement('p');
    reading.textContent = 'The reader is here.';
    reading.style.height = '3000px';
    el.after(reading);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more"]')!;
    button.focus({preventScroll: true});
    scrollTo(0, reading.offsetTop + 500);
    const before = reading.getBoundingClientRect().top;
    const height = el.offsetHeight;
    await publish(
      key,
      seedWith((s) => newTakes(s, 3))
    );
    comeBackAfter(61);
    await oneEvent(el, 'story-update');
    await nextFrame();
    expect(el.offsetHeight, 'the element grew').to.be.above(height + 50);
    expect(reading.getBoundingClientRect().top, 'nothing the reader sees moved').to.be.closeTo(before, 1);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const marked = [...el.shadowRoot!.querySelectorAll('[part~="new"]')];
    expect(marked).to.have.length(2, 'the two new takes shown (limit 3)');
    expect(marked[0].querySelector('.outlet')!.textContent).to.contain('Outlet 0');
    expect(marked[1].querySelector('.outlet')!.textContent).to.contain('Outlet 1');
    expect(marked[0].querySelector('[part="new-mark"]')!.textContent).to.equal('New');
    marked[0].scrollIntoView();
    for (let i = 0; i < 3; i++) await nextFrame();
    scrollTo(0, reading.offsetTop + 500);
    // Marked while out of view (never seen); seen, then out of view again: the marks go.
    while (el.shadowRoot!.querySelector('[part~="new"]')) await nextFrame();
  });
});
