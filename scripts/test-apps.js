// npm run test:apps: the package as app developers install it — `npm pack`, then real apps built
// against the tarball and read in Chromium: a Next.js app (scripts/apps/next.js: React 19, the
// wrappers, server components, server output, in production and development), and a Vite app with
// docs/frameworks.md's code for plain bundlers and Vue (scripts/apps/vite.js). Each page must show
// its story, give its own handlers `story-load`, log nothing a developer would have to chase
// (errors, hydration warnings), and shift nothing that a story from the server could have kept.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {launchOptions} from './chromium.js';
import {checkNext} from './apps/next.js';
import {root, run} from './apps/shared.js';
import {checkVite} from './apps/vite.js';

const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'story-widgets-apps-'));
let failures = 0;
try {
  // The build is this run's own (pretest:apps): the tarball holds it as it is.
  const tarball = join(
    work,
    run(root, 'npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work]).trim()
  );
  const browser = await puppeteer.launch(launchOptions);
  try {
    failures += await checkNext(browser, join(work, 'next'), tarball);
    failures += await checkVite(browser, join(work, 'vite'), tarball);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, {recursive: true, force: true});
}
console.log(
  `apps: ${failures ? `${failures} failed` : 'all passed'} in ${Math.round((performance.now() - started) / 1000)} s`
);
process.exit(failures ? 1 : 0);
