// The hostile corpus of errors, third pass: what an error quoted of what it was given — a
// 200,000-character link or URL, whole. Any value quoted is at most 80 characters, without
// credentials.
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {loadStory} from 'story-widgets/data';
import {renderStoryWidget} from 'story-widgets/server';
import {file, refused, seedPage, timed} from './cli-run.js';
import {host, seedJson} from './hosts.js';

const seed = JSON.parse(seedJson);
let web;

before(async () => (web = await host()));
after(() => web.close());

// 5. Unbounded error text.

test('5. import of a 200,000-character javascript: link quotes 80 characters of it', async (t) => {
  const link = `javascript:${'a'.repeat(200_000)}`;
  const path = file(seedPage.replace('(/zh/entity/venezuela)', `(${link})`));
  const result = await timed(t, ['import', path, '--max-bytes', '1000000']);
  refused(result, /:\d+: "javascript:a{68}…" is not an http\(s\) URL: no link\n$/);
});

test('5. validate quotes a 200,000-character URL in 80 characters', async (t) => {
  const value = structuredClone(seed);
  value.lenses[0].takes[0].url = `data:text/html,${'x'.repeat(200_000)}`;
  const {code, stderr} = await timed(t, ['validate', file(JSON.stringify(value), 'json')]);
  assert.equal(code, 1);
  const [quoted] = stderr.match(/"[^"]*"/);
  assert.ok(quoted.length <= 82, `${quoted.length} characters quoted`);
  assert.ok(stderr.length < 400);
});

test('5. loadStory of a 200,000-character URL fails in a message of a line', async () => {
  const error = await loadStory(`${web.origin}/${'a'.repeat(200_000)}.json`).catch((e) => e);
  assert.equal(error.name, 'StoryError');
  assert.ok(error.message.length < 200, `${error.message.length} characters`);
});

test('5. render --element of 100,000 characters, and a server render of such a tag, quote 80', async (t) => {
  // 100,000: about the most one argument of a process may have (Linux's MAX_ARG_STRLEN, 128 kB).
  const tag = 'x'.repeat(100_000);
  refused(
    await timed(t, ['render', file(seedJson, 'json'), '--element', tag]),
    /--element is one of .*x…"\n/,
    2
  );
  await assert.rejects(renderStoryWidget(tag, seed), (error) => error.message.length < 200);
});
