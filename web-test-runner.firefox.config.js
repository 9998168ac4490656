// @ts-check
// `npm run test:firefox`: the browser tests in Debian's firefox-esr (WebDriver BiDi through
// Puppeteer), with everything else as in web-test-runner.config.js.
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import config from './web-test-runner.config.js';

export default {
  ...config,
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  ],
};
