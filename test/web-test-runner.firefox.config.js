// @ts-check
// `npm run test:firefox`: the browser tests in Debian's firefox-esr, through Puppeteer and
// WebDriver BiDi, with everything else as in web-test-runner.config.js.
import {chromeLauncher} from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import config from '../web-test-runner.config.js';

/**
 * The runner sizes each page with Puppeteer's `setViewport`, which also sends
 * `emulation.setScreenOrientationOverride`: Firefox only knows it from 144, so on Debian 12's
 * ESR 140 every test file failed, and Puppeteer supports only the latest Firefox
 * (puppeteer/puppeteer#14391). The runner asks for a size alone, which the standard
 * `browsingContext.setViewport` that every Firefox since 113 has sets by itself.
 * @param {import('puppeteer-core').Page} page
 */
function sizedByBiDi(page) {
  page.setViewport = async (viewport) => {
    const size = viewport && {width: viewport.width, height: viewport.height};
    // @ts-expect-error: BidiFrame's browsingContext is Puppeteer's own WebDriver BiDi binding.
    await page.mainFrame().browsingContext.setViewport({viewport: size});
  };
  return page;
}

/** Debian's Firefox ESR; `dark` gives it a dark system colour scheme, which BiDi cannot emulate. */
function firefox({dark = false} = {}) {
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: dark ? {'ui.systemUsesDarkTheme': 1} : {},
    },
    createPage: async ({context}) => sizedByBiDi(await context.newPage()),
  });
  launcher.name = dark ? 'Firefox (dark system)' : 'Firefox';
  return launcher;
}

export default {
  ...config,
  browsers: [firefox()],
  groups: [
    {name: 'dark system', files: ['test/system-color-scheme.test.ts'], browsers: [firefox({dark: true})]},
  ],
};
