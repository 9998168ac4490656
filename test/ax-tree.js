// @ts-check
// A test-runner command: the accessibility tree a screen reader reads (Chromium's, through
// Puppeteer's snapshot of the DevTools protocol's tree), from the element a selector names, shadow
// trees included. Elsewhere it fails, and the tests that need it say so (skipBecause).
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function axTree() {
  return {
    name: 'ax-tree',
    async executeCommand({command, payload, session}) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') {
        throw new Error(`${session.browser.name} has no accessibility tree to read here`);
      }
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      const root = await page.$(/** @type {any} */ (payload).selector);
      if (!root) throw new Error(`nothing matches ${/** @type {any} */ (payload).selector}`);
      return page.accessibility.snapshot({root, interestingOnly: false});
    },
  };
}
