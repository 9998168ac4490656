// What the app checks share (test-apps.js): installing an app from the packed package, running
// its server, and reading a page in Chromium as a reader meets it.
import {execFileSync, spawn} from 'node:child_process';
import {cpSync} from 'node:fs';
import {createServer} from 'node:net';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const seedTitle = "US airstrike kills Tren de Aragua chief Niño Guerrero, 'coordinated' with Caracas";
export const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'};

/** Runs a command in `cwd`; its output, with errors on the run's own stderr. */
export const run = (cwd, command, args, options = {}) =>
  execFileSync(command, args, {cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env, ...options});

/**
 * Copies test/apps/<name> to `dir`, with the seed at `story` (under public/), and installs it as
 * a developer would: its lockfile, then the packed package.
 */
export function install(name, dir, tarball, story) {
  cpSync(join(root, 'test/apps', name), dir, {
    recursive: true,
    filter: (path) => !/node_modules|\.next|dist/.test(path),
  });
  cpSync(join(root, 'test/fixtures/venezuela-nino-guerrero-strike.json'), join(dir, 'public', story));
  run(dir, 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  run(dir, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball]);
}

/** A free port on localhost. */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, 'localhost', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Starts `node <script> ...args --port <free port>` in `cwd`; resolves once it answers, with its
 * URL (on `localhost`: a dev server refuses its HMR socket to other hosts), its output so far,
 * and `stop()`.
 */
export async function start(cwd, script, args) {
  const port = await freePort();
  const server = spawn(process.execPath, [script, ...args, '--port', String(port)], {cwd, env});
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const base = `http://localhost:${port}`;
  for (let tries = 0; ; tries++) {
    if (server.exitCode !== null) throw new Error(`${script} exited:\n${output}`);
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (tries > 300) throw new Error(`${script} never answered:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {base, output: () => output, stop: () => server.kill()};
}

/** Console messages a developer need not act on. */
const harmless = [
  /Lit is in dev mode/,
  /Download the React DevTools/,
  // Chromium, when React sets a server's output as innerHTML after a client-side navigation: the
  // element renders from its inline JSON instead (docs/frameworks.md).
  /declarative Shadow DOM is not being parsed/,
];

/**
 * A new tab that collects what a developer would have to chase into `problems`: console errors
 * and warnings, uncaught exceptions, failed requests; and that sums the page's layout shifts.
 */
export async function tab(browser, problems) {
  const page = await browser.newPage();
  await page.setViewport({width: 1000, height: 900});
  page.on('console', (message) => {
    const text = message.text();
    if (!['error', 'warn', 'warning'].includes(message.type()) || harmless.some((re) => re.test(text)))
      return;
    problems.push(`console ${message.type()}: ${text.split('\n')[0].slice(0, 300)}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message.split('\n')[0]}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifted += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  return page;
}

/** Whether every element of `names` shows its story (custom state `ready`, its text in view). */
function allReady(names) {
  return names.every((name) => {
    const el = document.querySelector(name);
    return el?.matches(':state(ready)') && el.shadowRoot?.textContent?.trim();
  });
}

/** What is wrong with the story on `page`: `elements` showing it, and the `story-load` events its handlers got. */
export async function storyProblems(page, elements, events) {
  const problems = [];
  const ready = await page.waitForFunction(allReady, {timeout: 20000, polling: 50}, elements).then(
    () => true,
    () => false
  );
  if (!ready) problems.push(`the story never showed in ${elements.join(', ')}`);
  const title = await page.evaluate(() =>
    document.querySelector('story-summary')?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim()
  );
  if (title !== seedTitle) problems.push(`headline: ${JSON.stringify(title)}`);
  const wanted = events.map((tag) => `story-load <${tag}> venezuela-nino-guerrero-strike`);
  const heard = await page
    .waitForFunction((all) => all.every((e) => window.storyEvents?.includes(e)), {timeout: 5000}, wanted)
    .then(
      () => true,
      () => false
    );
  if (!heard)
    problems.push(
      `handlers got ${JSON.stringify(await page.evaluate(() => window.storyEvents))}, not ${JSON.stringify(wanted)}`
    );
  // Two frames: a shift from the last render is recorded.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return problems;
}
