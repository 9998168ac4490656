// What `npm run test:wordpress` checks in each post, in headless Chromium, as a reader at 1,280
// and at 390 px: the story shows in its frame, the frame is as tall as its content (also after
// the reader expands it), the page never scrolls sideways, a link opens, and the console of the
// page and its frames stays clean.
import {setTimeout as sleep} from 'node:timers/promises';

/** Px a frame may differ from its content: the content's fraction of a pixel, rounded up. */
const SLACK = 2;

/** Waits for `ok()` to be true, every 50 ms, for at most `seconds`; its last answer. */
async function settle(ok, seconds = 10) {
  for (let waited = 0; waited < seconds * 1000; waited += 50) {
    if (await ok()) return true;
    await sleep(50);
  }
  return ok();
}

/**
 * The frame's height against its content's, once they agree or 10 s have passed. A discovered
 * provider's frame is sized by WordPress's wp-embed.js, which keeps it between 200 and 1,000 px.
 */
async function sizes(iframe, frame, discovered) {
  const measure = async () => {
    const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    return {height, content, expected: discovered ? Math.min(Math.max(content, 200), 1000) : content};
  };
  let last;
  await settle(async () => {
    last = await measure();
    return Math.abs(last.height - last.expected) <= SLACK;
  });
  return last;
}

/**
 * Clicks the part `part` of the frame's <story-summary> as a reader does: the page scrolled to
 * bring it to the middle of the window, and the button held for a tenth of a second (wp-embed.js
 * follows a link only while the frame has focus).
 */
async function clickPart(page, iframe, frame, part) {
  // Within the frame first: a frame WordPress keeps at 1,000 px scrolls what is below.
  const target = await frame.evaluate((name) => {
    const el = document.querySelector('story-summary').shadowRoot.querySelector(`[part~="${name}"]`);
    document.scrollingElement.scrollTop += el.getBoundingClientRect().top - innerHeight / 2;
    const box = el.getBoundingClientRect();
    return {x: box.x + box.width / 2, y: box.y + box.height / 2};
  }, part);
  await page.evaluate(
    (el, {y}) => scrollBy({top: el.getBoundingClientRect().top + y - innerHeight / 2, behavior: 'instant'}),
    iframe,
    target
  );
  // Two frames of each: the browser routes a click into a frame by what it last drew.
  const drawn = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await Promise.all([page.evaluate(drawn), frame.evaluate(drawn)]);
  const [x, y] = await page.evaluate(
    (el, {x, y}) => {
      const box = el.getBoundingClientRect();
      return [box.left + el.clientLeft + x, box.top + el.clientTop + y];
    },
    iframe,
    target
  );
  await page.mouse.click(x, y, {delay: 100});
}

/**
 * Checks `post` ({name, url, discovered}) at `width`; `site` is the news site (startSite()).
 * Resolves to the failures, as sentences.
 */
export async function checkPost(browser, post, width, site, {screenshot} = {}) {
  const failures = [];
  const fail = (what) => failures.push(`${post.name} at ${width} px: ${what}`);
  const heard = [];
  // The browser's own messages about a frame of another site (a blocked popup, a refused request)
  // reach only a session of that frame's own.
  const listen = async (target) => {
    if (target.type() !== 'other') return;
    const session = await target.createCDPSession();
    session.on('Log.entryAdded', ({entry}) => {
      if (['error', 'warning'].includes(entry.level))
        heard.push(`${entry.level}: ${entry.text} (${entry.url ?? ''})`);
    });
    await session.send('Log.enable');
  };
  browser.on('targetcreated', listen);
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type()))
      heard.push(`${message.type()}: ${message.text()} (${message.location().url ?? ''})`);
  });
  page.on('pageerror', (error) => heard.push(`uncaught: ${error.message}`));
  // In every frame, before its scripts: what is thrown there reaches the page's console.
  await page.evaluateOnNewDocument(() => {
    addEventListener('error', (event) => console.error(`uncaught: ${event.message}`));
    addEventListener('unhandledrejection', (event) => console.error(`unhandled rejection: ${event.reason}`));
  });
  try {
    await page.setViewport({width, height: 900});
    await page.goto(post.url, {waitUntil: 'load'});
    const iframe = await page.waitForSelector('iframe[src*="/embed.html"]', {timeout: 10_000});
    const frame = await iframe.contentFrame();
    await frame.waitForFunction(() => document.querySelector('story-summary')?.matches(':state(ready)'), {
      timeout: 15_000,
    });
    const text = await frame.evaluate(() => document.querySelector('story-summary').shadowRoot.textContent);
    if (!text.includes(site.title)) fail('the story does not show in the frame');
    // WordPress shows a filtered provider's frame once it has spoken, and sizes it.
    let size = await sizes(iframe, frame, post.discovered);
    if (Math.abs(size.height - size.expected) > SLACK)
      fail(`the frame is ${size.height} px tall around ${size.content} px of content`);
    const shown = await page.evaluate(
      (el) => ({
        // WordPress clips a filtered provider's frame to nothing until it speaks.
        frame: el.checkVisibility() && !el.style.clip && el.getBoundingClientRect().width > 200,
        fallback: [...document.querySelectorAll('blockquote.wp-embedded-content')].some((q) =>
          q.checkVisibility()
        ),
      }),
      iframe
    );
    if (!shown.frame) fail('the frame is hidden');
    if (shown.fallback) fail("WordPress's fallback blockquote still shows beside the frame");
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    if (scroll > 0) fail(`the page scrolls sideways by ${scroll} px`);
    if (screenshot) {
      // The site's header and the article, to the paragraph after the embed.
      const bottom = await page.evaluate(
        () => document.querySelector('.entry-content').getBoundingClientRect().bottom
      );
      await page.screenshot({
        path: screenshot,
        clip: {x: 0, y: 0, width, height: Math.ceil(bottom) + 48},
        captureBeyondViewport: true,
      });
    }
    // The reader asks for more: the frame follows. (Once more if the first click found the frame
    // still being drawn, on a busy machine: the button's state tells.)
    const expanded = () =>
      frame
        .waitForFunction(
          () =>
            document.querySelector('story-summary').shadowRoot.querySelector('[part~="more"]')
              .ariaExpanded === 'true',
          {timeout: 3000}
        )
        .then(
          () => true,
          () => false
        );
    await clickPart(page, iframe, frame, 'more');
    if (!(await expanded())) await clickPart(page, iframe, frame, 'more');
    if (!(await expanded())) fail('"More about this story" did not open');
    const folded = size.content;
    size = await sizes(iframe, frame, post.discovered);
    if (size.content < folded + 100)
      fail(`expanded, the story is ${size.content} px tall, folded ${folded} px`);
    if (Math.abs(size.height - size.expected) > SLACK)
      fail(`expanded, the frame is ${size.height} px tall around ${size.content} px of content`);
    // The story's own link: a new tab where the frame may open one, WordPress's page itself
    // (wp-embed.js, asked by the frame) where it may not. Once more if the first click found the
    // link still moving (the frame resizing after "More", on a busy machine): nothing opened.
    const open = () =>
      post.discovered
        ? page.waitForNavigation({timeout: 6_000}).then(() => page.url())
        : browser
            .waitForTarget((target) => target.url() === site.page, {timeout: 6_000})
            .then(async (target) => {
              await (await target.page())?.close();
              return target.url();
            });
    let opened = open();
    await clickPart(page, iframe, frame, 'link');
    let url = await opened.catch(() => undefined);
    if (url === undefined) {
      opened = open();
      await clickPart(page, iframe, frame, 'link');
      url = await opened.catch(() => page.url());
    }
    if (url !== site.page) fail(`the story's link did not open ${site.page} (the page is at ${url})`);
  } catch (error) {
    fail(error.message.split('\n')[0]);
  } finally {
    browser.off('targetcreated', listen);
    for (const line of heard) fail(`console ${line}`);
    await page.close();
  }
  return failures;
}
