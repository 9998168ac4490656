// <takes-by-lens> with many takes against exactly its own DOM built by hand: the same elements,
// attributes, text and stylesheets, made with createElement from a snapshot of what the element
// rendered. Both times include layout. Also the JS heap each keeps per 1,000 takes.
import {benchPage, heap, mb, median, ms, storyWithTakes} from './harness.js';

const page = benchPage(
  'takes',
  `<style>body { margin: 0 } .column { width: 680px }</style>
  <script type="module">
    import '/dist/story-widgets.all.js';
    // Rendering is measured, not validation: an element validates the story once, and the others
    // take the story it gives (el.story) as it is.
    window.validate = async (story) => {
      const el = document.body.appendChild(document.createElement('takes-by-lens'));
      el.story = story;
      await el.storyComplete;
      window.story = el.story;
      el.remove();
    };
    const column = () => document.body.appendChild(Object.assign(document.createElement('div'), {className: 'column'}));

    /** Renders the element with \`story\`, layout included; the time, and the element's DOM. */
    window.renderElement = async (story, keep = false, record = true) => {
      const parent = column();
      const el = document.createElement('takes-by-lens');
      parent.append(el);
      gc(); // no collection of an earlier run's garbage inside this one
      const start = performance.now();
      el.story = story;
      await el.storyComplete;
      document.body.offsetHeight;
      const time = performance.now() - start;
      if (record) window.spec = snapshot(el.shadowRoot);
      window.sheets = el.shadowRoot.adoptedStyleSheets;
      if (!keep) parent.remove();
      return time;
    };

    const snapshot = (node) =>
      node.nodeType === 3
        ? node.data
        : [node.localName, [...(node.attributes ?? [])].map((a) => [a.name, a.value]), [...node.childNodes].filter((n) => n.nodeType !== 8).map(snapshot)];

    const build = (spec) => {
      if (typeof spec === 'string') return document.createTextNode(spec);
      const [tag, attributes, children] = spec;
      const el = document.createElement(tag);
      for (const [name, value] of attributes) el.setAttribute(name, value);
      for (const child of children) el.append(build(child));
      return el;
    };

    /** The same DOM by hand, in a shadow root with the same stylesheets, layout included. */
    window.renderByHand = (keep = false) => {
      const parent = column();
      const host = parent.appendChild(document.createElement('div'));
      gc();
      const start = performance.now();
      const root = host.attachShadow({mode: 'open'});
      root.adoptedStyleSheets = window.sheets;
      for (const child of window.spec[2]) root.append(build(child));
      document.body.offsetHeight;
      const time = performance.now() - start;
      if (!keep) parent.remove();
      return time;
    };
  </script>`
);

export async function takes({browser, base, seed, runs}) {
  const lines = [];
  const tab = await browser.newPage();
  await tab.goto(base + page);
  await tab.waitForFunction(() => customElements.get('takes-by-lens'));
  const times = {};
  for (const count of [1000, 10000]) {
    const story = storyWithTakes(seed, count);
    await tab.evaluate((s) => window.validate(s), story);
    // Once to warm both paths.
    await tab.evaluate(() => window.renderElement(window.story).then(() => window.renderByHand()));
    const element = [];
    const byHand = [];
    for (let i = 0; i < (count > 1000 ? Math.ceil(runs / 3) : runs); i++) {
      element.push(await tab.evaluate(() => window.renderElement(window.story)));
      byHand.push(await tab.evaluate(() => window.renderByHand()));
    }
    const ratios = element.map((time, i) => time / byHand[i]);
    times[count] = median(element);
    lines.push(
      `takes-by-lens, ${count} takes: ${ms(median(element))} vs ${ms(median(byHand))} by hand; ` +
        `ratio median ${median(ratios).toFixed(2)}×, worst ${Math.max(...ratios).toFixed(2)}× (${element.length} runs)`
    );
  }
  lines.push(
    `  10,000 takes take ${(times[10000] / times[1000]).toFixed(1)}× the time of 1,000 (linear: 10×)`
  );

  // The heap each keeps, rendered and in the page, per 1,000 takes: each in a fresh page that has
  // rendered a small story first (compiled code, stylesheets), with the story or the snapshot
  // already in it.
  const story = storyWithTakes(seed, 1000);
  await tab.evaluate((s) => window.renderElement(s), story);
  const spec = await tab.evaluate(() => window.spec);
  const kept = async (render) => {
    const fresh = await browser.newPage();
    await fresh.goto(base + page);
    await fresh.waitForFunction(() => customElements.get('takes-by-lens'));
    await fresh.evaluate(
      async (small, s, snapshot) => {
        await window.validate(s);
        window.snapshotOf1000 = snapshot;
        return window.renderElement(small);
      },
      storyWithTakes(seed, 8),
      story,
      spec
    );
    await fresh.evaluate(() => (window.spec = window.snapshotOf1000));
    const before = await heap(fresh);
    await fresh.evaluate(render);
    const after = await heap(fresh);
    await fresh.close();
    return {js: after.js - before.js, total: after.total - before.total};
  };
  const elementHeap = await kept(() => void window.renderElement(window.story, true, false));
  const handHeap = await kept(() => void window.renderByHand(true));
  lines.push(
    `memory per 1,000 rendered takes (JS + DOM heap): ${mb(elementHeap.total)} (JS ${mb(elementHeap.js)}); ` +
      `by hand ${mb(handHeap.total)} (JS ${mb(handHeap.js)}): ${(elementHeap.total / handHeap.total).toFixed(1)}×`
  );
  await tab.close();
  return lines;
}
