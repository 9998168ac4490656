// The `story-widgets` command line, run as a process the way a publisher runs it.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/cli.js');
const seedPage = join(root, 'test/fixtures/markdown/venezuela-nino-guerrero-strike.md');
const seedPath = join(root, 'test/fixtures/venezuela-nino-guerrero-strike.json');
const seedJson = readFileSync(seedPath, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'story-widgets-cli-'));
after(() => rmSync(scratch, {recursive: true, force: true}));

/** Runs the command line; resolves with its exit code and output, whatever the code. */
const run = (args, {input, command = process.execPath, prefix = [bin]} = {}) =>
  new Promise((resolve) => {
    const child = execFile(command, [...prefix, ...args], {cwd: root}, (error, stdout, stderr) =>
      resolve({code: error ? error.code : 0, stdout, stderr})
    );
    if (input !== undefined) child.stdin.end(input);
  });

/** The seed page with `edit` applied, as a file. */
function page(name, edit) {
  const file = join(scratch, `${name}.md`);
  writeFileSync(file, edit(readFileSync(seedPage, 'utf8')));
  return file;
}

let server;
let origin;
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/story.json') res.writeHead(200, {'content-type': 'application/json'}).end(seedJson);
    else res.writeHead(404).end('not here');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

test('npx story-widgets --help lists the commands; each command has its own help', async () => {
  const {code, stdout} = await run(['--help'], {command: 'npx', prefix: ['story-widgets']});
  assert.equal(code, 0);
  for (const command of ['import', 'validate', 'render'])
    assert.match(stdout, new RegExp(`^  ${command} `, 'm'));
  for (const command of ['import', 'validate', 'render']) {
    const help = await run([command, '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, new RegExp(`^Usage: story-widgets ${command} `));
  }
  assert.equal(
    (await run(['--version'])).stdout.trim(),
    JSON.parse(readFileSync(join(root, 'package.json'))).version
  );
});

test('import turns the seed page into exactly the seed story', async () => {
  const {code, stdout, stderr} = await run(['import', seedPage]);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  // The site's own file (test/fixtures/ holds an exact copy of it), byte for byte as the site
  // writes it, with the language of its topic tags, which the format's `headsLang` now holds: the
  // site's (/zh/); and a newline for the terminal.
  const withHeadsLang = JSON.stringify(
    Object.fromEntries(
      Object.entries(JSON.parse(seedJson)).flatMap(([key, value]) =>
        key === 'heads'
          ? [
              [key, value],
              ['headsLang', 'zh'],
            ]
          : [[key, value]]
      )
    ),
    null,
    2
  );
  assert.equal(stdout, `${withHeadsLang}\n`);
  const out = join(scratch, 'seed.json');
  assert.equal((await run(['import', seedPage, '-o', out])).code, 0);
  assert.equal(readFileSync(out, 'utf8'), withHeadsLang);
});

test("import reads the Meta line's `updated:` entry, in the format's place", async () => {
  const file = page('updated', (md) =>
    md.replace('date: 2026-06-12 ·', 'date: 2026-06-12 · updated: 2026-06-12T18:05:00Z ·')
  );
  const {code, stdout, stderr} = await run(['import', file]);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  const story = JSON.parse(stdout);
  assert.equal(story.updated, '2026-06-12T18:05:00Z');
  assert.equal(Object.keys(story).indexOf('updated'), Object.keys(story).indexOf('date') + 1);
});

test('import reads another page of the site: its language, linked entities, related titles, CRLF', async () => {
  const file = join(root, 'test/fixtures/markdown/mexico-water-deal.md');
  const crlf = join(scratch, 'crlf.md');
  writeFileSync(crlf, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
  const {code, stdout, stderr} = await run(['import', crlf]);
  assert.equal(code, 0);
  const story = JSON.parse(stdout);
  assert.equal(story.lang, 'en-GB');
  assert.equal(story.watch, undefined, 'a missing section is simply absent');
  assert.deepEqual(story.summary[0], {entity: 'mexico', text: 'Mexico'});
  assert.deepEqual(story.lenses[1].takes[0].country, 'ES');
  assert.equal(story.lenses[0].takes[0].quote, 'Una deuda que se paga con la cosecha de Chihuahua.');
  assert.equal(story.lenses[0].takes[0].url, 'https://www.eluniversal.com.mx/nacion/agua-tratado-1944');
  assert.deepEqual(story.related[0], {
    id: 'rio-grande-drought',
    title: 'The Rio Grande runs dry',
    url: '/es/n/rio-grande-drought',
  });
  assert.deepEqual(story.entities[2], {id: 'chihuahua', name: 'Chihuahua'});
  assert.match(stderr, /crlf\.md:8: warning: "https:\/\/example.org\/treaty.pdf" is not an entity page/);
  assert.equal((await run(['validate', '-'], {input: stdout})).code, 0);
});

test('import names the line of a page that breaks the format, and exits 1', async () => {
  const broken = {
    'no-title': [(md) => md.replace(/^# /, ''), 1, /starts with its title/],
    figure: [(md) => md.replace('- 1 — rank', '- 1 rank'), 13, /a figure is "- value — label"/],
    country: [
      (md) => md.replace('(Qatar, en)', '(Atlantis, en)'),
      38,
      /"Atlantis" is not a country: give its English name or ISO 3166-1 code/,
    ],
    source: [
      (md) => md.replace(/\n {2}Source: https:\/\/www.cnn.com\/2026\/06\/12[^\n]*/, ''),
      48,
      /ends with its source/,
    ],
    date: [(md) => md.replace('date: 2026-06-12', 'date: June 12'), 4, /^date: "June 12" does not match/],
    outlet: [(md) => md.replace('- **MSNBC**', '- MSNBC'), 58, /outlet in bold/],
  };
  for (const [name, [edit, line, message]] of Object.entries(broken)) {
    const file = page(name, edit);
    const {code, stdout, stderr} = await run(['import', file]);
    assert.equal(code, 1, name);
    assert.equal(stdout, '', name);
    const [where, text] = stderr.trim().split(/: (.*)/s);
    assert.equal(where, `${file}:${line}`, name);
    assert.match(text, message, name);
  }
  const counted = await run(['import', page('counts', (md) => md.replace('11 takes', '12 takes'))]);
  assert.equal(counted.code, 0, 'counts that differ only warn');
  assert.match(counted.stderr, /:4: warning: Meta says 12 takes; the takes give 11/);
});

test('validate prints every problem with its path, and exits 1 when the story is invalid', async () => {
  const valid = await run(['validate', seedPath]);
  assert.equal(valid.code, 0);
  assert.match(valid.stdout, /a valid story/);
  const bad = JSON.stringify({
    version: 1,
    id: 'Bad Id',
    title: 3,
    lenses: [{id: 'a', label: 'A', takes: [{outlet: 'X'}]}],
  });
  const {code, stderr} = await run(['validate', '-'], {input: bad});
  assert.equal(code, 1);
  assert.deepEqual(stderr.trim().split('\n'), [
    '-: id: "Bad Id" does not match ^[a-z0-9-]+$',
    '-: title: expected a string, got integer',
    '-: lenses[0].takes[0].url: expected a string, got nothing (the field is required)',
    '-: 3 problems',
  ]);
  assert.equal((await run(['validate', '-'], {input: '{"version": 2'})).code, 1);
  const version = await run(['validate', '-'], {input: '{"version": 2, "id": "x", "title": "x"}'});
  assert.match(version.stderr, /Unsupported story version 2/);
  assert.equal((await run(['validate', `${origin}/story.json`])).code, 0);
  const missing = await run(['validate', `${origin}/gone.json`]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /HTTP 404/);
});

test('render prints the element with declarative shadow DOM and its story inline, from a file or a URL', async () => {
  const {code, stdout} = await run([
    'render',
    seedPath,
    '--element',
    'story-numbers',
    '--lang',
    'zh-Hans',
    '--theme',
    'dark',
  ]);
  assert.equal(code, 0);
  assert.match(
    stdout,
    /^<script type="application\/json" id="story-widgets-venezuela-nino-guerrero-strike">/
  );
  assert.match(
    stdout,
    /<story-numbers\s+theme="dark" src="#story-widgets-venezuela-nino-guerrero-strike"[^>]*><template shadowroot="open" shadowrootmode="open">/
  );
  assert.match(stdout, />数字速览</);
  const chip = await run([
    'render',
    `${origin}/story.json`,
    '-e',
    'entity-chip',
    '-a',
    'entity=venezuela',
    '--no-data',
  ]);
  assert.equal(chip.code, 0);
  assert.doesNotMatch(chip.stdout, /<script/);
  assert.match(chip.stdout, /href="https:\/\/rbtfl.xyz\/zh\/entity\/venezuela"/);
});

test('render of several elements prints one inline story, which each of them reads', async () => {
  const {code, stdout} = await run([
    'render',
    seedPath,
    '-e',
    'story-summary',
    '-e',
    'takes-by-lens',
    '-e',
    'story-numbers',
  ]);
  assert.equal(code, 0);
  assert.equal(stdout.match(/<script type="application\/json"/g).length, 1);
  assert.match(
    stdout,
    /^<script type="application\/json" id="story-widgets-venezuela-nino-guerrero-strike">/
  );
  for (const tag of ['story-summary', 'takes-by-lens', 'story-numbers'])
    assert.match(stdout, new RegExp(`<${tag}\\s+src="#story-widgets-venezuela-nino-guerrero-strike"`));
});

test('usage errors exit 2 and point at the help; bad input exits 1', async () => {
  const usage = [
    [['frob'], /unknown command "frob"/],
    [['render', seedPath, '--element', 'story-widget'], /--element is one of story-summary/],
    [['render', seedPath, '--theme', 'blue'], /--theme is light or dark/],
    [['render', seedPath, '-a', 'novalue'], /--attribute is name=value/],
    [['import', '--bogus', seedPage], /Unknown option '--bogus'/],
    [['validate'], /validate takes one input, got 0/],
  ];
  for (const [args, message] of usage) {
    const {code, stderr} = await run(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, message);
    assert.match(
      stderr,
      new RegExp(`Run "story-widgets ${args[0] === 'frob' ? '' : `${args[0]} `}--help" for usage`)
    );
  }
  const missing = await run(['validate', 'nowhere.json']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nowhere.json: no such file/);
});
