// What the benchmarks share: one headless Chromium, the repository served on loopback (with the
// built bundle in dist/), pages made from HTML strings, medians, and the JS heap after a full GC.
import puppeteer from 'puppeteer-core';
import {launchOptions, serve} from '../chromium.js';

const root = new URL('../..', import.meta.url).pathname;
const pages = {};

/** The browsers' flags: the bench's server has a certificate of its own making. */
export const benchFlags = [...launchOptions.args, '--ignore-certificate-errors'];

/**
 * Starts the server (HTTP/2 over TLS, as a CDN serves) and the browser; `routes` as in serve()
 * (scripts/chromium.js).
 */
export async function start(routes = {}) {
  const {server, base, secure} = await serve(
    root,
    new Proxy(routes, {get: (r, path) => r[path] ?? pages[path]}),
    {http2: true}
  );
  const browser = await puppeteer.launch({...launchOptions, args: [...benchFlags, '--js-flags=--expose-gc']});
  return {browser, base, secure, stop: async () => (await browser.close(), server.close())};
}

/** Serves `html` at `/bench/<name>.html`; returns its path. */
export function benchPage(name, html) {
  const path = `/bench/${name}.html`;
  pages[path] = [
    'text/html',
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${name}</title>${html}`,
  ];
  return path;
}

export const median = (values) => quantile(values, 0.5);
export const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
export const ms = (value) => `${value.toFixed(1)} ms`;
export const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

/**
 * Memory in use after a full garbage collection, in bytes: the JS heap and the DOM's (Blink's
 * Oilpan heap, "embedder" to V8), since a page built by hand keeps almost nothing in JS.
 */
export async function heap(tab) {
  const cdp = await tab.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize, embedderHeapUsedSize = 0} = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return {js: usedSize, dom: embedderHeapUsedSize, total: usedSize + embedderHeapUsedSize};
}

/** The seed story with `count` takes over four lenses, each take distinct. */
export function storyWithTakes(seed, count) {
  const takes = seed.lenses.flatMap((lens) => lens.takes);
  return {
    ...seed,
    lenses: seed.lenses.map((lens, l) => ({
      ...lens,
      takes: Array.from({length: Math.floor(count / 4) + (l < count % 4 ? 1 : 0)}, (_, t) => {
        const take = takes[(l * 7 + t) % takes.length];
        return {...take, outlet: `${take.outlet} ${l}.${t}`, url: `${take.url}?take=${l}.${t}`};
      }),
    })),
  };
}
