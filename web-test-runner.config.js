// @ts-check
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {storyServer} from './test/server.js';
import {launchOptions} from './scripts/chromium.js';

/** web-test-runner's last line starts with a progress bar; CI reads a bare "N passed, N failed". */
function closingLine() {
  return {
    onTestRunFinished({sessions}) {
      const tests = sessions.flatMap((s) => collect(s.testResults));
      const failed = tests.filter((t) => !t.passed && !t.skipped).length;
      const failedFiles = sessions.filter((s) => !s.passed && collect(s.testResults).length === 0).length;
      const skipped = tests.filter((t) => t.skipped).length;
      const line = `${tests.length - failed - skipped} passed, ${failed + failedFiles} failed, ${skipped} skipped`;
      // Printed on exit, after the runner's own progress bar, so that it is the very last line.
      process.once('exit', () => process.stdout.write(`${line}\n`));
    },
  };
}

/** @param {any} suite @returns {any[]} */
function collect(suite) {
  if (!suite) return [];
  return [...suite.tests, ...suite.suites.flatMap(collect)];
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: a second file runs in a background tab, where Chromium does not
  // paint, so requestAnimationFrame, IntersectionObserver and fixture() would never resolve.
  concurrency: 1,
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2022'})],
  middleware: [storyServer],
  browsers: [chromeLauncher({launchOptions})],
  testFramework: {config: {timeout: 5000}},
  reporters: [defaultReporter(), closingLine()],
};
