import {expect} from '@open-wc/testing';
import {seed} from './helpers.js';

/** Opens a test page in an iframe; `problems` are what test/pages/record-problems.js saw. */
async function openPage(src: string) {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow! as Window & typeof globalThis & {problems: string[]};
  return {frame, win, problems: win.problems};
}

describe('dist/story-widgets.js on a plain publisher page', () => {
  it('renders the seed figures from the built file, under a strict CSP with Trusted Types', async () => {
    const {frame, win, problems} = await openPage('/test/pages/publisher.html');
    const el = win.document.querySelector('story-numbers')!;
    await win.customElements.whenDefined('story-numbers');
    if (!el.shadowRoot?.querySelector('dl')) {
      await new Promise((resolve) => el.addEventListener('story-load', resolve, {once: true}));
    }
    const values = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(values).to.deep.equal(seed.numbers.map((n: any) => n.value));
    expect(problems).to.deep.equal([]);
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\/(src|node_modules)\//.test(path));
    // The bundle is self-contained: it loads nothing from node_modules or src.
    expect(scripts).to.deep.equal([]);
    frame.remove();
  });
});
