// Live stories (`refresh`): what one reader costs a story's host in an hour, and what an update
// costs the reader's page. A page with the three block elements and a chip follows a story that
// changes twice an hour (minutes 20 and 40). The hour passes on the page's clock (Date.now, which
// StoryPoll reads) and each minute the page is shown again, which asks when a request is due:
// the requests a reader's timer makes, without waiting an hour. Bytes are what crossed the wire
// (Chrome's encodedDataLength: headers and gzip body), with validators (304s) and without.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {benchPage, median, ms} from './harness.js';

const seed = JSON.parse(
  readFileSync(new URL('../../test/fixtures/venezuela-nino-guerrero-strike.json', import.meta.url), 'utf8')
);
const host = {version: 1, validators: true};
const versionOf = (n) =>
  JSON.stringify(
    n === 1 ? seed : {...seed, dek: `${seed.dek} (revision ${n})`, updated: '2026-06-12T18:00:00Z'}
  );

/** The story as a static host serves it: ETag, Last-Modified, no-cache (or, without validators, no-store). */
export const liveStory = {
  '/bench/live-story.json': (request, response) => {
    const etag = `"v${host.version}"`;
    const headers = host.validators
      ? {
          etag,
          'last-modified': new Date(Date.UTC(2026, 5, 12, host.version)).toUTCString(),
          'cache-control': 'no-cache',
        }
      : {'cache-control': 'no-store'};
    if (host.validators && request.headers['if-none-match'] === etag)
      return response.writeHead(304, headers).end();
    const body = gzipSync(versionOf(host.version));
    response
      .writeHead(200, {
        ...headers,
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        vary: 'accept-encoding',
      })
      .end(body);
  },
};

const page = benchPage(
  'live',
  `<script type="module" src="/dist/story-widgets.js"></script>
  <story-summary src="/bench/live-story.json" refresh="60"></story-summary>
  <takes-by-lens src="/bench/live-story.json" refresh="60" limit="3"></takes-by-lens>
  <story-numbers src="/bench/live-story.json" refresh="60"></story-numbers>
  <p>In <entity-chip src="/bench/live-story.json" refresh="60" entity="venezuela">Venezuela</entity-chip>.</p>`
);

/** Opens the page in `tab` and waits until dist/live.js follows its story: then its clock may run. */
async function following(tab, base) {
  await tab.goto(base + page);
  await tab.evaluate(() =>
    Promise.all([...document.querySelectorAll('[refresh]')].map((el) => el.storyComplete))
  );
  await tab.waitForFunction(
    () => performance.getEntriesByName(new URL('/dist/live.js', location.href).href).length
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** One reader's hour: requests by status and bytes, after the first load. */
async function hour(browser, base, validators) {
  Object.assign(host, {version: 1, validators});
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.responseReceived', ({requestId, response}) => {
    if (response.url.endsWith('/bench/live-story.json'))
      requests.set(requestId, {status: response.status, bytes: 0});
  });
  cdp.on('Network.loadingFinished', ({requestId, encodedDataLength}) => {
    if (requests.has(requestId)) requests.get(requestId).bytes = encodedDataLength;
  });
  await following(tab, base);
  await tab.evaluate(() => {
    const real = Date.now;
    window.minute = 0;
    Date.now = () => real() + window.minute * 60_000;
  });
  requests.clear();
  for (let minute = 1; minute <= 60; minute++) {
    if (minute === 20 || minute === 40) host.version++;
    const before = requests.size;
    await tab.evaluate((m) => {
      window.minute = m;
      document.dispatchEvent(new Event('visibilitychange'));
    }, minute);
    // The request of this minute, when one is due, and its answer, before the clock moves on.
    const settled = () => requests.size > before && [...requests.values()].every((r) => r.bytes);
    for (let i = 0; i < 100 && !settled(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await tab.close();
  const all = [...requests.values()];
  return {
    requests: all.length,
    notModified: all.filter((r) => r.status === 304).length,
    bytes: all.reduce((sum, r) => sum + r.bytes, 0),
  };
}

/** The time from a due check to `story-update` on every element (the loopback request included). */
async function updateTime(browser, base, runs) {
  Object.assign(host, {version: 1, validators: true});
  const tab = await browser.newPage();
  await following(tab, base);
  const times = [];
  for (let run = 1; run <= runs; run++) {
    host.version++;
    times.push(
      await tab.evaluate(async (run) => {
        const real = (window.realNow ??= Date.now);
        Date.now = () => real() + run * 61_000;
        const elements = [...document.querySelectorAll('[refresh]')];
        const updated = Promise.all(
          elements.map((el) => new Promise((r) => el.addEventListener('story-update', r, {once: true})))
        );
        const start = performance.now();
        document.dispatchEvent(new Event('visibilitychange'));
        await updated;
        return performance.now() - start;
      }, run)
    );
  }
  await tab.close();
  return median(times);
}

export async function live({browser, base, runs}) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const lines = ['', 'Live stories: one reader for an hour, refresh="60", a story that changes twice'];
  for (const validators of [true, false]) {
    const {requests, notModified, bytes} = await hour(browser, base, validators);
    lines.push(
      `  ${validators ? 'ETag + Last-Modified, no-cache' : 'no validators (no-store)   '}  ` +
        `${requests} requests (${notModified} × 304), ${kb(bytes)} on the wire`
    );
  }
  lines.push(
    `  an update, check to story-update on 4 elements (median of ${runs}): ${ms(await updateTime(browser, base, runs))}`
  );
  return lines;
}
