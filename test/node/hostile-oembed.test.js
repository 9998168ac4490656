// The hostile corpus of the oEmbed provider: requests and story hosts as an attacker or a broken
// server makes them, each with the answer it must get (README, "Security model").
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {after, before, test} from 'node:test';
import {createOEmbedHandler, oembed} from 'story-widgets/oembed';
import {endless, host, never, redirect, seedJson, story} from './hosts.js';

let news; // the site's story host
let internal; // a port on the provider's own network
/** Every URL the provider fetched, in this process. */
const fetched = [];
const realFetch = globalThis.fetch;

before(async () => {
  globalThis.fetch = (input, init) => {
    fetched.push(String(input instanceof Request ? input.url : input));
    return realFetch(input, init);
  };
  internal = await host({'/': story(), '/n/x.json': story()});
  news = await host({
    '/n/seed.json': story(),
    '/n/again.json': story(),
    '/n/kept.json': story({'cache-control': 'public, max-age=60'}),
    '/n/fresh.json': story({'cache-control': 'no-store'}),
    '/n/shared.json': (req, res) => setImmediate(() => story()(req, res)),
    '/n/away.json': redirect(() => `${internal.origin}/n/x.json`),
    '/n/home.json': redirect(() => `${news.origin}/n/seed.json`),
    '/n/broken.json': (_, res) => res.writeHead(500).end(`SECRET-REPLY of ${internal.origin}`),
    '/n/huge.json': endless(50_000_000),
    '/n/hanging.json': never,
    '/n/marked-up.json': (_, res) =>
      res
        .writeHead(200, {'content-type': 'application/json'})
        .end(JSON.stringify({...JSON.parse(seedJson), title: '</a></blockquote><script>alert(1)</script>"'})),
  });
});
after(async () => {
  globalThis.fetch = realFetch;
  await Promise.all([news.close(), internal.close()]);
});

/**
 * Options as a careless site writes them: `pages` wide enough to match a story path on any host
 * and behind any query, so that only `origins` stands between a request and the network.
 */
const site = (more = {}) => ({
  embedUrl: 'https://embed.example/embed.html',
  origins: [news.origin],
  pages: /https?:\/\/.*\/n\/[a-z-]+/,
  storyJson: '{url}.json',
  providerName: 'The Daily Meridian',
  ...more,
});

const ask = (url, options) => oembed(new URLSearchParams({url}), options);

test('a loopback port named in the query is not fetched, whatever pages matches', async () => {
  const {status, body} = await ask(`${internal.origin}/?news.example.org/n/x`, site());
  assert.equal(status, 404);
  assert.equal(internal.requests.length, 0);
  assert.doesNotMatch(JSON.stringify(body), /127\.0\.0\.1/);
});

test('the cloud metadata address is never asked', async () => {
  const {status} = await ask('http://169.254.169.254/latest/meta-data/n/x?news.example.org/n/', site());
  assert.equal(status, 404);
  assert.equal(fetched.filter((url) => url.includes('169.254.169.254')).length, 0);
});

test('a storyJson function pointing off the origins is not followed', async () => {
  const options = site({storyJson: () => `${internal.origin}/n/x.json`});
  assert.equal((await ask(`${news.origin}/n/seed`, options)).status, 404);
  assert.equal(internal.requests.length, 0);
});

test('a storyJson that makes a file: URL reads no file', async () => {
  const options = site({storyJson: () => 'file:///etc/passwd'});
  const {status, body} = await ask(`${news.origin}/n/seed`, options);
  assert.equal(status, 404);
  assert.doesNotMatch(JSON.stringify(body), /passwd|root:/);
});

test('a redirect to another host and port is not followed', async () => {
  const {status} = await ask(`${news.origin}/n/away`, site());
  assert.equal(status, 502);
  assert.equal(internal.requests.length, 0);
});

test('a redirect within the allowed origin is followed', async () => {
  assert.equal((await ask(`${news.origin}/n/home`, site())).status, 200);
});

test("an error answer says what went wrong without the story server's reply or address", async () => {
  const errors = [];
  const {status, body} = await ask(`${news.origin}/n/broken`, site({onError: (e) => errors.push(e)}));
  assert.equal(status, 502);
  assert.deepEqual(body, {error: 'the story of that page could not be loaded'});
  assert.equal(errors.length, 1, 'the site is told, for its logs');
  const missing = await ask(`${news.origin}/n/no-such-story`, site());
  assert.deepEqual(missing, {status: 404, body: {error: 'this provider has no story for that page'}});
});

test('a story server streaming 50 MB is cut off at the size limit', async () => {
  const {status, body} = await ask(`${news.origin}/n/huge`, site());
  assert.equal(status, 502);
  assert.doesNotMatch(JSON.stringify(body), /bytes|127\.0\.0\.1/);
});

for (const flags of ['g', 'y']) {
  test(`pages with the ${flags} flag answers the same URL the same way every time`, async () => {
    const options = site({pages: new RegExp(`${news.origin.replaceAll('.', '\\.')}/n/[a-z-]+`, flags)});
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask(`${news.origin}/n/again`, options)).status);
    assert.deepEqual(statuses, [200, 200, 200, 200]);
  });
}

test('a provider without origins, or with anything but http(s) origins, does not start', () => {
  const {origins, ...rest} = site();
  assert.ok(origins);
  assert.throws(() => createOEmbedHandler(rest), {name: 'TypeError', message: /origins/});
  for (const bad of [[], ['https://news.example/n/'], ['javascript:alert(1)'], ['*'], [undefined]])
    assert.throws(() => createOEmbedHandler(site({origins: bad})), {name: 'TypeError', message: /origins/});
  assert.throws(() => createOEmbedHandler(site({embed: {element: 'toString'}})), {message: /embed\.element/});
  assert.throws(() => createOEmbedHandler(site({embedUrl: 'javascript:alert(1)'})), {message: /embedUrl/});
});

test('50 requests at once for one page make one story fetch', async () => {
  const options = site();
  const answers = await Promise.all(Array.from({length: 50}, () => ask(`${news.origin}/n/shared`, options)));
  assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([200]));
  assert.equal(news.count('/n/shared.json'), 1);
});

test("a story's Cache-Control keeps it for later requests; no-store does not", async () => {
  const options = site();
  for (let i = 0; i < 3; i++) assert.equal((await ask(`${news.origin}/n/kept`, options)).status, 200);
  assert.equal(news.count('/n/kept.json'), 1);
  for (let i = 0; i < 3; i++) assert.equal((await ask(`${news.origin}/n/fresh`, options)).status, 200);
  assert.equal(news.count('/n/fresh.json'), 3);
});

test('a client that hangs up stops its story fetch at once', {timeout: 5_000}, async () => {
  const handler = createOEmbedHandler(site());
  const provider = createServer(handler).listen(0, '127.0.0.1');
  await new Promise((resolve) => provider.once('listening', resolve));
  const query = new URLSearchParams({url: `${news.origin}/n/hanging`});
  const client = new AbortController();
  const asked = realFetch(`http://127.0.0.1:${provider.address().port}/?${query}`, {signal: client.signal});
  asked.catch(() => {});
  while (!news.requests.includes('/n/hanging.json')) await new Promise((resolve) => setImmediate(resolve));
  client.abort();
  // Without the abort the fetch would run on to its 10 s timeout, past this test's 5 s.
  while (!news.closed.includes('/n/hanging.json')) await new Promise((resolve) => setImmediate(resolve));
  provider.close();
});

test('error answers carry no access-control-allow-origin; embeds do', async () => {
  const provider = createServer(createOEmbedHandler(site())).listen(0, '127.0.0.1');
  await new Promise((resolve) => provider.once('listening', resolve));
  const at = (url) => `http://127.0.0.1:${provider.address().port}/?${new URLSearchParams({url})}`;
  const failed = await realFetch(at(`${news.origin}/n/broken`));
  assert.equal(failed.headers.get('access-control-allow-origin'), null);
  assert.doesNotMatch(await failed.text(), /SECRET|127\.0\.0\.1/);
  const ok = await realFetch(at(`${news.origin}/n/seed`));
  assert.equal(ok.headers.get('access-control-allow-origin'), '*');
  provider.close();
});

test("a story's title is text in WordPress's fallback and the iframe's title, never markup", async () => {
  const {status, body} = await ask(`${news.origin}/n/marked-up/?utm_source=x`, site());
  assert.equal(status, 200);
  assert.doesNotMatch(body.html, /<script>|<\/a><\/blockquote><script/);
  assert.match(
    body.html,
    /^<blockquote class="wp-embedded-content" hidden><a href="[^"]+\/n\/marked-up">&lt;\/a&gt;&lt;\/blockquote&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;<\/a><\/blockquote>/
  );
});
