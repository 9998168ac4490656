// `npm run test:visual` (after `npm run build-storybook`): a screenshot of every story of the
// built Storybook in Chromium, on a light and a dark page, compared with its baseline in
// test/visual/ — a story fails when more than 0.01 % of its pixels differ beyond pixelmatch's
// anti-aliasing tolerance. `npm run test:visual -- --update` writes the baselines (commit them);
// differences land in test/visual/diff/ (not committed). The screenshots depend on Debian's
// Chromium and fonts, which .ci/run installs.
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import pixelmatch from 'pixelmatch';
import {PNG} from 'pngjs';
import puppeteer from 'puppeteer-core';
import {launchOptions, serve} from './chromium.js';
import {openStory} from './storybook-pages.js';

const update = process.argv.includes('--update');
const root = new URL('../storybook-static/', import.meta.url).pathname;
const baselines = new URL('../test/visual/', import.meta.url).pathname;
const diffs = join(baselines, 'diff');
rmSync(diffs, {recursive: true, force: true});
const {server, base} = await serve(root, {'/favicon.ico': ['image/x-icon', null]});
const stories = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story'
);

const browser = await puppeteer.launch(launchOptions);
const page = await browser.newPage();

/** The story on a `theme` page, as a PNG of its root (at most 1,600 px tall). */
async function screenshot(story, theme) {
  // A story at a viewport preset's width (publisher-article.stories.ts) is taken at that width.
  const width = Number(story.tags.find((tag) => tag.startsWith('width-'))?.slice(6) ?? 1000);
  await page.setViewport({width, height: 800});
  // No motion and no caret: what is compared is what stays still.
  await openStory(page, base, story, theme, [{name: 'prefers-reduced-motion', value: 'reduce'}]);
  await page.evaluate(async () => {
    await document.fonts.ready;
    const style = document.createElement('style');
    style.textContent =
      '*, ::before, ::after { animation: none !important; caret-color: transparent !important }';
    document.head.append(style);
  });
  const root = await page.$('#storybook-root');
  const box = await root.boundingBox();
  const clip = {x: 0, y: 0, width, height: Math.min(Math.ceil(box.y + box.height), 1600)};
  return PNG.sync.read(await page.screenshot({clip, captureBeyondViewport: true}));
}

let passed = 0;
let failed = 0;
try {
  for (const story of stories) {
    for (const theme of ['light', 'dark']) {
      const name = `${story.id}--${theme}.png`;
      const shot = await screenshot(story, theme);
      const file = join(baselines, name);
      if (update || !existsSync(file)) {
        mkdirSync(baselines, {recursive: true});
        writeFileSync(file, PNG.sync.write(shot));
        console.log(`${update ? 'updated' : 'new baseline'} ${name}`);
        continue;
      }
      const baseline = PNG.sync.read(readFileSync(file));
      const same = baseline.width === shot.width && baseline.height === shot.height;
      const diff = new PNG({width: shot.width, height: shot.height});
      const pixels = same
        ? pixelmatch(baseline.data, shot.data, diff.data, shot.width, shot.height, {threshold: 0.01})
        : -1;
      if (same && pixels <= shot.width * shot.height * 0.0001) {
        passed++;
        continue;
      }
      failed++;
      mkdirSync(diffs, {recursive: true});
      writeFileSync(join(diffs, name), PNG.sync.write(same ? diff : shot));
      console.log(
        `✗ ${story.title} › ${story.name} (${theme}): ` +
          (same
            ? `${pixels} pixels differ`
            : `${shot.width}×${shot.height}, was ${baseline.width}×${baseline.height}`) +
          ` — test/visual/diff/${name}`
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`visual: ${passed} passed, ${failed} failed${update ? ' (baselines updated)' : ''}`);
process.exitCode = failed ? 1 : 0;
