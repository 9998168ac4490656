// Time to story (issue 38): when the story's own text is painted on the README snippet's page,
// under the throttling Lighthouse's mobile defaults stand for, applied for real (its "devtools"
// figures: 562.5 ms a request, 1.47 Mbit/s down, 4× slower CPU) in a cold browser context each
// run. "Painted": the frame after `<story-summary>`'s `story-load` (its headline and summary are in
// its shadow root by then). The page's own LCP beside it, measured the same way. Median of RUNS.
import {lighthousePages} from './lighthouse.js';
import {median} from './harness.js';

const throttling = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};

async function once(browser, url) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true});
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', throttling);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await tab.evaluateOnNewDocument(() => {
    window.lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.lcp = entry.startTime;
    }).observe({type: 'largest-contentful-paint', buffered: true});
    window.storyPainted = new Promise((resolve) =>
      addEventListener(
        'story-load',
        (event) => {
          if (event.target.localName !== 'story-summary') return;
          // After the frame that paints it: a task posted from requestAnimationFrame runs after.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
        },
        true
      )
    );
  });
  await tab.goto(url, {waitUntil: 'load'});
  const story = await tab.evaluate(() => window.storyPainted);
  const lcp = await tab.evaluate(() => window.lcp);
  const transferred = await tab.evaluate(() =>
    performance.getEntriesByType('resource').reduce((sum, entry) => sum + entry.transferSize, 0)
  );
  await context.close();
  return {story, lcp, transferred};
}

export async function timeToStory({browser, base, seed, runs}) {
  const pages = Object.entries(await lighthousePages(seed)).filter(([name]) => name.startsWith('+ the'));
  const results = Object.fromEntries(pages.map(([name]) => [name, []]));
  for (let i = 0; i < Math.max(5, runs); i++)
    for (const [name, path] of pages) results[name].push(await once(browser, base + path));
  const lines = [
    `Time to story: the summary's text painted on the snippet page, throttled for real (562.5 ms RTT, 1.47 Mbit/s, 4× CPU), cold cache, median of ${Math.max(5, runs)}:`,
    '| page | story painted | LCP (applied throttling) | bytes of the page |',
    '|---|---|---|---|',
  ];
  for (const [name, figures] of Object.entries(results)) {
    const m = (key) => median(figures.map((f) => f[key]));
    lines.push(
      `| ${name} | ${m('story').toFixed(0)} ms | ${m('lcp').toFixed(0)} ms | ${(m('transferred') / 1024).toFixed(1)} kB |`
    );
  }
  return lines;
}
