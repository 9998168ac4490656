// Time to story (issue 38): when the story's own text is painted on the README snippet's page,
// under the throttling Lighthouse's mobile defaults stand for, applied for real (its "devtools"
// figures: 562.5 ms a request, 1.47 Mbit/s down, 4× slower CPU) in a cold browser context each
// run. "Painted": once the frame that lays out `<story-summary>`'s story after its `story-load`
// (its headline and summary are in its shadow root by then) has painted. The page's own LCP
// beside it, measured the same way. Median of RUNS.
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
          // After the frame that lays it out has painted: a ResizeObserver reports a new
          // observation in that frame's rendering (after its layout, whether the story rendered in
          // a task or in the frame's own animation callbacks), and a task posted then runs after
          // its paint. (A requestAnimationFrame from a story rendered in the frame's callbacks
          // would wait for the next frame.)
          const observer = new ResizeObserver(() => {
            observer.disconnect();
            // The first task once that frame is done, ahead of tasks the page queued before
            // (the other elements' renders, after the first story's paint): not theirs to count.
            scheduler.postTask(() => resolve(performance.now()), {priority: 'user-blocking'});
          });
          observer.observe(event.target);
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
    '| page | story painted | against the first page, run by run | LCP (applied throttling) | bytes of the page |',
    '|---|---|---|---|---|',
  ];
  // The pages take turns in each run, so a run's difference leaves out what the machine did then
  // to both: its median varies less from one bench to the next than the medians' difference does.
  const [first] = Object.values(results);
  for (const [name, figures] of Object.entries(results)) {
    const m = (key) => median(figures.map((f) => f[key]));
    const against = median(figures.map((f, i) => f.story - first[i].story));
    lines.push(
      `| ${name} | ${m('story').toFixed(0)} ms | ${against > 0 ? '+' : ''}${against.toFixed(0)} ms | ${m('lcp').toFixed(0)} ms | ${(m('transferred') / 1024).toFixed(1)} kB |`
    );
  }
  return lines;
}
