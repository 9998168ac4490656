// `story-widgets/data` in plain Node 20: no DOM, no Lit, just the format, the validator and the
// loader, as the command line and server rendering use them.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {after, before, test} from 'node:test';
import {loadStory, parseStory, StoryError, storyCounts, storyProblems, storySchema} from 'story-widgets/data';

const seedText = await readFile(
  new URL('../fixtures/venezuela-nino-guerrero-strike.json', import.meta.url),
  'utf8'
);
const seed = JSON.parse(seedText);

test('validates the seed, resolving its relative links against its url', () => {
  const story = parseStory(seed);
  assert.equal(story.title, seed.title);
  assert.equal(story.entities[1].url, 'https://rbtfl.xyz/zh/entity/venezuela');
  assert.deepEqual(storyCounts(story), {takes: 11, lenses: 4, regions: 2});
  assert.equal(storySchema.properties.version.const, 1);
});

test('reads `updated`: a date-time with its offset, no earlier than `date`', () => {
  assert.equal(parseStory({...seed, updated: '2026-06-12T14:30:00Z'}).updated, '2026-06-12T14:30:00Z');
  assert.equal(parseStory({...seed, updated: '2026-06-12T09:30+02:00'}).updated, '2026-06-12T09:30+02:00');
  const wrong = {
    '2026-06-12': /does not match/,
    '2026-06-12T14:30': /does not match/,
    '2026-06-11T23:59:00Z': /earlier than date "2026-06-12"/,
    '2026-06-12 09:30+0200': /does not match/,
  };
  for (const [updated, message] of Object.entries(wrong)) {
    assert.throws(
      () => parseStory({...seed, updated}),
      (error) => error.path === 'updated' && message.test(error.message),
      updated
    );
    assert.equal(storyProblems({...seed, updated})[0].path, 'updated', updated);
  }
  assert.equal(storySchema.properties.updated.type, 'string');
});

test('names the bad field of an invalid story', () => {
  const broken = structuredClone(seed);
  broken.lenses[2].takes[0].url = 42;
  assert.throws(
    () => parseStory(broken),
    (error) =>
      error instanceof StoryError && error.kind === 'invalid' && error.path === 'lenses[2].takes[0].url'
  );
});

test('imports nothing from Lit or the DOM', async () => {
  const dir = new URL('../../dist/lib/data/', import.meta.url);
  for (const file of [
    'index.js',
    'schema.js',
    'story-format.js',
    'load-story.js',
    'story-error.js',
    'safe-url.js',
  ]) {
    const code = await readFile(new URL(file, dir), 'utf8');
    const imports = [...code.matchAll(/from\s+'([^']+)'/g)].map(([, specifier]) => specifier);
    assert.deepEqual(
      imports.filter((specifier) => !specifier.startsWith('./')),
      [],
      `${file} imports only its siblings`
    );
  }
  assert.equal(globalThis.document, undefined);
});

let server;
let base;
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/story.json') res.writeHead(200, {'content-type': 'application/json'}).end(seedText);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
});
after(() => server.close());

test('loads a story over HTTP with fetch, relative to a base', async () => {
  const story = await loadStory('story.json', {base});
  assert.equal(story.id, seed.id);
});

test('rejects with a StoryError naming the HTTP status', async () => {
  await assert.rejects(
    loadStory(`${base}missing.json`),
    (error) => error instanceof StoryError && error.kind === 'http' && error.status === 404
  );
});
