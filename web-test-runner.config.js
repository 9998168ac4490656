// @ts-check
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {summaryReporter} from './test/summary-reporter.js';
import {axTree} from './test/ax-tree.js';
import {mediaFeatures} from './test/media-features.js';
import {storyServer} from './test/server.js';
import {liveServer} from './test/live-server.js';
import {reactBundles} from './test/react/bundle.js';
import {launchOptions} from './scripts/chromium.js';

const chromium = chromeLauncher({launchOptions});

/**
 * TypeScript for the tests and sources; the built files in dist/ served byte for byte, as a CDN
 * serves them (esbuild would print them again for its target, which breaks their integrity).
 */
const esbuild = esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2022'});
const transform = esbuild.transform.bind(esbuild);
esbuild.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));

chromium.name = 'Chromium';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: a second file runs in a background tab, where Chromium does not
  // paint, so requestAnimationFrame, IntersectionObserver and fixture() would never resolve.
  concurrency: 1,
  plugins: [reactBundles(), esbuild, mediaFeatures(), axTree()],
  middleware: [storyServer, liveServer],
  browsers: [chromium],
  testFramework: {config: {timeout: 5000}},
  reporters: [defaultReporter(), summaryReporter()],
};
