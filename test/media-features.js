// @ts-check
// A test-runner command: emulates CSS media features the stock `emulateMedia` lacks
// (`forced-colors`, `prefers-contrast`), through Chromium's DevTools protocol. Elsewhere it fails,
// and the tests that need it say so (skipBecause in helpers.ts).
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeatures() {
  return {
    name: 'media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') {
        throw new Error(`${session.browser.name} cannot emulate media features`);
      }
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      await page.emulateMediaFeatures(/** @type {any} */ (payload).features);
      return true;
    },
  };
}
