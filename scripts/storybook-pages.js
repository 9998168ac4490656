// Opening the built Storybook's pages in Puppeteer, shared by the smoke test
// (test-storybook.js) and the visual comparison (test-visual.js).
import {tags} from './elements.js';

/**
 * Waits until every story element on the page is defined and has settled its story, and a story
 * that is still at work (the live story, until its update shows) says so no more: `aria-busy`.
 */
export async function settled(page) {
  const count = await page.evaluate(async (tags) => {
    const elements = [...document.querySelectorAll(tags)];
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(elements.map((el) => el.updateComplete));
    // Held requests never answer: those elements stay in their loading state on purpose. A
    // standalone chip has no story (no state): nothing to wait for.
    const withStory = elements.filter((el) => el.matches(':state(loading), :state(ready), :state(error)'));
    await Promise.all(withStory.filter((el) => !el.src?.includes('/held/')).map((el) => el.storyComplete));
    return elements.length;
  }, tags.join(', '));
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), {timeout: 10_000});
  return count;
}

/**
 * Opens a story on a `theme` page, with the media `features` Chromium emulates (reduced motion
 * for the screenshots), and waits until it has rendered and settled.
 */
export async function openStory(page, base, story, theme, features = []) {
  await page.emulateMediaFeatures(features);
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`);
  await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0);
  await settled(page);
}
