// An app that uses @lit/localize itself: it configures it first, merges the library's templates
// into its own, and then imports an element module. Nothing may throw, and the elements speak the
// app's locale. (No other module of this page configures @lit/localize: this file is its page.)
import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, msg} from '@lit/localize';
import {storyLoaded, seed, texts} from './helpers.js';

const appTemplates = {de: {'app.greeting': 'Willkommen'}};
const problems: string[] = [];
window.addEventListener('error', (event) => problems.push(event.message));

const {setLocale, getLocale} = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async (locale) => {
    // The README's recipe: the library's templates beside the app's own.
    const widgets = await import('../src/generated/locales/de.js');
    return {templates: {...appTemplates[locale as 'de'], ...widgets.templates}};
  },
});

describe('in an app that configures @lit/localize itself', () => {
  it('imports an element module without an error, and shows it in the app’s locale', async () => {
    await import('../src/story-numbers/story-numbers.js');
    await import('../src/index.js');
    const el = await fixture(html`<story-numbers .story=${seed}></story-numbers>`);
    await storyLoaded(el as HTMLElementTagNameMap['story-numbers']);
    expect(texts(el, 'h2')).to.deep.equal(['By the numbers']);

    await setLocale('de');
    await (el as HTMLElementTagNameMap['story-numbers']).updateComplete;
    expect(getLocale()).to.equal('de');
    expect(texts(el, 'h2')).to.deep.equal(['In Zahlen']);
    expect(msg('Welcome', {id: 'app.greeting'})).to.equal('Willkommen');
    expect(problems).to.deep.equal([]);
  });

  it('leaves the app’s locale alone when <html lang> changes', async () => {
    await setLocale('de');
    document.documentElement.lang = 'fr';
    await new Promise(requestAnimationFrame);
    expect(getLocale()).to.equal('de');
    document.documentElement.lang = 'en';
  });
});
