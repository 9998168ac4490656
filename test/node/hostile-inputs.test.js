// The hostile corpus of the command line, the data layer and server rendering, third pass:
// credentials in what was printed. Each case ends with a short message and exit code 1, or
// succeeds safely. The errors' own corpus is hostile-errors.test.js.
import assert from 'node:assert/strict';
import {inspect} from 'node:util';
import {after, before, test} from 'node:test';
import {loadStory} from 'story-widgets/data';
import {file, refused, seedPage, timed} from './cli-run.js';
import {host, seedJson, story} from './hosts.js';

const seed = JSON.parse(seedJson);
const SECRET = 'hunter2-SECRET';
let web;

before(async () => {
  web = await host({
    '/story.json': story(),
    '/n/strike.json': story(),
  });
});
after(() => web.close());

/** `web`'s URL for `path`, with a user name and password in it. */
const withCredentials = (path) => `${web.origin.replace('//', `//user:${SECRET}@`)}${path}`;

// 8. What a publisher expects: credentials.

test('8. validate <url> with credentials loads without them and never prints them', async (t) => {
  const ok = await timed(t, ['validate', withCredentials('/story.json')]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.doesNotMatch(ok.stdout + ok.stderr, /SECRET|user:/);
  const missing = await timed(t, ['validate', withCredentials('/missing.json')]);
  refused(missing, /HTTP 404/);
  assert.doesNotMatch(missing.stderr, /SECRET|user:/);
});

test('8. oembed of a page URL with credentials writes none into the embed', async (t) => {
  const result = await timed(t, [
    'oembed',
    withCredentials('/n/strike'),
    '--embed',
    'https://embed.example/embed.html',
  ]);
  assert.equal(result.code, 0, result.stderr);
  assert.doesNotMatch(result.stdout + result.stderr, /SECRET|user(:|%3A)/);
});

test('8. import writes links without their credentials; render writes no attribute with them', async (t) => {
  const page = seedPage.replace(
    '(/zh/entity/venezuela)',
    `(https://user:${SECRET}@rbtfl.xyz/zh/entity/venezuela)`
  );
  const imported = await timed(t, ['import', file(page)]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /"url": "https:\/\/rbtfl\.xyz\/zh\/entity\/venezuela"/);
  assert.doesNotMatch(imported.stdout + imported.stderr, /SECRET/);
  const chip = ['-e', 'entity-chip', '-a', 'entity=venezuela', '-a', `href=${withCredentials('/x')}`];
  const rendered = await timed(t, ['render', file(seedJson, 'json'), ...chip]);
  assert.equal(rendered.code, 0, rendered.stderr);
  assert.doesNotMatch(rendered.stdout, /SECRET/);
});

test('8. loadStory of a URL with credentials loads it without them; its errors never show them', async () => {
  assert.equal((await loadStory(withCredentials('/story.json'))).id, seed.id);
  const error = await loadStory(withCredentials('/missing.json')).catch((e) => e);
  assert.equal(error.status, 404);
  assert.doesNotMatch(`${error.message} ${inspect(error)}`, /SECRET/);
});
