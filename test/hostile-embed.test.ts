// The hostile corpus of dist/embed.html, third pass: a story URL on an allowed origin that
// redirects to one that is not. The page's allow-list holds for where the story comes from, after
// redirects, whatever its Content-Security-Policy lets through: here the page is served without
// one (`?no-csp`), as a publisher may deploy it, and the element shows its fallback.
import {expect} from '@open-wc/testing';
import type {StoryElement} from '../src/core/story-element.js';
import {requestCount, storyFailed, storyLoaded, storyUrl} from './helpers.js';

afterEach(() => document.body.replaceChildren());

/** embed.html, without its CSP, in a frame showing `src`; its element once it has settled. */
async function embed(src: string, element = 'story-summary') {
  const frame = document.createElement('iframe');
  frame.src = `/dist/embed.html?no-csp&element=${element}&src=${encodeURIComponent(src)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined(element);
  return frame.contentDocument!.querySelector<StoryElement>(element)!;
}

/** A story on the other origin the tests have (127.0.0.1 beside localhost), and its key. */
const elsewhere = () => storyUrl({}, {crossOrigin: true});

describe('dist/embed.html and redirects', () => {
  it('a story on its own origin redirected to another: refused, the fallback shows', async () => {
    const away = elsewhere();
    const el = await embed(storyUrl({redirect: away.url}).url);
    const error = await storyFailed(el);
    expect(error.message).to.contain(`does not show stories from ${new URL(away.url).origin}`);
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('a')!.textContent).to.equal('Read the story');
    expect(el.shadowRoot!.textContent).to.not.contain('Tren de Aragua');
    expect(await requestCount(away.key), 'asked, but never shown').to.be.greaterThan(0);
  });

  it('two redirects on its own origin, then another: refused, for every element', async () => {
    const away = elsewhere();
    const src = storyUrl({redirect: storyUrl({redirect: away.url}).url}).url;
    const el = await embed(src, 'takes-by-lens');
    expect((await storyFailed(el)).message).to.contain('does not show stories from');
    expect(el.shadowRoot!.querySelector('[part="take"]')).to.equal(null);
  });

  it('a redirect that stays on its own origin is followed, and the story shows', async () => {
    const home = storyUrl();
    const el = await embed(storyUrl({redirect: home.url}).url, 'story-numbers');
    await storyLoaded(el);
    expect(el.shadowRoot!.querySelectorAll('dt').length).to.be.greaterThan(0);
    expect(await requestCount(home.key)).to.equal(1);
  });
});
