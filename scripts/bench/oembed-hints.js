// The oEmbed provider's height hints against what its frame then takes: each element at 390, 500
// (WordPress's default) and 680 px, the hint from the provider as built (dist/lib/oembed), the
// content measured in dist/embed.html at that width, with the seed story. test/oembed.test.ts
// holds them within 15 % in each engine; this prints the figures (Chromium).
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {oembed} from '../../dist/lib/oembed/index.js';

const seed = readFileSync(
  new URL('../../test/fixtures/venezuela-nino-guerrero-strike.json', import.meta.url)
);
const widths = [390, 500, 680];
const elements = {
  'story-summary': {},
  'takes-by-lens': {},
  'story-numbers': {},
  'entity-chip': {entity: 'venezuela'},
};

/** The provider's answer for `element` at `maxwidth`, its story from a host on loopback. */
async function hint(host, element, maxwidth) {
  const query = new URLSearchParams({url: `${host}/n/strike`, maxwidth: String(maxwidth)});
  const {body} = await oembed(query, {
    embedUrl: 'https://embed.example.org/embed.html',
    origins: [host],
    pages: /.*/,
    storyJson: '{url}.json',
    providerName: 'bench',
    embed: {element, attributes: elements[element]},
  });
  return body.height;
}

/** The height of `element` alone in dist/embed.html, `width` px wide. */
async function content(browser, base, element, width) {
  const tab = await browser.newPage();
  await tab.setViewport({width, height: 900});
  const query = new URLSearchParams({
    src: '/test/fixtures/venezuela-nino-guerrero-strike.json',
    element,
    ...elements[element],
  });
  await tab.goto(`${base}/dist/embed.html?${query}`);
  await tab.waitForFunction((tag) => document.querySelector(tag)?.matches(':state(ready)'), {}, element);
  const height = await tab.evaluate(() => document.documentElement.getBoundingClientRect().height);
  await tab.close();
  return height;
}

export async function oembedHints({browser, base}) {
  const host = createServer((_, res) => res.writeHead(200, {'content-type': 'application/json'}).end(seed));
  await once(host.listen(0, '127.0.0.1'), 'listening');
  const origin = `http://127.0.0.1:${host.address().port}`;
  const lines = ['oEmbed height hints against the content of the frame (seed story, Chromium):'];
  try {
    for (const element of Object.keys(elements)) {
      const cells = [];
      for (const width of widths) {
        const [said, took] = [
          await hint(origin, element, width),
          await content(browser, base, element, width),
        ];
        cells.push(`${width} px ${said}/${Math.round(took)} (${Math.round(((said - took) / took) * 100)} %)`);
      }
      lines.push(`  ${element.padEnd(14)} ${cells.join(', ')}`);
    }
  } finally {
    host.close();
  }
  return lines;
}
