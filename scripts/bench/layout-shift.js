// Layout shift on an article page whose story answers after 500 ms: each element alone between
// paragraphs, and all four, at a desktop and a phone width; with no CSS from the publisher, and
// with dist/story-widgets.css linked as the README's snippet does.
import {readFileSync} from 'node:fs';
import {benchPage} from './harness.js';

const seedText = readFileSync(
  new URL('../../test/fixtures/venezuela-nino-guerrero-strike.json', import.meta.url)
);
export const slowStory = {
  '/bench/slow-story.json': (request, response) =>
    setTimeout(() => response.writeHead(200, {'content-type': 'application/json'}).end(seedText), 500),
};

const src = '/bench/slow-story.json';
const paragraph = (n) =>
  `<p>${'The killing of the gang’s leader marks a turn in how Washington fights cartels in the hemisphere. '.repeat(n)}</p>`;
const elements = {
  'story-summary': `<story-summary src="${src}"><a href="https://example.org/s">Read the story</a></story-summary>`,
  'takes-by-lens': `<takes-by-lens src="${src}" limit="3"><a href="https://example.org/t">How outlets covered it</a></takes-by-lens>`,
  'story-numbers': `<story-numbers src="${src}"><a href="https://example.org/n">The story in numbers</a></story-numbers>`,
  'entity-chip': `<p>Run jointly with the government in <entity-chip src="${src}" entity="venezuela">Venezuela</entity-chip>, the strike.</p>`,
};
/** What the README's snippet adds to the page's head, besides the script. */
const stylesheet = '<link rel="stylesheet" href="/dist/story-widgets.css">';

function article(name, body, withStylesheet) {
  return benchPage(
    `shift-${name}${withStylesheet ? '-styled' : ''}`,
    `<meta name="viewport" content="width=device-width">
    <style>body { max-width: 680px; margin: 0 auto; padding: 0 16px; font: 18px/1.6 Georgia, serif }</style>
    ${withStylesheet ? stylesheet : ''}
    <script>
      window.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
      }).observe({type: 'layout-shift', buffered: true});
    </script>
    <script type="module" src="/dist/story-widgets.js"></script>
    <h1>What the strike tells us</h1>${paragraph(2)}${body}${paragraph(3)}`
  );
}

export const pages = (withStylesheet) => ({
  ...Object.fromEntries(
    Object.entries(elements).map(([tag, html]) => [tag, article(tag, html, withStylesheet)])
  ),
  'the page with all four': article(
    'all',
    Object.values(elements)
      .map((html) => html + paragraph(1))
      .join(''),
    withStylesheet
  ),
});

/** Cumulative layout shift of `path` at `width`, once every element has settled. */
async function shiftOf(browser, url, width) {
  const tab = await browser.newPage();
  await tab.setViewport({width, height: 800});
  await tab.goto(url);
  await tab.waitForFunction(
    // Each element defined (the loader defines only those in the page) and settled.
    () =>
      [...document.querySelectorAll('story-summary, takes-by-lens, story-numbers, entity-chip')].every(
        (el) => customElements.get(el.localName) && el.matches(':state(ready), :state(error)')
      )
  );
  const shift = await tab.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.shift)))
      )
  );
  await tab.close();
  return shift;
}

/** The worst of three loads: whether the page paints before the script runs varies. */
async function worstShift(browser, url, width) {
  const shifts = [];
  for (let i = 0; i < 3; i++) shifts.push(await shiftOf(browser, url, width));
  return Math.max(...shifts).toFixed(3);
}

export async function layoutShift({browser, base}) {
  const lines = [];
  for (const withStylesheet of [false, true]) {
    const help = withStylesheet ? 'with dist/story-widgets.css' : 'no CSS from the page';
    lines.push(`layout shift, story after 500 ms, ${help} (worst of 3 loads):`);
    for (const [name, path] of Object.entries(pages(withStylesheet))) {
      const [desktop, phone] = [
        await worstShift(browser, base + path, 1000),
        await worstShift(browser, base + path, 375),
      ];
      lines.push(`  ${name.padEnd(24)} ${desktop} at 1000 px, ${phone} at 375 px`);
    }
  }
  return lines;
}
