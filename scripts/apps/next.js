// test/apps/next, a Next.js app as a news site's React team builds it: built with `next build`,
// served by `next start` and `next dev`, each page read on a full load and after a client-side
// navigation (test-apps.js).
import {join} from 'node:path';
import {install, run, seedTitle, start, storyProblems, tab} from './shared.js';

/**
 * Each page: its elements, the `story-load` events its own handlers must get, and whether its
 * story comes from the server (it then shows without a script, and nothing may shift at all; a
 * story fetched by the browser shifts what follows by the error of the place kept for it, which
 * the run prints).
 */
const pages = [
  {
    path: '/wrappers',
    elements: ['story-summary', 'takes-by-lens'],
    events: ['story-summary', 'takes-by-lens'],
  },
  {
    path: '/server-story',
    elements: ['story-summary', 'story-numbers'],
    events: ['story-summary'],
    server: true,
  },
  {path: '/server-output', elements: ['story-summary'], events: ['story-summary'], server: true},
  {path: '/react-19', elements: ['story-summary'], events: ['story-summary']},
];

const next = join('node_modules', 'next', 'dist', 'bin', 'next');

/**
 * Opens `page` on `base` as a reader would: what is wrong with it, and what the run prints beside.
 * `production`: layout shifts count (a dev server compiles a page on its first visit, which no
 * reader waits for).
 */
async function visit(browser, base, page, {clientSide, production}) {
  const problems = [];
  const notes = [];
  const reader = await tab(browser, problems);
  try {
    if (clientSide) {
      await reader.goto(`${base}/`, {waitUntil: 'networkidle0'});
      await reader.click(`nav a[href="${page.path}"]`);
      await reader.waitForFunction((path) => location.pathname === path, {}, page.path);
    } else await reader.goto(`${base}${page.path}`, {waitUntil: 'networkidle0'});
    problems.push(...(await storyProblems(reader, page.elements, page.events)));
    if (!production) return {problems, notes};
    const shifted = await reader.evaluate(() => window.shifted);
    if (page.server || clientSide ? shifted > 0 : shifted >= 0.01)
      problems.push(`layout shift ${shifted.toFixed(4)}`);
    else if (shifted)
      notes.push(`layout shift ${shifted.toFixed(4)}: the place kept for a fetched story was off by that`);
    if (page.server && !clientSide) problems.push(...(await withoutScript(browser, base, page.path)));
  } finally {
    await reader.close();
  }
  return {problems, notes};
}

/** A story from the server shows before and without any script. */
async function withoutScript(browser, base, path) {
  const reader = await browser.newPage();
  try {
    await reader.setJavaScriptEnabled(false);
    await reader.goto(`${base}${path}`);
    const title = await reader.evaluate(() =>
      document
        .querySelector('story-summary')
        ?.shadowRoot?.querySelector('[part="title"]')
        ?.textContent?.trim()
    );
    return title === seedTitle ? [] : [`without a script, the headline is ${JSON.stringify(title)}`];
  } finally {
    await reader.close();
  }
}

/** Installs, builds and checks the app in `dir`; logs each check, and returns how many failed. */
export async function checkNext(browser, dir, tarball) {
  install('next', dir, tarball, 'story.json');
  console.log(run(dir, process.execPath, [next, 'build']).trim().split('\n').slice(-10).join('\n'));
  let failures = 0;
  for (const mode of ['start', 'dev']) {
    const server = await start(dir, next, [mode]);
    try {
      for (const page of pages) {
        // What a full load weighs: the HTML, with the payload a server component adds to it.
        const bytes = (await (await fetch(`${server.base}${page.path}`)).arrayBuffer()).byteLength;
        if (mode === 'start') console.log(`  ${page.path}: ${(bytes / 1024).toFixed(1)} kB of HTML`);
        for (const clientSide of [false, true]) {
          const {problems, notes} = await visit(browser, server.base, page, {
            clientSide,
            production: mode === 'start',
          });
          if (problems.length) failures++;
          const lines = [...problems, ...notes].map((line) => `\n    ${line}`).join('');
          const navigation = clientSide ? 'client-side navigation' : 'full load';
          console.log(`${problems.length ? '✗' : '✓'} next ${mode} ${page.path} (${navigation})${lines}`);
        }
      }
      // A hydration mismatch React reports on the server's terminal too.
      const said = server.output().match(/^.*(hydrat|did ?n[o']t match).*$/gim);
      if (said) {
        failures++;
        console.log(`✗ next ${mode} printed:\n    ${said.join('\n    ')}`);
      }
    } finally {
      server.stop();
    }
  }
  return failures;
}
