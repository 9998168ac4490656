// `npm run bench` (after `npm run build`): how fast the publisher bundle shows a story, in
// headless Chromium. Prints figures; asserts nothing.
//   - first render: from navigation start until all four elements have fired story-load,
//     on a plain page with only the script tag (median and 90th percentile of RUNS loads)
//   - parseStory: validations of the seed per second
//   - render: re-renders per second of summary, takes and numbers (story property set anew)
import puppeteer from 'puppeteer-core';
import {launchOptions, serve} from './chromium.js';

const RUNS = Number(process.env.RUNS ?? 20);
const rootDir = new URL('..', import.meta.url).pathname;
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/story-widgets.js"></script>
<story-summary src="/test/fixtures/venezuela-nino-guerrero-strike.json"></story-summary>
<takes-by-lens src="/test/fixtures/venezuela-nino-guerrero-strike.json"></takes-by-lens>
<story-numbers src="/test/fixtures/venezuela-nino-guerrero-strike.json"></story-numbers>
<entity-chip src="/test/fixtures/venezuela-nino-guerrero-strike.json" entity="venezuela"></entity-chip>`;

const {server, base} = await serve(rootDir, {'/bench.html': ['text/html', page]});
const url = `${base}/bench.html`;

const browser = await puppeteer.launch(launchOptions);
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
try {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.createBrowserContext(); // a cold cache every run
    const tab = await context.newPage();
    await tab.evaluateOnNewDocument(() => {
      window.rendered = new Promise((resolve) => {
        let count = 0;
        addEventListener('story-load', () => ++count === 4 && resolve(performance.now()), true);
      });
    });
    await tab.goto(url);
    times.push(await tab.evaluate(() => window.rendered));
    await context.close();
  }
  console.log(
    `first render, all four elements, cold cache: median ${quantile(times, 0.5).toFixed(1)} ms, p90 ${quantile(times, 0.9).toFixed(1)} ms (${RUNS} loads)`
  );

  const tab = await browser.newPage();
  await tab.goto(url);
  await tab.evaluate(() => window.rendered);
  const {validations, renders} = await tab.evaluate(async () => {
    const {parseStory} = await import('/dist/story-widgets.js');
    const seed = await (await fetch('/test/fixtures/venezuela-nino-guerrero-strike.json')).json();
    let n = 0;
    const start = performance.now();
    for (; performance.now() - start < 1000; n++) parseStory(seed);
    const elements = [...document.querySelectorAll('story-summary, takes-by-lens, story-numbers')];
    let r = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 1000) {
      for (const el of elements) el.story = {...seed};
      await Promise.all(elements.map((el) => el.updateComplete));
      r++;
    }
    return {validations: n, renders: r};
  });
  console.log(`parseStory on the seed: ${validations} validations/s`);
  console.log(`re-render of summary + takes + numbers from a new story object: ${renders} /s`);
} finally {
  await browser.close();
  server.close();
}
