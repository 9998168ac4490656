// `npm run test:wordpress` (after `npm run build`): the oEmbed provider and dist/embed.html in a
// real WordPress, as publishers run it — Debian's wordpress (6.1) with its default theme,
// MariaDB, Apache and PHP, which it installs nothing of (.ci/run does) — and each post read in
// headless Chromium (checks.js). A news site on a loopback port (site.js) serves the story page,
// the story, the provider and dist/; WordPress reaches it through a test plugin that allows
// loopback (allow-loopback.php), and knows it:
//   - registered, by the plugin docs/publishers.md shows (read from there), for its localhost URLs;
//   - discovered, from the story page's <link>, for its 127.0.0.1 URLs;
// in posts of the block editor and classic ones, with the URL pasted plain, with a trailing slash,
// and with a query and a fragment. Every service it starts is stopped at the end, failed or not.
//   npm run test:wordpress -- --screenshot=docs/wordpress.png   also keeps a picture of a post
import {execFileSync} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {launchOptions} from '../chromium.js';
import {checkPost} from './checks.js';
import {missingPackages} from './packages.js';
import {freePort, startApache, startMariaDB, stopAll, wordpressRoot} from './services.js';
import {startSite, storyId, storyTitle} from './site.js';

const here = (file) => new URL(file, import.meta.url).pathname;
const began = Date.now();
const screenshot = process.argv.find((arg) => arg.startsWith('--screenshot='))?.slice(13);

const missing = missingPackages();
if (missing.length) {
  console.error(`test:wordpress needs Debian's ${missing.join(', ')}: apt-get install ${missing.join(' ')}`);
  process.exit(1);
}
if (!existsSync(here('../../dist/embed-frame.js')) || !existsSync(here('../../dist/lib/oembed/index.js'))) {
  console.error('test:wordpress tests the build: run npm run build first');
  process.exit(1);
}

/** The plugin docs/publishers.md gives publishers, for the site's pages and provider. */
function documentedPlugin(site) {
  const docs = readFileSync(here('../../docs/publishers.md'), 'utf8');
  const [, code] = docs.match(/<!-- wordpress-plugin -->\s*```php\n([\s\S]*?)```/) ?? [];
  if (!code) throw new Error('docs/publishers.md has no ```php block after <!-- wordpress-plugin -->');
  return code
    .replaceAll('https://news\\.example\\.org', `http://localhost:${site.port}`)
    .replaceAll('https://embed.example.org/oembed', `${site.origin}/oembed`);
}

/** Block editor markup of an embed, as the editor saves a pasted URL our provider answers. */
const embedBlock = (url) =>
  `<!-- wp:embed {"url":"${url}","type":"wp-embed","providerNameSlug":"the-daily-meridian"} -->\n` +
  '<figure class="wp-block-embed is-type-wp-embed is-provider-the-daily-meridian wp-block-embed-the-daily-meridian">' +
  `<div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;
const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
const before = 'Caracas confirmed a joint operation on Thursday. What we know so far:';
const after = 'We will update this article as the story develops.';

/** The posts: an embed each, as an editor pastes the story page's URL. */
function posts(site) {
  const registered = `http://localhost:${site.port}/n/${storyId}`;
  const discovered = `${site.origin}/n/${storyId}`;
  const block = (url) => [paragraph(before), embedBlock(url), paragraph(after)].join('\n\n');
  const classic = (url) => `${before}\n\n${url}\n\n${after}`;
  return [
    {name: 'registered', content: block(registered)},
    {name: 'discovered', content: classic(discovered), discovered: true},
    {name: 'discovered-block', content: block(discovered), discovered: true},
    {name: 'trailing-slash', content: classic(`${registered}/`)},
    {name: 'query-and-fragment', content: block(`${registered}/?utm_source=newsletter#summary`)},
  ].map((post) => ({...post, title: 'Strike in Bolívar state: what we know'}));
}

const dir = mkdtempSync(join(tmpdir(), 'story-widgets-wordpress-'));
// Apache's children (www-data) read WordPress's files here.
chmodSync(dir, 0o755);
let site;
let browser;
const failures = [];
const stop = async () => {
  await browser?.close();
  await site?.close();
  await stopAll();
  rmSync(dir, {recursive: true, force: true});
};
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => stop().finally(() => process.exit(130)));
// Whatever ends the test, its folder goes (services.js ends the processes).
process.on('exit', () => rmSync(dir, {recursive: true, force: true}));

try {
  site = await startSite();
  const port = await freePort();
  const home = `http://localhost:${port}`;
  const socket = await startMariaDB(dir);
  const www = wordpressRoot(dir, {home, socket, constants: {STORY_WIDGETS_TEST_PORT: site.port}});
  writeFileSync(join(www, 'wp-content/plugins/story-embeds.php'), documentedPlugin(site));
  writeFileSync(join(www, 'wp-content/plugins/allow-loopback.php'), readFileSync(here('allow-loopback.php')));
  const setup = {home, plugins: ['story-embeds.php', 'allow-loopback.php'], posts: posts(site)};
  writeFileSync(join(dir, 'setup.json'), JSON.stringify(setup));
  const urls = execFileSync('php', [here('install.php'), www, join(dir, 'setup.json')], {encoding: 'utf8'})
    .trim()
    .split('\n');
  await startApache(dir, www, port);
  console.log(
    `WordPress at ${home}, the news site at ${site.origin} (${((Date.now() - began) / 1000).toFixed(1)} s)`
  );
  // The test's own handlers stop the browser, with everything else.
  browser = await puppeteer.launch({
    ...launchOptions,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  for (const [i, post] of setup.posts.entries()) {
    for (const width of [1280, 390]) {
      const found = await checkPost(
        browser,
        {...post, url: urls[i]},
        width,
        {...site, title: storyTitle},
        {screenshot: screenshot && post.name === 'discovered' && width === 1280 ? screenshot : undefined}
      );
      console.log(`${found.length ? '✗' : '✓'} ${post.name} at ${width} px`);
      failures.push(...found);
    }
  }
  // Each post asked the provider once (WordPress keeps the answer), with the URL as pasted.
  const asked = site.requests.map((url) => new URL(url, site.origin).searchParams.get('url'));
  console.log(`the provider was asked for: ${[...new Set(asked)].join(', ')}`);
} catch (error) {
  failures.push(error.stack ?? String(error));
} finally {
  await stop();
}
for (const failure of failures) console.error(`  ${failure}`);
console.log(
  `test:wordpress: ${failures.length ? `${failures.length} failed` : 'all passed'} in ${((Date.now() - began) / 1000).toFixed(1)} s`
);
process.exitCode = failures.length ? 1 : 0;
