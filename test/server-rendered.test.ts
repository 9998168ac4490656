// The server's output (story-widgets/server, test/fixtures/ssr/, written by scripts/ssr-fixtures.js)
// on a publisher's page with a strict CSP: read without JavaScript, then taken over by the
// publishers' script with no request, no error and nothing on screen changing.
import {expect} from '@open-wc/testing';
import type {StoryElement} from '../src/core/story-element.js';
import {addPublishersScript, openServerOutput, seed} from './helpers.js';

const tags = ['story-summary', 'takes-by-lens', 'story-numbers', 'entity-chip'] as const;
type Tag = (typeof tags)[number];

/** What a reader must see of each element: its story's words. */
const expected: Record<Tag, string[]> = {
  'story-summary': [seed.title, seed.dek],
  'takes-by-lens': seed.lenses.flatMap((lens: any) => lens.takes.map((take: any) => take.outlet)),
  // A leading ~ is a mark of its own (read "about"): the figure's words follow it.
  'story-numbers': seed.numbers.flatMap((figure: any) => [figure.value.replace(/^~/, ''), figure.label]),
  'entity-chip': ['Delcy Rodriguez'],
};

/** The palette's body text and accent (tokens.styles.ts), by scheme. */
const palette = {
  light: ['rgb(27, 28, 32)', 'rgb(11, 87, 208)'],
  dark: ['rgb(233, 234, 238)', 'rgb(138, 180, 248)'],
};

/**
 * An article page holding the server's output for `tag`, in an iframe; `scripts: false` sandboxes
 * it. `page` is the page's own language, where it is not the one the server rendered in.
 */
async function open(
  tag: Tag,
  {
    lang = 'en',
    scheme = 'light',
    scripts = true,
    page,
    stylesheet = false,
  }: {lang?: string; scheme?: string; scripts?: boolean; page?: string; stylesheet?: boolean} = {}
) {
  page ??= lang;
  const output = await (await fetch(`/test/fixtures/ssr/${tag}.${lang}.html`)).text();
  const {frame, win} = await openServerOutput(
    `<p>An article paragraph before the embed.</p>${output}<p>And one after it.</p>`,
    {
      lang: page,
      height: 1200,
      scripts,
      head: `\n    <meta name="color-scheme" content="${scheme}">${
        stylesheet ? '\n    <link rel="stylesheet" href="/dist/story-widgets.css">' : ''
      }`,
    }
  );
  return {frame, win, el: win.document.querySelector<StoryElement>(tag)!};
}

/** Every element of `root`'s shadow trees, nested elements' included. */
function shadowElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    el,
    ...(el.shadowRoot ? shadowElements(el.shadowRoot) : []),
  ]);
}

/** What a reader sees of an element: its text, and where every box of it is. */
function picture(el: Element) {
  const boxes = shadowElements(el.shadowRoot!).filter((node) => !['STYLE', 'SLOT'].includes(node.tagName));
  const text = boxes
    .filter((node) => !node.closest('.visually-hidden'))
    .flatMap((node) =>
      [...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.textContent)
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const rect = (node: Element) => {
    const {x, y, width, height} = node.getBoundingClientRect();
    return `${node.localName} ${[x, y, width, height].map((n) => Math.round(n * 2) / 2).join(' ')}`;
  };
  return {text, boxes: boxes.map(rect)};
}

/** Runs the publishers' script in the page, and resolves once `el` and everything in it has its story. */
async function takeOver(win: Window & typeof globalThis, el: StoryElement) {
  const loaded = new Promise((resolve) => el.addEventListener('story-load', resolve, {once: true}));
  addPublishersScript(win);
  await loaded;
  const nested = shadowElements(el.shadowRoot!).filter((node) => node.localName.includes('-'));
  // The summary's chips are standalone (a name and a link): no story to complete, only an update.
  await Promise.all(nested.map((node) => (node as StoryElement).updateComplete));
}

/** Total layout shift the page recorded, where the engine measures it (Chromium). */
function layoutShift(win: Window & typeof globalThis) {
  if (!win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return 0;
  // A buffered observer holds the page's earlier entries at once.
  const observer = new win.PerformanceObserver(() => {});
  observer.observe({type: 'layout-shift', buffered: true});
  const entries = observer.takeRecords() as unknown as {value: number}[];
  observer.disconnect();
  return entries.reduce((sum, entry) => sum + entry.value, 0);
}

describe('server-rendered elements', () => {
  for (const tag of tags) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`<${tag}> is read without JavaScript, styled, on a ${scheme} page`, async () => {
        const {frame, win, el} = await open(tag, {scheme, scripts: false});
        expect(el.shadowRoot, 'declarative shadow root').to.be.instanceOf(win.ShadowRoot);
        const {text} = picture(el);
        for (const words of expected[tag]) expect(text).to.include(words);
        const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
        // The figures link nothing; the other elements link their sources, entities and story.
        expect(links.length > 0).to.equal(tag !== 'story-numbers');
        for (const link of links) expect(link.href).to.match(/^https:\/\//);
        // Styled by the element's own stylesheet (the page's CSP lets its nonce through).
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(palette[scheme]).to.include(getComputedStyle(base).color);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
        frame.remove();
      });
    }

    it(`<${tag}> in Arabic is read right to left without JavaScript`, async () => {
      const {frame, el} = await open(tag, {lang: 'ar', scripts: false});
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      if (tag !== 'entity-chip') expect(picture(el).text).to.match(/[\u0600-\u06ff]/);
      frame.remove();
    });

    for (const lang of ['en', 'ar']) {
      it(`<${tag}> (${lang}) is taken over by the script with no request, no error and no change`, async () => {
        const {frame, win, el} = await open(tag, {lang});
        const before = picture(el);
        // The very nodes the server sent stay: the reader's largest text is not drawn again.
        const nodes = shadowElements(el.shadowRoot!);
        await takeOver(win, el);
        const after = picture(el);
        expect(after.text).to.equal(before.text);
        expect(after.boxes).to.deep.equal(before.boxes);
        const kept = shadowElements(el.shadowRoot!);
        expect(
          kept.length === nodes.length && kept.every((node, i) => node === nodes[i]),
          'the same nodes'
        ).to.equal(true);
        expect(layoutShift(win)).to.equal(0);
        expect(win.problems).to.deep.equal([]);
        const requests = win.performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname);
        expect(requests.filter((path) => !path.endsWith('.js'))).to.deep.equal([]);
        // Live now: the element holds its story, and a reader can use it: its links report, its
        // buttons work (the server's nodes give way to the element's at the first press).
        expect(el.story?.title).to.equal(seed.title);
        const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]');
        if (link) {
          win.addEventListener('click', (event) => event.preventDefault(), {once: true});
          const followed = new Promise<CustomEvent>((resolve) =>
            el.addEventListener('story-link-click', resolve as EventListener, {once: true})
          );
          link.click();
          const {detail} = await followed;
          expect(detail.url).to.equal(link.href);
          expect(detail.kind).to.equal(
            {'story-summary': 'story', 'takes-by-lens': 'source', 'entity-chip': 'entity'}[tag as string]
          );
        }
        if (tag === 'story-summary') {
          el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
          await el.updateComplete;
          expect(picture(el).text).to.include(seed.whyItMatters);
        }
        frame.remove();
      });
    }

    it(`<${tag}> keeps its own height with dist/story-widgets.css linked, before and after the script`, async () => {
      const height = (el: Element) => el.getBoundingClientRect().height;
      const plain = await open(tag, {scripts: false});
      const own = height(plain.el);
      plain.frame.remove();
      // The stylesheet keeps the place of an element still to render: a server's is rendered.
      const linked = await open(tag, {stylesheet: true});
      expect(height(linked.el)).to.equal(own);
      await takeOver(linked.win, linked.el);
      expect(height(linked.el)).to.equal(own);
      expect(layoutShift(linked.win)).to.equal(0);
      linked.frame.remove();
    });

    it(`<${tag}> rendered in English on a German page is shown in German once the script runs`, async () => {
      const {frame, win, el} = await open(tag, {page: 'de'});
      await takeOver(win, el);
      const heading = el.shadowRoot!.querySelector('h2');
      if (heading && tag !== 'story-summary') expect(heading.textContent).to.match(/Zahlen|berichtet/);
      // The server's nodes went, its marker with them: the element rendered its own.
      const marker = [...el.shadowRoot!.childNodes].find(
        (node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('story-widgets:')
      );
      expect(marker).to.equal(undefined);
      frame.remove();
    });
  }
});
