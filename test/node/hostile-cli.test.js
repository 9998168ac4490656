// The hostile corpus of the command line, server rendering and the importer's countries: pages,
// stories and servers as an attacker makes them, each with the outcome it must have. Every case
// ends with a clear message and exit code 1 (2 for a wrong option), never a crash.
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {renderStoryWidget} from 'story-widgets/server';
import {file, refused, run, scratch, seedPage} from './cli-run.js';
import {endless, host, redirect, seedJson, story} from './hosts.js';

let web;
let other;

before(async () => {
  other = await host({'/story.json': story()});
  web = await host({
    '/story.json': story(),
    '/huge.json': endless(50_000_000),
    '/away.json': redirect(() => `${other.origin}/story.json`),
  });
});
after(() => Promise.all([web.close(), other.close()]));

const lineOf = (page, text) => page.slice(0, page.indexOf(text)).split('\n').length;

test('import refuses a javascript: link in the summary, naming its line', async () => {
  const page = seedPage.replace('(/zh/entity/venezuela)', '(javascript:alert(1))');
  const path = file(page);
  refused(
    await run(['import', path]),
    new RegExp(`^${path}:${lineOf(page, 'javascript:')}: .*not an http\\(s\\) URL`)
  );
});

test('import refuses a javascript: link dressed as an entity page', async () => {
  const page = seedPage.replace('(/zh/entity/venezuela)', '(javascript:alert(1)//entity/venezuela)');
  const path = file(page);
  refused(
    await run(['import', path]),
    new RegExp(`^${path}:${lineOf(page, 'javascript:')}: .*not an http\\(s\\) URL`)
  );
});

test('import refuses a take whose Source is javascript:, naming its line', async () => {
  const page = seedPage.replace(
    /Source: https:\/\/www\.cnn\.com[^\n]*/,
    'Source: javascript:alert(document.cookie)'
  );
  const path = file(page);
  refused(
    await run(['import', path]),
    new RegExp(`^${path}:${lineOf(page, 'javascript:')}: .*not an http\\(s\\) URL`)
  );
});

test('validate reports a javascript: source with its path', async () => {
  const value = JSON.parse(seedJson);
  value.lenses[0].takes[0].url = 'javascript:alert(1)';
  value.entities[0].url = 'data:text/html,<script>alert(1)</script>';
  const {code, stderr} = await run(['validate', file(JSON.stringify(value), 'json')]);
  assert.equal(code, 1);
  assert.match(stderr, /lenses\[0\]\.takes\[0\]\.url: "javascript:alert\(1\)" is not an http\(s\) URL/);
  assert.match(stderr, /entities\[0\]\.url: "data:text\/html/);
  assert.match(stderr, /2 problems/);
});

const nestedList = (levels) =>
  `# T\n\n## Summary\n\n${Array.from({length: levels}, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n')}\n`;

test('import refuses a list nested 1,000 levels deep (1 MB) at the line it goes too deep', async () => {
  const path = file(nestedList(1_000));
  refused(
    await run(['import', path, '--max-bytes', '2000000']),
    new RegExp(`^${path}:\\d\\d: lists or quotes nested \\d+ deep`)
  );
});

test('import refuses 3,000 levels (9 MB) by its size, before reading it', async () => {
  refused(await run(['import', file(nestedList(3_000))]), /is larger than 200000 bytes \(--max-bytes raises/);
});

test('import refuses *a 100,000 times in a paragraph', async () => {
  refused(
    await run(['import', file(`# T\n\n## Summary\n\n${'*a'.repeat(100_000)}\n`), '--max-bytes', '2000000']),
    /:5: more than 2000 emphasis marks/
  );
});

test('import refuses 50,000 nested quotes', async () => {
  refused(
    await run(['import', file(`# T\n\n${'>'.repeat(50_000)} a\n`)]),
    /:3: lists or quotes nested 50000 deep/
  );
});

test('import refuses 50 MB on one line from standard input', async () => {
  refused(
    await run(['import', '-'], 'a'.repeat(50_000_000)),
    /^story-widgets: - is larger than 200000 bytes/
  );
});

test('--max-bytes raises the limit, and is checked', async () => {
  const padded = file(seedJson.toString() + ' '.repeat(2_500_000), 'json');
  refused(await run(['validate', padded]), /larger than 2000000 bytes/);
  assert.equal((await run(['validate', padded, '--max-bytes', '3000000'])).code, 0);
  refused(await run(['validate', padded, '--max-bytes', 'lots']), /--max-bytes is a whole number/, 2);
});

test('render <url> stops reading a 50 MB response at the limit', async () => {
  refused(await run(['render', `${web.origin}/huge.json`]), /larger than 2000000 bytes/);
  assert.ok(web.closed.includes('/huge.json'), 'the download was cut off');
});

test('render <url> and validate <url> follow no redirect to another port', async () => {
  refused(await run(['render', `${web.origin}/away.json`]), /is not on an allowed origin/);
  refused(await run(['validate', `${web.origin}/away.json`]), /is not on an allowed origin/);
  assert.equal(other.requests.length, 0);
});

test("validate of a system file prints none of the file's contents", async () => {
  const secret = file('root:x:0:0:SECRET-LINE:/root:/bin/bash\n', 'txt');
  const {code, stderr} = await run(['validate', secret]);
  assert.equal(code, 1);
  assert.match(stderr, /not JSON/);
  assert.doesNotMatch(stderr, /root:x|SECRET/);
  refused(await run(['validate', scratch]), /not a file/);
});

test('render -a onclick=… is refused, naming the option', async () => {
  const path = file(seedJson.toString(), 'json');
  for (const name of ['onclick', 'onmouseover', 'onfocus'])
    refused(await run(['render', path, '-a', `${name}=alert(1)`]), /--attribute: .*event handler/, 2);
});

test('server rendering refuses event-handler attributes', async () => {
  const value = JSON.parse(seedJson);
  await assert.rejects(renderStoryWidget('story-summary', value, {attributes: {onclick: 'alert(1)'}}), {
    name: 'TypeError',
    message: /onclick is an event handler attribute/,
  });
  await assert.rejects(renderStoryWidget('story-numbers', value, {attributes: {'on-x': '1'}}), TypeError);
  assert.doesNotMatch(
    await renderStoryWidget('story-numbers', value, {attributes: {limit: 2}}),
    /<[^>]*\son\w+=/
  );
});

test('oembed --embed javascript:… names the option', async () => {
  const args = ['oembed', `${web.origin}/story`, '--story-json', '{origin}/story.json'];
  refused(
    await run([...args, '--embed', 'javascript:alert(1)']),
    /--embed is the http\(s\) URL of embed\.html/,
    2
  );
  refused(
    await run([...args, '--embed', 'https://e.example/embed.html', '--element', 'bogus']),
    /--element is one of story-summary/,
    2
  );
  refused(
    await run([...args, '--embed', 'https://e.example/embed.html', '--element', 'toString']),
    /--element is one of/,
    2
  );
});

/** The seed page with its first take's country written as `country`. */
const withCountry = (country) => file(seedPage.replace('(Qatar, en)', `(${country}, en)`));

test('an outlet from the United Kingdom comes out as GB, never UK', async () => {
  for (const country of ['United Kingdom', 'UK']) {
    const {code, stdout} = await run(['import', withCountry(country)]);
    assert.equal(code, 0);
    const countries = JSON.parse(stdout).lenses.flatMap((lens) => lens.takes.map((take) => take.country));
    assert.ok(countries.includes('GB'), country);
    assert.ok(!countries.includes('UK'), country);
  }
});

test('codes Intl names that are not ISO countries never come out', async () => {
  for (const code of ['EU', 'UN', 'EZ', 'XK', 'QO', 'European Union'])
    refused(await run(['import', withCountry(code)]), /is not a(n ISO 3166-1)? country/);
  refused(await run(['import', withCountry('YU')]), /"YU" is not an ISO 3166-1 country code: write RS/);
});
