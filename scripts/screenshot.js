// Screenshots of a page in headless Chromium, for looking at the demo:
//   node scripts/screenshot.js [url] [out.png] [width] [css selector of one element to shoot]
// Uses Debian's Chromium (or CHROME_PATH), as the tests do.
import puppeteer from 'puppeteer-core';
import {launchOptions} from './chromium.js';

const [url = 'http://localhost:5173/', out = 'screenshot.png', width = '1000', selector] =
  process.argv.slice(2);
const browser = await puppeteer.launch(launchOptions);
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[page ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.setViewport({width: Number(width), height: 800, deviceScaleFactor: 1});
  await page.goto(url, {waitUntil: 'networkidle0'});
  // Scroll through once, so that lazy elements load as they would for a reader.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    scrollTo(0, 0);
  });
  await page.waitForNetworkIdle();
  const element = selector ? await page.$(selector) : null;
  if (selector && !element) throw new Error(`no element matches ${selector}`);
  await (element ?? page).screenshot({path: out, ...(element ? {} : {fullPage: true})});
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
