// Locale details: the words in the negotiated locale, the formats in the page's own tag.
import {expect, fixture, html} from '@open-wc/testing';
import {LOCALE_STATUS_EVENT} from '@lit/localize';
import '../src/story-widgets.js';
import {negotiateLocale} from '../src/i18n/localization.js';
import type {StoryElement} from '../src/core/story-element.js';
import {seed, storyLoaded, texts} from './helpers.js';

/** Sets `<html lang>`, and resolves once the elements have what it asks for. */
function pageLanguage(tag: string) {
  const ready = new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      const {detail} = event as CustomEvent<{status: string; readyLocale?: string}>;
      if (detail.status === 'ready' && detail.readyLocale === negotiateLocale(tag)) {
        removeEventListener(LOCALE_STATUS_EVENT, listener);
        resolve();
      }
    };
    addEventListener(LOCALE_STATUS_EVENT, listener);
  });
  document.documentElement.lang = tag;
  return ready;
}

describe('locale details', () => {
  afterEach(() => pageLanguage('en'));

  for (const [tag, date] of [
    ['en-GB', '12 June 2026'],
    ['en-US', 'June 12, 2026'],
    ['es-MX', '12 de junio de 2026'],
    ['pt-PT', '12 de junho de 2026'],
  ]) {
    it(`dates an ${tag} page as ${tag} does: ${date}`, async () => {
      const el = await fixture<StoryElement>(html`<story-summary .story=${seed}></story-summary>`);
      await storyLoaded(el);
      await pageLanguage(tag);
      await el.updateComplete;
      expect(texts(el, 'time')).to.deep.equal([date]);
    });
  }

  it('translates the story types the format names, and shows any other as given', async () => {
    await pageLanguage('de');
    const el = await fixture<StoryElement>(html`<story-summary .story=${seed}></story-summary>`);
    await storyLoaded(el);
    expect(texts(el, '[part="type"]')).to.deep.equal(['Ereignis']);
    el.story = {...seed, type: 'explainer'};
    await storyLoaded(el);
    expect(texts(el, '[part="type"]')).to.deep.equal(['explainer']);
    expect(el.shadowRoot!.querySelector('[part="type"]')!.getAttribute('lang')).to.equal('en');
  });

  it('does not name the story’s own language beside each take on a page in another', async () => {
    await pageLanguage('fr');
    const el = await fixture<StoryElement>(html`<takes-by-lens .story=${seed}></takes-by-lens>`);
    await storyLoaded(el);
    expect(texts(el, '[part="language"]')).to.deep.equal([]);
  });
});
