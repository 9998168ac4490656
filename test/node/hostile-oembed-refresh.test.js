// The oEmbed provider's `refresh`, third pass: read by the elements' one rule (src/data/refresh.ts),
// from the request and from the site's options. An embed it answers either refreshes every 10 s
// or more, or not at all; what embed.html then requests is counted in a browser
// (test/hostile-refresh.test.ts).
import assert from 'node:assert/strict';
import {after, before, mock, test} from 'node:test';
import {oembed} from 'story-widgets/oembed';
import {host, story} from './hosts.js';

let news;
before(async () => (news = await host({'/n/strike.json': story()})));
after(() => news.close());

const site = (attributes) => ({
  embedUrl: 'https://embed.example/embed.html',
  origins: [news.origin],
  pages: /https?:\/\/.*\/n\/[a-z-]+/,
  storyJson: '{url}.json',
  providerName: 'The Daily Meridian',
  embed: {element: 'story-numbers', attributes},
});

/** The `refresh` of the embed the provider answers (`null`: none), or its error status. */
async function refreshOf(options, query = {}) {
  const {status, body} = await oembed(
    new URLSearchParams({url: `${news.origin}/n/strike`, ...query}),
    options
  );
  if (status !== 200) return status;
  const src = body.html.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  return new URL(src).searchParams.get('refresh');
}

test("3. a site's embed.attributes.refresh that is no number of seconds makes embeds that do not refresh, and warns once", async () => {
  for (const refresh of ['soon', '-5', 'Infinity', 'NaN', '30s']) {
    const warn = mock.method(console, 'warn', () => {});
    const options = site({refresh, limit: '2'});
    assert.equal(await refreshOf(options), null, refresh);
    assert.equal(await refreshOf(options), null, refresh);
    assert.equal(warn.mock.callCount(), 1, refresh);
    assert.match(String(warn.mock.calls[0].arguments[0]), new RegExp(`"${refresh}" is no number of seconds`));
    warn.mock.restore();
  }
});

test('3. a request refresh is read by the same rule: a number of seconds, 10 at least, 0 for never', async () => {
  const options = site({refresh: '60'});
  assert.equal(await refreshOf(options), '60', "the site's");
  assert.equal(await refreshOf(options, {refresh: '90'}), '90', "the request's wins");
  assert.equal(await refreshOf(options, {refresh: '2.5'}), '10');
  assert.equal(await refreshOf(options, {refresh: '0'}), null);
  for (const refresh of ['Infinity', '1e400', '-1', 'often', '0x'])
    assert.equal(await refreshOf(options, {refresh}), 400, refresh);
});
