// How long the four elements take to show a story the page already has (the data layer's cache):
// cold, the first elements of a fresh page (code, Intl formatters and locale data all new), and
// warm, the same again in that page. Also a full page load with the story over HTTP.
import {benchPage, median, ms, quantile} from './harness.js';

const seedUrl = '/test/fixtures/venezuela-nino-guerrero-strike.json';
const four = (
  src
) => `<story-summary src="${src}"></story-summary><takes-by-lens src="${src}"></takes-by-lens>
  <story-numbers src="${src}"></story-numbers><entity-chip src="${src}" entity="venezuela"></entity-chip>`;

const cachedPage = benchPage(
  'first-render',
  `<script type="module">
    import {loadStory} from '/dist/story-widgets.all.js';
    await loadStory('${seedUrl}');
    /** Adds the four elements on the cached story; resolves with the time until all rendered. */
    window.renderFour = async () => {
      const box = document.createElement('div');
      const start = performance.now();
      box.innerHTML = ${JSON.stringify(four(seedUrl))};
      document.body.append(box);
      await Promise.all([...box.children].map((el) => el.storyComplete));
      document.body.offsetHeight;
      return performance.now() - start;
    };
    window.ready = true;
  </script>`
);

const loadPage = benchPage(
  'page-load',
  `<script type="module" src="/dist/story-widgets.js"></script>${four(seedUrl)}`
);

export async function firstRender({browser, base, runs}) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    const tab = await browser.newPage();
    await tab.goto(base + cachedPage);
    await tab.waitForFunction(() => window.ready);
    cold.push(await tab.evaluate(() => window.renderFour()));
    warm.push(await tab.evaluate(() => window.renderFour()));
    await tab.close();
  }
  const loads = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.createBrowserContext(); // a cold HTTP cache every run
    const tab = await context.newPage();
    await tab.evaluateOnNewDocument(() => {
      window.rendered = new Promise((resolve) => {
        let count = 0;
        addEventListener('story-load', () => ++count === 4 && resolve(performance.now()), true);
      });
    });
    await tab.goto(base + loadPage);
    loads.push(await tab.evaluate(() => window.rendered));
    await context.close();
  }
  return [
    `first render of the four elements from a cached story: cold ${ms(median(cold))}, warm ${ms(median(warm))} (median of ${runs})`,
    `page load to all four rendered, story over HTTP, cold cache: median ${ms(median(loads))}, p90 ${ms(quantile(loads, 0.9))}`,
  ];
}
