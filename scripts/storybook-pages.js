// Opening the built Storybook's pages in Puppeteer, shared by the smoke test
// (test-storybook.js) and the visual comparison (test-visual.js).
import {tags} from './elements.js';

/** Waits until every story element on the page is defined and has settled its story. */
export function settled(page) {
  return page.evaluate(async (tags) => {
    const elements = [...document.querySelectorAll(tags)];
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(elements.map((el) => el.updateComplete));
    // Held requests never answer: those elements stay in their loading state on purpose. A
    // standalone chip has no story (no state): nothing to wait for.
    const withStory = elements.filter((el) => el.matches(':state(loading), :state(ready), :state(error)'));
    await Promise.all(withStory.filter((el) => !el.src?.includes('/held/')).map((el) => el.storyComplete));
    return elements.length;
  }, tags.join(', '));
}

/**
 * Opens a story on a `theme` page, in the medium its tags ask for (`print`, `forced-colors`,
 * Chromium's emulation) with `features` besides, and waits until it has rendered and settled.
 */
export async function openStory(page, base, story, theme, features = []) {
  // One call for both: Puppeteer's emulateMediaType and emulateMediaFeatures each send
  // Emulation.setEmulatedMedia, and each call clears what the other set.
  sessions.set(page, sessions.get(page) ?? (await page.createCDPSession()));
  await sessions.get(page).send('Emulation.setEmulatedMedia', {
    media: story.tags.includes('print') ? 'print' : 'screen',
    features: [
      ...features,
      ...(story.tags.includes('forced-colors') ? [{name: 'forced-colors', value: 'active'}] : []),
    ],
  });
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`);
  await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0);
  await settled(page);
}

const sessions = new WeakMap();
