// The hostile corpus of errors, third pass: what an error quoted of what it was given — a file's
// secrets past its first line, in V8's excerpt; a 200,000-character link or URL, whole. JSON errors
// now say where and nothing more; any value quoted is at most 80 characters, without credentials.
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {inspect} from 'node:util';
import {loadStory, parseStoryJson} from 'story-widgets/data';
import {renderStoryWidget} from 'story-widgets/server';
import {file, refused, seedPage, timed} from './cli-run.js';
import {host, seedJson} from './hosts.js';

const seed = JSON.parse(seedJson);
const SECRET = 'hunter2-SECRET';
let web;

before(async () => {
  web = await host({
    '/page.html': (_, res) =>
      res.writeHead(200, {'content-type': 'text/html'}).end(`<!doctype html><p>${SECRET}</p>`),
    '/secret.json': (_, res) =>
      res.writeHead(200, {'content-type': 'application/json'}).end(`{"id": "x", "password": ${SECRET}}`),
  });
});
after(() => web.close());

// 4. Errors quote the file.

test('4. validate of a file that is not JSON says where, and quotes none of it', async (t) => {
  const path = file(`{"user": "root",\n  "password": ${SECRET}, "token": "x"}`, 'json');
  refused(await timed(t, ['validate', path]), new RegExp(`^${path}: not JSON at line 2, column 15\\n$`));
});

test('4. validate <url> of an HTML page: not JSON at line 1, column 1, nothing of the page', async (t) => {
  const result = await timed(t, ['validate', `${web.origin}/page.html`]);
  refused(result, /: not JSON at line 1, column 1\n$/);
  assert.doesNotMatch(result.stderr, /SECRET|doctype/);
});

test('4. parseStoryJson says where the text stops being JSON, with no excerpt, not even in its cause', () => {
  const text = `{"id": "x",\n "password": ${SECRET}}`;
  assert.throws(() => parseStoryJson(text), {
    name: 'StoryError',
    kind: 'parse',
    message: 'The story is not JSON at line 2, column 14',
  });
  assert.throws(
    () => parseStoryJson(text, undefined, 'text/html; charset=utf-8'),
    (error) =>
      error.message === 'The story (served as text/html) is not JSON at line 2, column 14' &&
      !/SECRET/.test(inspect(error, {depth: 5}))
  );
});

test('4. loadStory of a body that is not JSON: the same message, whatever the engine says', async () => {
  const error = await loadStory(`${web.origin}/secret.json`).catch((e) => e);
  assert.equal(error.kind, 'parse');
  assert.match(error.message, /^The story \(served as application\/json\) is not JSON at line 1, column 25$/);
  assert.doesNotMatch(inspect(error, {depth: 5}), /SECRET/);
});

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
