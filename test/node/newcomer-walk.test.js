// The walk a newcomer takes, as publishers would: dist/ copied to a plain static server of its own
// origin with the headers docs/publishers.md lists ("Serving it yourself"); the README's snippet in
// a page of another origin; then the configurator, opened from that copy, writing a site code and
// two article codes for one page, and self-contained codes twice on another. Every element shows
// its story, and no console — the configurator's nor the pages' — has a warning or an error.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import sirv from 'sirv';
import {launchOptions} from '../../scripts/chromium.js';

const root = new URL('../../', import.meta.url);
/** The publisher's pages, by path, on the pages' origin. */
const pages = new Map();
const servers = [];
let copy; // the origin of the copy of dist/
let site; // the origin of the publisher's pages
let browser;

/** Listens on a free port of `host`; resolves to its origin. */
async function listen(handler, host) {
  const server = createServer(handler);
  servers.push(server);
  await new Promise((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${server.address().port}`;
}

before(async () => {
  const files = sirv(fileURLToPath(new URL('dist', root)), {
    etag: true,
    setHeaders(res, path) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      const named = /\.html$|^\/(embed|embed-host)\.js$|^\/sri\.json$/.test(path);
      res.setHeader('Cache-Control', named ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
  });
  copy = await listen((req, res) => files(req, res, () => res.writeHead(404).end()), '127.0.0.1');
  site = await listen((req, res) => {
    const page = pages.get(new URL(req.url, site).pathname);
    if (!page) return res.writeHead(404).end();
    res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page);
  }, 'localhost');
  browser = await puppeteer.launch(launchOptions);
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

/** Opens `url` in a tab tall enough for every element, noting what its console says and what fails. */
async function visit(url) {
  const tab = await browser.newPage();
  await tab.setViewport({width: 1200, height: 2400});
  const logged = [];
  tab.on('console', (message) => {
    if (['warn', 'warning', 'error'].includes(message.type())) logged.push(message.text());
  });
  tab.on('pageerror', (error) => logged.push(error.message));
  tab.on('requestfailed', (request) => logged.push(`${request.url()}: ${request.failure()?.errorText}`));
  tab.on(
    'response',
    (response) => response.status() >= 400 && logged.push(`${response.status()} ${response.url()}`)
  );
  await tab.goto(url, {waitUntil: 'load'});
  return {tab, logged};
}

/** Once every story element of the tab has settled: each one's tag and outcome. */
const outcomes = (tab) =>
  tab.evaluate(async () => {
    const elements = [
      ...document.querySelectorAll('story-summary, takes-by-lens, story-numbers, entity-chip[src]'),
    ];
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
    return Promise.all(elements.map(async (el) => `${el.localName} ${(await el.storyComplete).status}`));
  });

/** A page of the publisher's origin at `path` (with an icon: no request for /favicon.ico). */
function publish(path, head, body, lang = 'en') {
  pages.set(
    path,
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,">${head}</head><body><p>The article's own words.</p>${body}</body></html>`
  );
  return `${site}${path}`;
}

test("the README's snippet shows its story from dist/ on a plain static server of another origin", async () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const snippet = readme.match(/^\*\*2\. Your page\.\*\*[^]*?```html\n([^]*?)```/m)[1];
  const [head, body] = snippet
    .replaceAll('https://news.example.org/story-widgets/0.2.0/', `${copy}/`)
    .replaceAll('https://news.example.org/stories/strike.json', `${copy}/venezuela-nino-guerrero-strike.json`)
    .split(/^(?=<!-- Article code)/m);
  assert.match(head, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/story-widgets\.js">/);
  const {tab, logged} = await visit(publish('/readme.html', head, body));
  assert.deepEqual(await outcomes(tab), [
    'story-summary ready',
    'entity-chip ready',
    'takes-by-lens ready',
    'story-numbers ready',
  ]);
  assert.deepEqual(logged, []);
});

/** The configurator of the copy, and a way to set its fields as an editor would. */
async function configurator() {
  const page = await visit(`${copy}/configurator.html`);
  await page.tab.waitForFunction(() => document.querySelector('#code').value);
  const set = (selector, value) =>
    page.tab.evaluate(
      async (selector, value) => {
        const control = document.querySelector(selector);
        if (typeof value === 'boolean') control.checked = value;
        else control.value = value;
        const updated = new Promise((resolve) =>
          document.addEventListener('configurator-update', resolve, {once: true})
        );
        control.dispatchEvent(new Event('change', {bubbles: true}));
        await updated;
      },
      selector,
      value
    );
  const code = (box) => page.tab.$eval(box, (textarea) => textarea.value);
  return {...page, set, code};
}

test("the configurator's site code and two article codes share a page of another origin", async () => {
  const editor = await configurator();
  assert.equal(await editor.tab.$eval('#self-hosted', (input) => input.value), `${copy}/`);
  await editor.set('[name="lang"]', 'de');
  await editor.set('[name="importmap"]', true);
  await editor.set('[name="pinned"][value="de"]', true);
  await editor.set('[value="takes-by-lens"]', true);
  await editor.set('[name="refresh"]', '60');
  const head = await editor.code('#site-code');
  const takes = await editor.code('#code');
  await editor.set('[value="story-numbers"]', true);
  const numbers = await editor.code('#code');
  assert.deepEqual(editor.logged, [], "the configurator's console");
  assert.match(head, /<script type="importmap">/);

  const {tab, logged} = await visit(
    publish('/article.html', head, `${takes}<p>More words.</p>${numbers}`, 'de')
  );
  assert.deepEqual(await outcomes(tab), ['takes-by-lens ready', 'story-numbers ready']);
  // In the page's language: the module the import map pins, checked against it.
  assert.match(await tab.$eval('story-numbers', (el) => el.shadowRoot.textContent), /In Zahlen/);
  assert.deepEqual(logged, []);
});

test('two self-contained codes on one page of another origin both show, with nothing in conflict', async () => {
  const editor = await configurator();
  await editor.set('[name="importmap"]', true);
  await editor.set('[value="single"]', true);
  const summary = await editor.code('#code');
  await editor.set('[value="story-numbers"]', true);
  const numbers = await editor.code('#code');
  const {tab, logged} = await visit(
    publish('/cms.html', '', `${summary}<p>Later in the article.</p>${numbers}`)
  );
  assert.deepEqual(await outcomes(tab), ['story-summary ready', 'story-numbers ready']);
  assert.deepEqual(logged, []);
});
