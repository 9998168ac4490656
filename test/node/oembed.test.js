// The oEmbed provider over HTTP, as a CMS meets it, and the `story-widgets oembed` command.
import assert from 'node:assert/strict';
import {execFile, spawn} from 'node:child_process';
import {once} from 'node:events';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let provider;
let origin;
const seed = '/zh/n/venezuela-nino-guerrero-strike';

before(async () => {
  provider = spawn(process.execPath, [join(root, 'test/node/oembed-provider.js')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await once(provider.stdout, 'data');
  origin = String(line).trim();
});
after(() => provider.kill());

/** Asks the provider about `url` with `params`; the status, content type and JSON body. */
async function ask(url, params = {}, init = {}) {
  const query = new URLSearchParams({url, ...params});
  const response = await fetch(`${origin}/oembed?${query}`, init);
  return {status: response.status, type: response.headers.get('content-type'), body: await response.json()};
}

test('a story page gets a rich response: the iframe of embed.html, sized, titled, cacheable', async () => {
  const {status, type, body} = await ask(origin + seed);
  const title = "US airstrike kills Tren de Aragua chief Niño Guerrero, 'coordinated' with Caracas";
  assert.equal(status, 200);
  assert.equal(type, 'application/json; charset=utf-8');
  const {html, ...rest} = body;
  assert.deepEqual(rest, {
    version: '1.0',
    type: 'rich',
    width: 680,
    // The place <story-summary> keeps at 680 px before its story arrives (src/render/placeholder.ts).
    height: 349,
    title,
    url: origin + seed,
    provider_name: 'The Daily Meridian',
    provider_url: `${origin}/`,
    cache_age: 86400,
  });
  const src = new URL(html.match(/<iframe data-story-widgets src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  assert.equal(src.origin + src.pathname, `${origin}/embed.html`);
  assert.equal(src.searchParams.get('src'), `${origin}${seed}.json`);
  assert.equal(src.searchParams.get('element'), 'story-summary');
  assert.match(html, / width="100%" height="349" loading="lazy"/);
  assert.match(html, /style="max-width: 680px; border: 0"/);
  assert.match(html, /sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"/);
  assert.match(html, /<script async src="[^"]+\/embed-host\.js"><\/script>$/);
});

test('refresh asks for an embed that keeps its story current (at least every 10 s)', async () => {
  const page = (html) => new URL(html.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  assert.equal(page((await ask(origin + seed, {refresh: '60'})).body.html).searchParams.get('refresh'), '60');
  assert.equal(page((await ask(origin + seed, {refresh: '5'})).body.html).searchParams.get('refresh'), '10');
  assert.equal(page((await ask(origin + seed)).body.html).searchParams.has('refresh'), false);
  const bad = await ask(origin + seed, {refresh: 'often'});
  assert.equal(bad.status, 400);
  assert.match(bad.body.error, /refresh is a number of seconds/);
});

test('maxwidth and maxheight bound the size', async () => {
  const narrow = (await ask(origin + seed, {maxwidth: '400'})).body;
  assert.equal(narrow.width, 400);
  assert.ok(narrow.height > (await ask(origin + seed)).body.height, 'narrower is taller');
  const small = (await ask(origin + seed, {maxwidth: '300', maxheight: '250'})).body;
  assert.deepEqual([small.width, small.height], [300, 250]);
  assert.match(small.html, / width="100%" height="250" .* style="max-width: 300px; /);
});

test('a pasted URL with a trailing slash, a query or a fragment gets the embed of its canonical page', async () => {
  const json = (html) =>
    new URL(html.match(/<iframe [^>]*src="([^"]+)"/)[1].replaceAll('&amp;', '&')).searchParams.get('src');
  for (const pasted of [
    `${seed}/`,
    `${seed}?utm_source=wp`,
    `${seed}#summary`,
    `${seed}/?utm_source=wp#top`,
  ]) {
    const {status, body} = await ask(origin + pasted);
    assert.equal(status, 200, pasted);
    assert.equal(body.url, origin + seed, pasted);
    assert.equal(json(body.html), `${origin}${seed}.json`, pasted);
  }
  // Only those: another path is still another page.
  assert.equal((await ask(`${origin}${seed}-x/`)).status, 404);
  assert.equal((await ask(`${origin}${seed}/more`)).status, 404);
});

test("the html opens with the fallback WordPress keeps when it filters a discovered provider's html", async () => {
  const {body} = await ask(`${origin}${seed}/?utm_source=wp`);
  const title = 'US airstrike kills Tren de Aragua chief Niño Guerrero, &#39;coordinated&#39; with Caracas';
  assert.match(
    body.html,
    new RegExp(
      `^<blockquote class="wp-embedded-content"[^>]*><a href="${origin}${seed}">${title}</a></blockquote><iframe `
    )
  );
  // What wp_filter_oembed_result (wp-includes/embed.php) keeps: a, blockquote and iframe without
  // their other attributes, then the blockquote at the start and the first iframe.
  const kept = body.html
    .replace(/<(?!\/?(?:a|blockquote|iframe)\b)[^>]*>/g, '')
    .replace(/<(blockquote)[^>]*>/g, '<$1>')
    .replace(/ (?:class|hidden|data-[a-z-]+|sandbox|loading|style)(?:="[^"]*")?(?=[ >])/g, '');
  const [, quote, iframe] = kept.match(/(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s);
  assert.ok(quote, 'WordPress shows the blockquote until the frame speaks, and loads wp-embed.js for it');
  assert.match(
    iframe,
    /^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" frameborder="0"><\/iframe>$/
  );
});

test('404 for pages it does not serve or cannot find, 501 for XML, 400 and 405 for bad requests', async () => {
  assert.equal((await ask('https://elsewhere.example/zh/n/venezuela-nino-guerrero-strike')).status, 404);
  assert.equal((await ask(`${origin}/zh/n/no-such-story`)).status, 404);
  assert.equal((await ask('not a url')).status, 404);
  const xml = await ask(origin + seed, {format: 'xml'});
  assert.equal(xml.status, 501);
  assert.match(xml.body.error, /answers JSON only/);
  assert.equal((await ask(origin + seed, {maxwidth: 'wide'})).status, 400);
  assert.equal((await ask(origin + seed, {}, {method: 'POST'})).status, 405);
});

/** Runs the command line; its exit code and output. */
const run = (args) =>
  new Promise((resolve) =>
    execFile(process.execPath, [join(root, 'dist/cli.js'), ...args], (error, stdout, stderr) =>
      resolve({code: error ? error.code : 0, stdout, stderr})
    )
  );

test('story-widgets oembed prints the response for a story page', async () => {
  const {code, stdout} = await run([
    'oembed',
    origin + seed,
    '--embed',
    'https://embed.example/embed.html',
    '--maxwidth',
    '500',
  ]);
  assert.equal(code, 0);
  const body = JSON.parse(stdout);
  assert.equal(body.width, 500);
  assert.equal(body.provider_name, origin.replace('http://', ''));
  assert.match(
    body.html,
    /<\/blockquote><iframe data-story-widgets src="https:\/\/embed\.example\/embed\.html\?src=/
  );
  const missing = await run([
    'oembed',
    `${origin}/zh/n/no-such-story`,
    '--embed',
    'https://embed.example/embed.html',
  ]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^\S+no-such-story: 404: HTTP 404 for \S+no-such-story\.json\n$/);
  assert.equal((await run(['oembed', origin + seed])).code, 2);
});
