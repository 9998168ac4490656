// @ts-check
// A test-runner command: emulates CSS media features the stock `emulateMedia` lacks
// (`forced-colors`, `prefers-contrast`), through Chromium's DevTools protocol. Elsewhere it fails,
// and the tests that need it say so (skipBecause in helpers.ts). The protocol itself, not
// Puppeteer's `emulateMediaFeatures`: Puppeteer 24 (the newest on Node 20) accepts only
// `prefers-color-scheme`, `prefers-reduced-motion` and `color-gamut` there.
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeatures() {
  /** A DevTools session per page, kept open: an emulation lasts as long as its session. */
  const sessions = new WeakMap();
  return {
    name: 'media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') {
        throw new Error(`${session.browser.name} cannot emulate media features`);
      }
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const {features} = /** @type {any} */ (payload);
      await sessions.get(page).send('Emulation.setEmulatedMedia', {features});
      return true;
    },
  };
}
