// npm run test:apps: the package as app developers install it — `npm pack`, then a real Next.js app
// (test/apps/next) built against the tarball with `next build`, served by `next start` and by
// `next dev`, and read in Chromium page by page, on a full load and after a client-side
// navigation: the story shows, the page's own handlers get `story-load`, nothing is logged that a
// developer would have to chase (errors, hydration warnings), and nothing shifts.
import {execFileSync, spawn} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {launchOptions} from './chromium.js';
import {pages, visit} from './apps/next-pages.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'story-widgets-apps-'));
const app = join(work, 'next');
const run = (command, args, options = {}) =>
  execFileSync(command, args, {cwd: app, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...options});
const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'};

/** A free loopback port. */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, 'localhost', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/** `next <mode>` on a free port; resolves once it answers, with its URL and a way to stop it. */
async function next(mode) {
  const port = await freePort();
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', mode, '-p', port], {
    cwd: app,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  // `localhost`: the dev server refuses its HMR socket to other hosts.
  const base = `http://localhost:${port}`;
  for (let tries = 0; ; tries++) {
    if (server.exitCode !== null) throw new Error(`next ${mode} exited:\n${output}`);
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (tries > 300) throw new Error(`next ${mode} never answered:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {base, output: () => output, stop: () => server.kill()};
}

const started = performance.now();
let failures = 0;
const servers = [];
try {
  cpSync(join(root, 'test/apps/next'), app, {
    recursive: true,
    filter: (path) => !/node_modules|\.next/.test(path),
  });
  cpSync(join(root, 'test/fixtures/venezuela-nino-guerrero-strike.json'), join(app, 'public/story.json'));
  // The build is this run's own (pretest:apps): the tarball holds it as it is.
  const tarball = run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {
    cwd: root,
  }).trim();
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', join(work, tarball)]);
  console.log(
    run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {env})
      .trim()
      .split('\n')
      .slice(-12)
      .join('\n')
  );

  const browser = await puppeteer.launch(launchOptions);
  try {
    for (const mode of ['start', 'dev']) {
      const server = await next(mode);
      servers.push(server);
      for (const page of pages) {
        for (const navigation of ['full load', 'client-side navigation']) {
          const clientSide = navigation === 'client-side navigation';
          const {problems, notes} = await visit(browser, server.base, page, {
            clientSide,
            production: mode === 'start',
          });
          if (problems.length) failures++;
          const lines = [...problems, ...notes].map((line) => `\n    ${line}`).join('');
          console.log(`${problems.length ? '✗' : '✓'} next ${mode} ${page.path} (${navigation})${lines}`);
        }
      }
      // A hydration mismatch React reports on the server's terminal too.
      const said = server.output().match(/^.*(hydrat|did ?n[o']t match).*$/gim);
      if (said) {
        failures++;
        console.log(`✗ next ${mode} printed:\n    ${said.join('\n    ')}`);
      }
      server.stop();
    }
  } finally {
    await browser.close();
  }
} finally {
  for (const server of servers) server.stop();
  rmSync(work, {recursive: true, force: true});
}
console.log(
  `apps: ${failures ? `${failures} failed` : 'all passed'} in ${Math.round((performance.now() - started) / 1000)} s`
);
process.exit(failures ? 1 : 0);
