// `npm start` as a newcomer meets it (after its `prestart` build): dist/ served as built, byte for
// byte, with the headers a page on another origin needs; the demo and the kit from source; no
// warning in its terminal while the pages load, and none in the configurator's console under its
// Content-Security-Policy, built or from source.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {createLogger, createServer} from 'vite';
import {launchOptions} from '../../scripts/chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** What the dev server printed as a warning or an error. */
const printed = [];
let server;
let base;
let browser;

before(async () => {
  const logger = createLogger('warn');
  const record = (message) => void printed.push(message);
  const customLogger = {...logger, warn: record, warnOnce: record, error: record};
  server = await createServer({root, customLogger, server: {host: '127.0.0.1', port: 0}});
  await server.listen();
  base = server.resolvedUrls.local[0];
  browser = await puppeteer.launch(launchOptions);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('package.json starts the dev server after a build', () => {
  const {scripts} = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  assert.equal(scripts.start, 'vite');
  assert.equal(scripts.prestart, 'npm run build --silent');
});

test('serves dist/ as built, byte for byte, with its type and CORS for pages on other origins', async () => {
  const types = {js: 'text/javascript', css: 'text/css', json: 'application/json', html: 'text/html'};
  for (const file of [
    'story-widgets.js',
    'story-widgets.css',
    'views.js',
    'block-views.js',
    'live.js',
    'locales/de.js',
    'sri.json',
    'configurator.html',
    'configurator.js',
    'venezuela-nino-guerrero-strike.json',
  ]) {
    const response = await fetch(`${base}dist/${file}`, {headers: {origin: 'http://localhost:4321'}});
    assert.equal(response.status, 200, file);
    assert.ok(
      Buffer.from(await response.arrayBuffer()).equals(readFileSync(`${root}dist/${file}`)),
      `${file} is served as built`
    );
    assert.match(response.headers.get('content-type'), new RegExp(`^${types[file.split('.').pop()]}\\b`));
    assert.equal(response.headers.get('access-control-allow-origin'), '*', file);
  }
  assert.equal((await fetch(`${base}dist/no-such-file.js`)).status, 404);
});

test('serves the demo and the kit pages from source, with hot reload', async () => {
  for (const page of ['', 'kit/configurator.html']) {
    const html = await (await fetch(`${base}${page}`)).text();
    assert.match(html, /\/@vite\/client/, page || 'the demo');
  }
});

test('prints no warning while the demo and the configurator load; the configurator logs none either', async () => {
  const logged = [];
  for (const page of ['', 'kit/configurator.html', 'dist/configurator.html']) {
    const tab = await browser.newPage();
    // The demo is a development page: Lit says it runs its development build there.
    if (page) {
      tab.on('console', (message) => {
        if (['warn', 'warning', 'error'].includes(message.type())) logged.push(`${page}: ${message.text()}`);
      });
      tab.on('pageerror', (error) => logged.push(`${page}: ${error.message}`));
    }
    await tab.goto(`${base}${page}`, {waitUntil: 'networkidle0'});
    await tab.close();
  }
  assert.deepEqual(printed, []);
  assert.deepEqual(logged, []);
});
