// What the elements leave behind: 1,000 cycles of adding the four elements (two of them lazy,
// below the fold) and removing them, and a homepage of 50 elements over 25 stories.
import {readFileSync} from 'node:fs';
import {benchPage, heap, mb, median, ms} from './harness.js';

const seed = JSON.parse(
  readFileSync(new URL('../../test/fixtures/venezuela-nino-guerrero-strike.json', import.meta.url))
);
const requests = new Map();
/** `/bench/stories/N.json`: 25 distinct stories, each request counted. */
export const homepageStories = Object.fromEntries(
  Array.from({length: 25}, (_, n) => [
    `/bench/stories/${n}.json`,
    (request, response) => {
      requests.set(n, (requests.get(n) ?? 0) + 1);
      response
        .writeHead(200, {'content-type': 'application/json'})
        .end(JSON.stringify({...seed, id: `story-${n}`}));
    },
  ])
);

// Counts, from before the bundle runs, what stays registered: listeners on window and document,
// and elements observed by an IntersectionObserver or a MutationObserver.
const counters = `<script>
  window.live = {listeners: 0, observed: 0};
  for (const target of [window, document]) {
    const add = target.addEventListener.bind(target), remove = target.removeEventListener.bind(target);
    const seen = new Set();
    target.addEventListener = (type, fn, o) => { const k = type + '|' + (o?.capture ?? o === true); if (!seen.has(fn + k)) { seen.add(fn + k); live.listeners++; } add(type, fn, o); };
    target.removeEventListener = (type, fn, o) => { const k = type + '|' + (o?.capture ?? o === true); if (seen.delete(fn + k)) live.listeners--; remove(type, fn, o); };
  }
  const io = IntersectionObserver.prototype, observed = new WeakSet();
  const observe = io.observe, unobserve = io.unobserve;
  io.observe = function (el) { if (!observed.has(el)) { observed.add(el); live.observed++; } observe.call(this, el); };
  io.unobserve = function (el) { if (observed.delete(el)) live.observed--; unobserve.call(this, el); };
</script>`;

const cyclesPage = benchPage(
  'cycles',
  `${counters}<script type="module">
    import {loadStory} from '/dist/story-widgets.all.js';
    const src = '/test/fixtures/venezuela-nino-guerrero-strike.json';
    await loadStory(src);
    const html = '<story-summary src="' + src + '"></story-summary><story-numbers src="' + src + '"></story-numbers>' +
      '<div style="height: 300vh"></div><takes-by-lens loading="lazy" src="' + src + '"></takes-by-lens>' +
      '<entity-chip loading="lazy" src="' + src + '" entity="venezuela"></entity-chip>';
    window.cycles = async (n) => {
      for (let i = 0; i < n; i++) {
        const box = document.body.appendChild(document.createElement('div'));
        box.innerHTML = html;
        await Promise.all([...box.querySelectorAll('story-summary, story-numbers')].map((el) => el.storyComplete));
        box.remove();
      }
      return {...window.live};
    };
    window.ready = true;
  </script>`
);

const homepage = (loading) =>
  benchPage(
    `homepage-${loading}`,
    `<script type="module" src="/dist/story-widgets.js"></script><style>body { display: grid; grid-template-columns: 1fr 1fr }</style>` +
      Array.from(
        {length: 25},
        (_, n) =>
          `<story-summary loading="${loading}" sections="meta link" src="/bench/stories/${n}.json"></story-summary>` +
          `<story-numbers loading="${loading}" layout="list" src="/bench/stories/${n}.json"></story-numbers>`
      ).join('')
  );

export async function lifecycle({browser, base, runs}) {
  const tab = await browser.newPage();
  await tab.goto(base + cyclesPage);
  await tab.waitForFunction(() => window.ready);
  const idle = await tab.evaluate(() => window.cycles(0));
  await tab.evaluate(() => window.cycles(200)); // until compiled code and caches settle
  const before = await heap(tab);
  const after = await tab.evaluate(() => window.cycles(1000));
  const afterHeap = await heap(tab);
  await tab.close();
  const lines = [
    `1,000 add/remove cycles of the four elements: heap ${mb(before.total)} → ${mb(afterHeap.total)} ` +
      `(${(((afterHeap.total - before.total) / before.total) * 100).toFixed(1)}%); window/document listeners ` +
      `${idle.listeners} → ${after.listeners}, observed elements ${idle.observed} → ${after.observed}`,
  ];

  for (const loading of ['eager', 'lazy']) {
    const times = [];
    let counted = 0;
    let memory;
    for (let i = 0; i < runs; i++) {
      requests.clear();
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({width: 1000, height: 800});
      await page.goto(base + homepage(loading));
      // Settled: every element near the viewport has its story; the rest wait (lazy).
      times.push(
        await page.evaluate(async () => {
          await customElements.whenDefined('story-summary');
          const near = [...document.querySelectorAll('story-summary, story-numbers')].filter(
            (el) => el.getBoundingClientRect().top < 2 * innerHeight
          );
          await Promise.all(near.map((el) => el.storyComplete));
          return performance.now();
        })
      );
      counted = [...requests.values()].reduce((a, b) => a + b, 0);
      memory = await heap(page);
      await context.close();
    }
    lines.push(
      `homepage, 50 elements over 25 stories, loading="${loading}": ${ms(median(times))} until those near the ` +
        `viewport rendered, ${counted} story requests, heap ${mb(memory.js)} JS + ${mb(memory.dom)} DOM`
    );
  }
  return lines;
}
