// `npm run test:storybook`: opens every story of the built Storybook (storybook-static/) in
// headless Chromium, on a light and a dark page, and every docs page in English, Japanese and
// Arabic (each example in the toolbar's language and direction), and fails on any console
// error, uncaught exception, failed request, request leaving the machine, or axe violation of
// serious or critical impact. Prints one line per check and a closing "N passed, N failed".
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {launchOptions, serve} from './chromium.js';
import {openStory, settled} from './storybook-pages.js';
import {pageColour, storyProblems, themeBuilderProblems} from './storybook-checks.js';
import {tags} from './elements.js';

const root = new URL('../storybook-static/', import.meta.url).pathname;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// The browser asks for /favicon.ico on its own; Storybook ships an SVG one.
const {server, base} = await serve(root, {'/favicon.ico': ['image/x-icon', null]});

const {entries} = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(entries).filter((entry) => entry.type === 'story');
const docs = Object.values(entries).filter((entry) => entry.type === 'docs');

const browser = await puppeteer.launch(launchOptions);
const page = await browser.newPage();
let problems = [];
page.on('console', (message) => {
  // A failed resource load is reported below with its URL, from the response itself.
  if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
    problems.push(`console error: ${message.text()}`);
  }
});
page.on('response', (response) => {
  if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
});
page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
page.on('requestfailed', (request) => {
  if (!request.url().includes('/held/')) problems.push(`request failed: ${request.url()}`);
});
page.on('request', (request) => {
  const url = request.url();
  if (!url.startsWith(base) && !url.startsWith('data:')) problems.push(`left the machine: ${url}`);
});

/** Opens a story on a light or dark page; what is wrong lands in `problems`. */
async function checkStory(story, theme) {
  await openStory(page, base, story, theme);
  problems.push(...(await axe('#storybook-root')));
  problems.push(...(await storyProblems(page, story, theme)));
  // The canvas's own typeface, bundled: loaded, and the one the page around the elements uses.
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    return [
      (await document.fonts.load('16px "Source Sans 3 Variable"', 'a')).length > 0,
      getComputedStyle(document.querySelector('#storybook-root .canvas')).fontFamily,
    ];
  });
  if (!font[0] || !font[1].startsWith('"Source Sans 3 Variable"'))
    problems.push(`not the canvas's font: ${font[1]}`);
  if (story.title === 'Theme builder' && theme === 'light')
    problems.push(...(await themeBuilderProblems(page)));
}

/** Runs axe on `selector`, waiting its turn behind the a11y addon's runs; serious and critical violations. */
async function axe(selector, options = {}) {
  await page.evaluate(axeSource);
  return page.evaluate(
    async (selector, options) => {
      // The a11y addon runs axe on each render too; axe runs one at a time, so wait our turn.
      const run = async (tries = 50) => {
        try {
          return await window.axe.run(document.querySelector(selector), {
            ...options,
            resultTypes: ['violations'],
          });
        } catch (error) {
          if (!tries || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
          return run(tries - 1);
        }
      };
      const {violations} = await run();
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `axe ${v.impact}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    selector,
    options
  );
}

const rightToLeft = ['ar', 'he', 'fa', 'ur'];

/**
 * Opens a docs page in the toolbar's `locale`: the API tables generated from custom-elements.json
 * render, and every example on the page itself is in that language and its direction (stories
 * that need their own are in frames of their own), with no axe violation.
 */
async function checkDocs(entry, locale, theme = 'light') {
  await page.goto(
    `${base}/iframe.html?id=${entry.id}&viewMode=docs&globals=locale:${locale};theme:${theme}`,
    {
      waitUntil: 'networkidle0',
    }
  );
  await page.waitForSelector('.sbdocs-content');
  await settled(page);
  const rows = await page.$$eval('table tbody tr', (trs) => trs.length);
  if (entry.title.startsWith('Elements/') && rows === 0) problems.push('no API table');
  const dir = rightToLeft.includes(locale) ? 'rtl' : 'ltr';
  problems.push(
    ...(await page.evaluate(
      async (tags, locale, dir) => {
        const elements = [...document.querySelectorAll(tags)];
        const found = [];
        const page = document.documentElement;
        if (page.lang !== locale || page.dir !== dir)
          found.push(`the page is lang=${page.lang} dir=${page.dir}, the toolbar ${locale}`);
        for (const el of elements) {
          const lang = el.closest('[lang]')?.lang;
          const direction = getComputedStyle(el).direction;
          if (lang !== locale || direction !== dir)
            found.push(`<${el.localName}> in ${lang} ${direction} on a ${locale} page`);
        }
        return [...new Set(found)];
      },
      tags.join(', '),
      locale,
      dir
    ))
  );
  problems.push(...(await axe('.sbdocs-content')));
  // The docs page follows the toolbar's theme, not only the examples on it.
  const {colour, luminance} = await pageColour(page, '.sbdocs-wrapper');
  if ((theme === 'dark') !== luminance < 0.2)
    problems.push(`a ${theme} theme, and the docs page is ${colour}`);
}

/**
 * `npm run storybook` loads one Lit: its dev server used to serve lit-html twice (Storybook's
 * renderer imports a module of Lit the optimizer left out), and Lit warned "Multiple versions of
 * Lit loaded". The built Storybook bundles one either way; only the dev server shows it.
 */
async function checkDevServer() {
  const port = 6100 + (process.pid % 800);
  const bin = new URL('../node_modules/.bin/storybook', import.meta.url).pathname;
  const dev = spawn(bin, ['dev', '-p', String(port), '--ci', '--no-open', '--quiet'], {
    stdio: 'ignore',
    detached: true,
  });
  const devPage = await browser.newPage();
  const warnings = [];
  devPage.on('console', (message) => warnings.push(message.text()));
  try {
    const url = `http://127.0.0.1:${port}/iframe.html?id=elements-story-summary--default&viewMode=story`;
    for (
      let tries = 120;
      tries &&
      !(await fetch(url).then(
        (r) => r.ok,
        () => false
      ));
      tries--
    )
      await new Promise((resolve) => setTimeout(resolve, 1000));
    await devPage.goto(url, {waitUntil: 'networkidle0', timeout: 180_000});
    await settled(devPage);
    const versions = await devPage.evaluate(() => window.litHtmlVersions ?? []);
    if (versions.length !== 1)
      problems.push(`lit-html loaded ${versions.length} times: ${versions.join(', ')}`);
    problems.push(...warnings.filter((text) => text.includes('Multiple versions of Lit')));
  } finally {
    await devPage.close();
    process.kill(-dev.pid);
  }
}

let passed = 0;
let failed = 0;
async function report(name, check) {
  problems = [];
  try {
    await check();
  } catch (error) {
    problems.push(`could not check: ${error.message}`);
  }
  if (problems.length) {
    failed++;
    console.log(`✗ ${name}\n    ${problems.join('\n    ')}`);
  } else {
    passed++;
    console.log(`✓ ${name}`);
  }
}

try {
  for (const story of stories) {
    for (const theme of ['light', 'dark']) {
      await report(`${story.title} › ${story.name} (${theme})`, () => checkStory(story, theme));
    }
  }
  for (const entry of docs)
    for (const [locale, theme] of [
      ['en', 'light'],
      ['ja', 'light'],
      ['ar', 'light'],
      ['en', 'dark'],
    ])
      await report(`${entry.title} › docs (${locale}, ${theme})`, () => checkDocs(entry, locale, theme));
  await report('npm run storybook loads one Lit', checkDevServer);
} finally {
  await browser.close();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
