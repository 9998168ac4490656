// The hostile corpus of the command line, the data layer and server rendering, third pass: an
// attribute that became CSS, limits checked against sizes a file reports, output that wrote over
// its own input, credentials in what was printed. Each case ends with a short message and exit
// code 1 (2 for an option the command does not take, as every wrong option does), or succeeds
// safely. The errors' own corpus is hostile-errors.test.js.
import assert from 'node:assert/strict';
import {spawn, execFileSync} from 'node:child_process';
import {closeSync, constants, lstatSync, openSync, readFileSync, symlinkSync} from 'node:fs';
import {open} from 'node:fs/promises';
import {join} from 'node:path';
import {inspect} from 'node:util';
import {after, before, test} from 'node:test';
import {loadStory, StoryPoll} from 'story-widgets/data';
import {renderStoryWidget} from 'story-widgets/server';
import {file, refused, root, scratch, seedPage, timed} from './cli-run.js';
import {endless, host, seedJson, story} from './hosts.js';

const seed = JSON.parse(seedJson);
const SECRET = 'hunter2-SECRET';
let web;

before(async () => {
  web = await host({
    '/story.json': story(),
    '/n/strike.json': story(),
    '/huge.json': endless(50_000_000),
  });
});
after(() => web.close());

/** `web`'s URL for `path`, with a user name and password in it. */
const withCredentials = (path) => `${web.origin.replace('//', `//user:${SECRET}@`)}${path}`;

// 6. A style attribute becomes CSS.

/** Every stylesheet of `html`, together. */
const stylesheets = (html) =>
  [...html.matchAll(/<style[^>]*>([^]*?)<\/style>/g)].map(([, css]) => css).join('');

test('6. render -a style=… keeps it an escaped attribute of the host, never a rule', async (t) => {
  const result = await timed(t, ['render', file(seedJson, 'json'), '-a', 'style=}:host{display:none}']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /<story-summary [^>]*style="}:host{display:none}"/);
  // The elements' own CSS has `:host([hidden]){display:none}`; never the value's rule.
  assert.doesNotMatch(stylesheets(result.stdout), /:host\{display:none/);
});

test('6. a server render with a style that closes the rule writes no rule of it', async () => {
  const style = 'color:red}*{background:url(https://evil.example/x)}</style><script>alert(1)</script>';
  const html = await renderStoryWidget('takes-by-lens', seed, {attributes: {style}});
  assert.doesNotMatch(stylesheets(html), /evil\.example|alert/);
  assert.match(
    html,
    /<takes-by-lens [^>]*style="color:red}\*{background:url\(https:\/\/evil\.example\/x\)}&(#60|lt);/
  );
  assert.doesNotMatch(html, /<script>alert/);
  // The elements' own styles still become rules: the lens bar's widths.
  assert.match(stylesheets(html), /\[data-server-style="0"\]\{flex-grow:\d+\}/);
});

// 7. Byte limits skipped.

test('7. a /proc file, which reports 0 bytes, is read only up to --max-bytes', async (t) => {
  assert.equal(lstatSync('/proc/self/maps').size, 0);
  refused(
    await timed(t, ['validate', '/proc/self/maps', '--max-bytes', '100']),
    /maps is larger than 100 bytes/
  );
});

test('7. /dev/zero is read up to the limit, and refused', async (t) => {
  refused(await timed(t, ['validate', '/dev/zero']), /\/dev\/zero is larger than 2000000 bytes/);
});

/** A FIFO in the scratch folder that, once the command opens it, gets `text`. */
function fifo(text) {
  const path = join(scratch, `fifo-${Math.random().toString(36).slice(2)}`);
  execFileSync('mkfifo', [path]);
  void open(path, 'w').then(async (writer) => {
    await writer.write(text).catch(() => {}); // the command may stop reading at its limit
    await writer.close();
  });
  // A command that never opened it would leave the writer waiting, and this process with it.
  after(() => closeSync(openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)));
  return path;
}

test('7. a FIFO is read as a file: a story from it validates, 3 MB from it are refused', async (t) => {
  const ok = await timed(t, ['validate', fifo(seedJson)]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /a valid story/);
  refused(await timed(t, ['validate', fifo(' '.repeat(3_000_000))]), /is larger than 2000000 bytes/);
});

test('7. --max-bytes past what a text can hold is refused before anything is read', async (t) => {
  refused(
    await timed(t, ['validate', file(seedJson, 'json'), '--max-bytes', '99999999999999999999']),
    /--max-bytes is a whole number of bytes, 1 to \d+, not "99999999999999999999"/,
    2
  );
});

test('7. loadStory and StoryPoll refuse a maxBytes that is no limit, before any request', async () => {
  const before = web.requests.length;
  for (const maxBytes of [NaN, Infinity, -1, 0]) {
    await assert.rejects(loadStory(`${web.origin}/huge.json`, {maxBytes}), {
      name: 'RangeError',
      message: 'maxBytes is not a positive number',
    });
    assert.throws(
      () => new StoryPoll(`${web.origin}/huge.json`, {interval: 60, maxBytes, onUpdate() {}}),
      RangeError
    );
  }
  assert.equal(web.requests.length, before);
});

// 8. What a publisher expects: -o, credentials.

test('8. -o through a symbolic link onto the input is refused, and the input stays', async (t) => {
  const page = file(seedPage);
  const link = join(scratch, 'link.json');
  symlinkSync(page, link);
  refused(
    await timed(t, ['import', page, '-o', link]),
    /-o .*link\.json is the input: writing there would destroy it/
  );
  assert.equal(readFileSync(page, 'utf8'), seedPage);
});

test('8. -o onto the input itself, or onto the file standard input reads, is refused', async (t) => {
  const path = file(seedJson, 'json');
  refused(await timed(t, ['render', path, '-o', path]), /is the input/);
  assert.equal(readFileSync(path, 'utf8'), seedJson.toString());
  const page = file(seedPage);
  const result = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'import', '-', '-o', page], {
      stdio: [openSync(page, 'r'), 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({code, stdout: '', stderr}));
  });
  refused(result, /is the input/);
  assert.equal(readFileSync(page, 'utf8'), seedPage);
});

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
