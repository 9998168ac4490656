// @ts-check
// The end of every browser run, readable by people and CI alike: one line per browser, the
// failed tests with their first error line (CI keeps only the tail of a run), the skipped tests
// with the reason each gives (see skipBecause in helpers.ts), and a bare
// "N passed, N failed, N skipped" as the very last line (the runner's own last line starts with a
// progress bar).

/**
 * @param {any} suite
 * @param {string[]} path
 * @returns {{name: string, passed: boolean, skipped: boolean, error?: {message?: string}}[]}
 */
function collect(suite, path = []) {
  if (!suite) return [];
  const here = suite.name ? [...path, suite.name] : path;
  return [
    ...suite.tests.map((/** @type {any} */ test) => ({...test, name: [...here, test.name].join(' › ')})),
    ...suite.suites.flatMap((/** @type {any} */ child) => collect(child, here)),
  ];
}

/** @param {string | undefined} message */
const firstLine = (message) => (message ?? 'no error message').split('\n')[0].slice(0, 300);

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  let started = 0;
  return {
    start() {
      started = Date.now();
    },
    onTestRunFinished({sessions}) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      /** @type {Map<string, {passed: number, failed: string[], skipped: string[]}>} */
      const browsers = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = browsers.get(name) ?? {passed: 0, failed: [], skipped: []};
        browsers.set(name, counts);
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        const tests = collect(session.testResults);
        // A file that failed to load has no tests but counts as a failure.
        if (!session.passed && tests.every((test) => test.passed || test.skipped))
          counts.failed.push(`${file}: ${firstLine(session.errors?.[0]?.message)}`);
        for (const test of tests) {
          if (test.skipped) counts.skipped.push(`${file}: ${test.name}`);
          else if (test.passed) counts.passed++;
          else counts.failed.push(`${file}: ${test.name}: ${firstLine(test.error?.message)}`);
        }
      }
      const lines = [];
      const total = {passed: 0, failed: 0, skipped: 0};
      for (const [name, {passed, failed, skipped}] of browsers) {
        lines.push(`${name}: ${passed} passed, ${failed.length} failed, ${skipped.length} skipped`);
        lines.push(...failed.map((test) => `  FAILED ${test}`));
        lines.push(...skipped.map((test) => `  skipped ${test}`));
        total.passed += passed;
        total.failed += failed.length;
        total.skipped += skipped.length;
      }
      lines.push(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped in ${seconds} s`);
      // Printed on exit, after the runner's own progress bar, so that it is the very last line.
      process.once('exit', () => process.stdout.write(`\n${lines.join('\n')}\n`));
    },
  };
}
