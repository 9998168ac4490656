// A page of server output (storyWidgetsPage, test/fixtures/ssr/page.<lang>.html): the three block
// elements of one story share one inline JSON, and each takes its story from it when the
// publishers' script takes them over — no request for it, nothing on screen changing.
import {expect} from '@open-wc/testing';
import type {StoryElement} from '../src/core/story-element.js';
import {addPublishersScript, openServerOutput, seed} from './helpers.js';

const tags = ['story-summary', 'takes-by-lens', 'story-numbers'];

/** The page's server output in an iframe, under a strict CSP; `scripts: false` sandboxes it. */
async function open(lang: string, scripts = true) {
  const output = await (await fetch(`/test/fixtures/ssr/page.${lang}.html`)).text();
  const {frame, win} = await openServerOutput(`<p>An article paragraph before the embeds.</p>${output}`, {
    lang,
    height: 3000,
    scripts,
  });
  const elements = tags.map((tag) => win.document.querySelector<StoryElement>(tag)!);
  return {frame, win, elements};
}

/** Where every box of the elements' shadow trees is. */
const boxes = (elements: StoryElement[]) =>
  elements.flatMap((el) =>
    [...el.shadowRoot!.querySelectorAll('*')].map((node) => {
      const {x, y, width, height} = node.getBoundingClientRect();
      return [x, y, width, height].map((n) => Math.round(n * 2) / 2).join(' ');
    })
  );

describe('server output of one page', () => {
  for (const lang of ['en', 'ar']) {
    it(`(${lang}) holds one inline story that all three elements point to, and shows it without JavaScript`, async () => {
      const {frame, win, elements} = await open(lang, false);
      const inline = win.document.querySelectorAll('script[type="application/json"]');
      expect(inline.length).to.equal(1);
      for (const el of elements) {
        expect(el.getAttribute('src')).to.equal(`#${inline[0].id}`);
        expect(el.shadowRoot, `${el.localName}'s declarative shadow root`).to.be.instanceOf(win.ShadowRoot);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      expect(elements[0].shadowRoot!.textContent).to.include(seed.title);
      frame.remove();
    });

    it(`(${lang}) is taken over: each element has the story, with no request for it and nothing moving`, async () => {
      const {frame, win, elements} = await open(lang);
      const before = boxes(elements);
      const nodes = elements.map((el) => [...el.shadowRoot!.querySelectorAll('*')]);
      const loads = elements.map(
        (el) => new Promise((resolve) => el.addEventListener('story-load', resolve, {once: true}))
      );
      addPublishersScript(win);
      await Promise.all(loads);
      for (const el of elements) expect(el.story?.title, el.localName).to.equal(seed.title);
      // The server's very nodes stay, where they were.
      elements.forEach((el, i) => {
        const kept = [...el.shadowRoot!.querySelectorAll('*')];
        expect(
          kept.length === nodes[i].length && kept.every((node, n) => node === nodes[i][n]),
          el.localName
        ).to.equal(true);
      });
      expect(boxes(elements)).to.deep.equal(before);
      const requests = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname);
      expect(requests.filter((path) => !path.endsWith('.js'))).to.deep.equal([]);
      expect(win.problems).to.deep.equal([]);
      frame.remove();
    });
  }
});
