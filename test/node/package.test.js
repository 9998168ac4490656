// The package as an app meets it: `npm pack`, installed into a scratch app, type-checked with
// TypeScript as a Vite app and as a Node ESM app would, and every shipped file reachable.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {after, before, test} from 'node:test';
import {packedApp, root} from './packed.js';

let packed;
let pkg;
before(() => ({pkg} = packed = packedApp()));
after(() => packed.remove());
const typeCheck = (...args) => packed.typeCheck(...args);

const usage = `
import 'story-widgets/story-summary.js';
import 'story-widgets/takes-by-lens.js';
import {StoryError, type Story, type StoryState} from 'story-widgets';
import {parseStory} from 'story-widgets/data';

const summary = document.querySelector('story-summary')!;
const title: string | undefined = summary.story?.title;
summary.story = {version: 1, id: 'x', title: 'Any input is validated'};
summary.addEventListener('story-load', (event) => {
  const story: Story = event.detail.story;
  console.log(story.title, title);
});
summary.addEventListener('story-error', (event) => console.log(event.detail.error instanceof StoryError));
const limit: number | undefined = document.querySelector('takes-by-lens')?.limit;
const state: Promise<StoryState> = summary.storyComplete;
console.log(limit, state, parseStory({}).title);
`;

test('an app bundled by Vite type-checks against the packed package', () => {
  const out = typeCheck('vite-app', {'app.ts': usage}, {module: 'ESNext', moduleResolution: 'bundler'});
  assert.equal(out, '');
});

test('a Node ESM app type-checks against it, without skipping the package’s .d.ts', () => {
  const out = typeCheck(
    'node-app',
    {'app.ts': usage, 'package.json': '{"type": "module"}'},
    {module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: false}
  );
  assert.equal(out, '');
});

test("developers.md's first example type-checks under --strict, narrowing storyComplete as it shows", () => {
  const doc = readFileSync(join(root, 'docs/developers.md'), 'utf8');
  const example = doc.match(/^## Imports and types$[^]*?^```ts\n([^]*?)^```/m)[1];
  assert.match(example, /if \(state\.status === 'ready'\)[^\n]*state\.story\.[^]*else[^\n]*state\.error\./);
  const app = `${example}export {};\n`;
  assert.equal(
    typeCheck('developers-example', {'app.ts': app}, {module: 'ESNext', moduleResolution: 'bundler'}),
    ''
  );
});

test('every promise and event is typed as the documentation says, no wider', () => {
  const app = `import 'story-widgets/story-widgets.js';
import {loadStory, setLocale, StoryError, type Story, type StoryErrorKind, type StoryOutcome} from 'story-widgets';

const el = document.querySelector('takes-by-lens')!;
// storyComplete: exactly ready (with the story) or error (with the StoryError).
const outcome: StoryOutcome = await el.storyComplete;
type Status = StoryOutcome['status'];
const exact: [Status] extends ['ready' | 'error'] ? (['ready' | 'error'] extends [Status] ? true : false) : false = true;
if (outcome.status === 'ready') console.log(outcome.story.title satisfies string);
else console.log(outcome.error satisfies StoryError, outcome.error.kind satisfies StoryErrorKind);
// @ts-expect-error: never idle, never loading
if (outcome.status === 'idle' || outcome.status === 'loading') console.log(outcome);
// The events, on the element and on the document, as the element reference describes them.
el.addEventListener('story-load', (e) => console.log(e.detail.story satisfies Story));
el.addEventListener('story-error', (e) => {
  const {kind, message, status, path} = e.detail.error;
  console.log(kind satisfies StoryErrorKind, message satisfies string, status satisfies number | undefined, path satisfies string | undefined);
});
document.addEventListener('story-update', (e) => console.log(e.detail.story satisfies Story, e.detail.previous satisfies Story));
document.addEventListener('story-link-click', (e) => {
  const {url, kind, outlet, lens, id} = e.detail;
  console.log(url satisfies string, kind satisfies 'source' | 'entity' | 'story' | 'related', outlet, lens, id);
});
// The other promises: a story, a locale, an update.
const loaded: Story = await loadStory('/story.json');
const located: void = await setLocale('de');
const updated: boolean = await el.updateComplete;
console.log(exact, loaded, located, updated, el.reload() satisfies void);
`;
  const out = typeCheck('documented-types', {'app.ts': app}, {module: 'ESNext', moduleResolution: 'bundler'});
  assert.equal(out, '');
});

test('the publishers’ bundle entry declares every tag', () => {
  const out = typeCheck(
    'bundle-app',
    {
      'app.ts': `import 'story-widgets/story-widgets.js';
const layout: 'grid' | 'list' | undefined = document.querySelector('story-numbers')?.layout;
const entity: string | undefined = document.querySelector('entity-chip')?.entity;
console.log(layout, entity);
`,
    },
    {module: 'ESNext', moduleResolution: 'bundler'}
  );
  assert.equal(out, '');
});

/** Every file under `dir`, relative to it. */
const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)).map((f) => `${name}/${f}`) : [name]
  );

test('the command line runs from the package with only its dependencies: marked is inside it', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.equal(manifest.dependencies.marked, undefined);
  const page = join(root, 'test/fixtures/markdown/venezuela-nino-guerrero-strike.md');
  const json = execFileSync(process.execPath, [join(pkg, manifest.bin['story-widgets']), 'import', page], {
    cwd: packed.app,
    encoding: 'utf8',
  });
  assert.equal(JSON.parse(json).id, 'venezuela-nino-guerrero-strike');
});

test('ships only what its exports reach: no stray file, no source map without its sources', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const shipped = filesUnder(pkg).filter(
    (file) => !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(file)
  );
  const targets = [
    ...Object.values(manifest.exports),
    ...Object.values(manifest.imports),
    ...Object.values(manifest.bin),
  ].flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  // A pattern's stars all stand for the same name: `./dist/lib/*/*.js`.
  const pattern = (target) =>
    new RegExp(`^${target.slice(2).replaceAll('.', '\\.').replace('*', '([^/]+)').replaceAll('*', '\\1')}$`);
  const queue = targets.flatMap((target) =>
    target.includes('*') ? shipped.filter((file) => pattern(target).test(file)) : [target.slice(2)]
  );
  // The publisher's kit, served from a CDN's copy of the package: its pages, the host script, the
  // integrity list, and the seed the configurator offers.
  queue.push(...shipped.filter((file) => /^dist\/[^/]+\.html$/.test(file)));
  queue.push('dist/embed-host.js', 'dist/sri.json', 'dist/venezuela-nino-guerrero-strike.json');
  // The locale modules the bundle loads by URL (dist/sri.json lists the bundle's files).
  const {files} = JSON.parse(readFileSync(join(pkg, 'dist/sri.json'), 'utf8'));
  queue.push(...Object.keys(files).map((file) => `dist/${file}`));
  const reached = new Set();
  while (queue.length) {
    const file = queue.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    if (!/\.(js|ts|html)$/.test(file)) continue;
    const text = readFileSync(join(pkg, file), 'utf8');
    const references = [
      ...text.matchAll(/<(?:script|link)[^>]* (?:src|href)="(\.[^"]+)"/g),
      ...text.matchAll(/(?:from\s*|import\s*\(?\s*)["'`](\.[^"'`]+)["'`]/g),
      ...text.matchAll(/^\/\/# sourceMappingURL=(\S+)/gm),
    ].map(([, specifier]) => relative(pkg, resolve(dirname(join(pkg, file)), specifier)));
    // A .js module's types sit beside it.
    if (file.endsWith('.js') && shipped.includes(file.replace(/\.js$/, '.d.ts')))
      references.push(file.replace(/\.js$/, '.d.ts'));
    queue.push(
      ...references.map((reference) =>
        shipped.includes(reference) ? reference : reference.replace(/\.js$/, '.d.ts')
      )
    );
  }
  assert.deepEqual(
    shipped.filter((file) => !reached.has(file)),
    []
  );
  for (const map of shipped.filter((file) => file.endsWith('.map'))) {
    const {sources, sourcesContent = []} = JSON.parse(readFileSync(join(pkg, map), 'utf8'));
    assert.equal(sourcesContent.filter(Boolean).length, sources.length, `${map} carries its sources`);
  }
  assert.match(manifest.dependencies.lit, /^\^3\./);
  assert.match(manifest.dependencies['@lit/localize'], /^\^0\.12\./);
  for (const field of ['repository', 'homepage', 'bugs', 'license']) assert.ok(manifest[field], field);
  assert.ok(filesUnder(pkg).includes('LICENSE'));
});
