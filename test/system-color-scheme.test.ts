// The reader's system colour scheme against the page's `color-scheme`. Firefox and WebKit cannot
// emulate the system's scheme, so their suites run this file once more on a dark system.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/story-summary/story-summary.js';
import type {StorySummaryElement} from '../src/story-summary/story-summary.component.js';
import {resetSystemScheme, SEED_URL, storyLoaded, systemScheme} from './helpers.js';

const dark = 'rgb(23, 25, 30)';
const light = 'rgb(255, 255, 255)';

async function summary() {
  const el = await fixture<StorySummaryElement>(html`<story-summary src=${SEED_URL}></story-summary>`);
  await storyLoaded(el);
  return getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;
}

describe('the reader’s system colour scheme', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    await resetSystemScheme();
  });

  it('does not darken a light page on a dark system', async function () {
    await systemScheme(this, 'dark');
    expect(await summary()).to.equal(light);
  });

  it('is light on a page with color-scheme: light dark and a light system', async function () {
    await systemScheme(this, 'light');
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    expect(await summary()).to.equal(light);
  });

  it('is dark on a page with color-scheme: light dark and a dark system', async function () {
    await systemScheme(this, 'dark');
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    expect(await summary()).to.equal(dark);
  });
});
