// Writes test/fixtures/ssr/<element>.<lang>.html: the seed story rendered on the server by each
// element, in English and Arabic; and page.<lang>.html, the three block elements of one page
// (storyWidgetsPage), which share one inline story. test/node/server-render.test.js checks they are current; the
// browser tests (test/server-rendered.test.ts) load them with and without JavaScript.
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {renderStoryWidget, storyWidgetsPage} from '../dist/lib/server/index.js';

const root = new URL('../', import.meta.url);
const seed = JSON.parse(
  await readFile(new URL('test/fixtures/venezuela-nino-guerrero-strike.json', root), 'utf8')
);

/** What each fixture holds: the element, and the attributes it needs. */
export const ssrFixtures = ['en', 'ar'].flatMap((lang) =>
  [
    ['story-summary', {}],
    ['takes-by-lens', {}],
    ['story-numbers', {}],
    ['entity-chip', {entity: 'delcy-rodriguez'}],
  ].map(([tag, attributes]) => ({tag, lang, attributes, file: `test/fixtures/ssr/${tag}.${lang}.html`}))
);

/**
 * The fixture's HTML as the server renders it now; with a fixed CSP nonce, which the test page's
 * policy names (a real server makes a new one for each response).
 */
export const renderFixture = async ({tag, lang, attributes}) =>
  `${await renderStoryWidget(tag, seed, {lang, attributes, nonce: 'fixture'})}\n`;

/** The three block elements on one page, between paragraphs of its article. */
export const pageFixtures = ['en', 'ar'].map((lang) => ({lang, file: `test/fixtures/ssr/page.${lang}.html`}));

export async function renderPageFixture({lang}) {
  const page = storyWidgetsPage({lang, nonce: 'fixture'});
  const tags = ['story-summary', 'takes-by-lens', 'story-numbers'];
  const outputs = await Promise.all(tags.map((tag) => page.render(tag, seed)));
  return `${outputs.join('\n<p>A paragraph of the article.</p>\n')}\n`;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  await mkdir(new URL('test/fixtures/ssr/', root), {recursive: true});
  for (const fixture of ssrFixtures)
    await writeFile(new URL(fixture.file, root), await renderFixture(fixture));
  for (const fixture of pageFixtures)
    await writeFile(new URL(fixture.file, root), await renderPageFixture(fixture));
  console.log(`wrote ${ssrFixtures.length + pageFixtures.length} files in test/fixtures/ssr/`);
}
