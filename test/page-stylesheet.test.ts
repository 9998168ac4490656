import {expect} from '@open-wc/testing';
import {storyUrl} from './helpers.js';

/**
 * A publisher's page that links dist/story-widgets.css and has not loaded the script yet: the
 * elements are not defined. Their story never answers while the test runs.
 */
async function pageBeforeTheScript(width: number) {
  const {url} = storyUrl({delay: 30_000});
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <link rel="stylesheet" href="/dist/story-widgets.css">
    <style>body { margin: 0; font: 18px/1.6 Georgia, serif }</style></head><body>
    <story-summary src="${url}"><a href="/s">Read the story</a></story-summary>
    <story-summary src="${url}" sections="summary why watch"></story-summary>
    <takes-by-lens src="${url}" limit="3"></takes-by-lens>
    <takes-by-lens src="${url}" limit="0"></takes-by-lens>
    <takes-by-lens src="${url}"></takes-by-lens>
    <story-numbers src="${url}"></story-numbers>
    <story-numbers src="${url}" layout="list"></story-numbers>
    <p>In <entity-chip name="Venezuela" href="/v"></entity-chip> and
      <entity-chip src="${url}" entity="venezuela">Venezuela</entity-chip>, the strike.</p>
  </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const elements = [...doc.querySelectorAll('story-summary, takes-by-lens, story-numbers, entity-chip')];
  return {frame, doc, elements};
}

const box = (el: Element) => {
  const {width, height} = el.getBoundingClientRect();
  return el.localName === 'entity-chip' ? width : height;
};

describe('dist/story-widgets.css', () => {
  for (const width of [375, 680]) {
    it(`keeps each element's place before the script runs, as its skeleton keeps it after (${width} px)`, async () => {
      const {frame, doc, elements} = await pageBeforeTheScript(width);
      expect(elements.every((el) => !el.matches(':defined'))).to.equal(true);
      const before = elements.map(box);
      const em = parseFloat(getComputedStyle(doc.body).fontSize);
      // A block keeps at least the height of ten lines; a chip its name's width.
      before.forEach((size, i) =>
        expect(size, elements[i].outerHTML).to.be.greaterThan(
          elements[i].localName === 'entity-chip' ? 3 * em : 10 * em
        )
      );

      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/story-widgets.js';
      doc.head.append(script);
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('story-summary');
      // Defined, not rendered yet (a first render waits for the page's next paint): the same place.
      elements.forEach((el, i) => expect(box(el), `defined: ${el.outerHTML}`).to.be.closeTo(before[i], 0.5));
      await Promise.all(elements.map((el) => (el as HTMLElementTagNameMap['story-summary']).updateComplete));
      const bound = elements.filter((el) => el.hasAttribute('src'));
      expect(bound.every((el) => el.matches(':state(loading)'))).to.equal(true);
      elements.forEach((el, i) => expect(box(el), el.outerHTML).to.be.closeTo(before[i], 0.5));
      frame.remove();
    });
  }
});
