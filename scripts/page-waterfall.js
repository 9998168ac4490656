// `node scripts/page-waterfall.js [dir]` (after `npm run build`): when a publisher's page starts
// its story, by the elements it holds — a page with all four, only a chip, none — loading the
// publishers' script from `dir`, a folder of this checkout (default dist; for comparison, the
// dist/ of another build copied in: `cp -r ../main/dist dist-0.2`), under
// Lighthouse's slow 4G (150 ms round trip, 1.6 Mbit/s), median of RUNS (default 5). Prints the
// files before the story's request (the waterfall's depth), when it starts, when the story has
// arrived, when the last element showed it (story-load), and the script bytes the page loaded. Prints figures and asserts nothing.
import puppeteer from 'puppeteer-core';
import {launchOptions, serve} from './chromium.js';

const dir = process.argv[2] ?? 'dist';
const runs = Number(process.env.RUNS ?? 5);
const root = new URL('..', import.meta.url).pathname;
const story = '/test/fixtures/venezuela-nino-guerrero-strike.json';
const script = `/${dir}`;
const page = (body) => [
  'text/html',
  `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="stylesheet" href="${script}/story-widgets.css"><script type="module" src="${script}/story-widgets.js"></script><main>${body}</main>`,
];
const chip = `<p>In <entity-chip src="${story}" entity="venezuela-crisis">Venezuela</entity-chip>.</p>`;
const routes = {
  '/all.html': page(
    `<story-summary src="${story}"></story-summary>${chip}<takes-by-lens src="${story}" limit="3"></takes-by-lens><story-numbers src="${story}"></story-numbers>`
  ),
  '/chip.html': page(chip),
  '/none.html': page('<p>No element.</p>'),
};
const {server, base} = await serve(root, routes);
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await puppeteer.launch(launchOptions);
try {
  console.log(`${dir}: ${runs} runs, slow 4G`);
  for (const path of Object.keys(routes)) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const tab = await browser.newPage();
      const cdp = await tab.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      // When each element's story-load event fired: the story shown.
      await tab.evaluateOnNewDocument(() => {
        const shown = [];
        Object.assign(window, {shown});
        document.addEventListener('story-load', () => shown.push(performance.now()));
      });
      const requests = new Map();
      cdp.on('Network.requestWillBeSent', ({requestId, request, timestamp}) =>
        requests.set(requestId, {url: new URL(request.url).pathname, start: timestamp})
      );
      cdp.on('Network.loadingFinished', ({requestId, timestamp, encodedDataLength}) =>
        Object.assign(requests.get(requestId) ?? {}, {end: timestamp, bytes: encodedDataLength})
      );
      await tab.goto(`${base}${path}`, {waitUntil: 'networkidle0'});
      const shownAt = await tab.evaluate(() => (window.shown.length ? Math.max(...window.shown) : NaN));
      const all = [...requests.values()];
      const html = all.find((r) => r.url.endsWith('.html'));
      const json = all.find((r) => r.url.endsWith('.json'));
      const js = all.filter((r) => r.url.endsWith('.js'));
      samples.push({
        before: json
          ? js.filter((r) => r.end !== undefined && r.end <= json.start).map((r) => r.url.split('/').pop())
          : [],
        start: json ? (json.start - html.start) * 1000 : NaN,
        end: json ? (json.end - html.start) * 1000 : NaN,
        bytes: js.reduce((sum, r) => sum + (r.bytes ?? 0), 0),
        shown: shownAt,
      });
      await tab.close();
    }
    const start = median(samples.map((s) => s.start));
    const end = median(samples.map((s) => s.end));
    const bytes = median(samples.map((s) => s.bytes));
    const shown = median(samples.map((s) => s.shown));
    const before = samples[0].before.join(' + ') || '–';
    console.log(
      `  ${path.padEnd(10)} story requested at ${Number.isNaN(start) ? '–' : `${Math.round(start)} ms`}, arrived ${Number.isNaN(end) ? '–' : `${Math.round(end)} ms`}, shown ${Number.isNaN(shown) ? '–' : `${Math.round(shown)} ms`}; scripts before it: ${before}; script bytes on the wire ${bytes} B`
    );
  }
} finally {
  await browser.close();
  server.close();
}
