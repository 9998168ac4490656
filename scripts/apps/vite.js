// test/apps/vite: docs/frameworks.md's code for plain bundlers and for Vue, type-checked, built by
// `vite build` and served by `vite preview` (test-apps.js).
import {join} from 'node:path';
import {install, run, start, storyProblems, tab} from './shared.js';

const pages = [
  {path: '/', name: 'plain TypeScript', elements: ['story-summary'], events: ['story-summary']},
  {
    path: '/vue.html',
    name: 'Vue',
    elements: ['story-summary', 'takes-by-lens'],
    events: ['story-summary', 'takes-by-lens'],
  },
];

/** Installs, builds and checks the app in `dir`; logs each check, and returns how many failed. */
export async function checkVite(browser, dir, tarball) {
  install('vite', dir, tarball, 'stories/strike.json');
  let failures = 0;
  const typeErrors = (() => {
    try {
      return run(dir, process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
    } catch (error) {
      return error.stdout;
    }
  })().trim();
  console.log(
    `${typeErrors ? '✗' : '✓'} vite: the docs' code type-checks${typeErrors ? `\n${typeErrors}` : ''}`
  );
  if (typeErrors) failures++;
  run(dir, process.execPath, [join('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
  const server = await start(dir, join('node_modules', 'vite', 'bin', 'vite.js'), [
    'preview',
    '--strictPort',
  ]);
  try {
    for (const page of pages) {
      const problems = [];
      const reader = await tab(browser, problems);
      try {
        await reader.goto(`${server.base}${page.path}`, {waitUntil: 'networkidle0'});
        problems.push(...(await storyProblems(reader, page.elements, page.events)));
      } finally {
        await reader.close();
      }
      if (problems.length) failures++;
      console.log(
        `${problems.length ? '✗' : '✓'} vite: ${page.name}${problems.map((p) => `\n    ${p}`).join('')}`
      );
    }
  } finally {
    server.stop();
  }
  return failures;
}
