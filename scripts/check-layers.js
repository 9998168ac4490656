// `npm run check:layers`: the shape of src/ (CONTRIBUTING, "Layout"). Every import, type-only and
// dynamic ones included, goes down the layers below or stays in its own; no folder holds more than
// 16 files; an element's tag is written out in at most two files outside its folder. Cycles are
// dpdm's to find (`npm run check:cycles`).
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';

const src = new URL('../src/', import.meta.url).pathname;
const tags = ['story-summary', 'takes-by-lens', 'story-numbers', 'entity-chip'];

/** Bottom first. A module may import its own layer and those below, never one above. */
const layers = [
  ['data', (f) => f.startsWith('data/')],
  [
    'description',
    (f) => ['elements.ts', 'placeholders.ts', 'chunks.ts'].includes(f) || /^generated\/locale/.test(f),
  ],
  ['page', (f) => f.startsWith('page/')],
  ['i18n', (f) => f.startsWith('i18n/')],
  ['render', (f) => f.startsWith('render/')],
  // Each element's views (its templates, their helpers, its styles), and the views chunks that
  // hold them.
  ['views', (f) => ['views.ts', 'block-views.ts'].includes(f) || (inElement(f) && !isComponent(f))],
  ['live', (f) => f === 'live.ts' || f.startsWith('live/')],
  ['core', (f) => f.startsWith('core/')],
  // The elements themselves: their classes and definitions.
  ['elements', (f) => inElement(f) && isComponent(f)],
  // The publishers' script (autoload/: the loader, what it loads for which page, and how the
  // elements take the requests it started) is an entry too.
  ['entries', (f) => ['story-widgets.ts', 'define.ts', 'index.ts'].includes(f) || f.startsWith('autoload/')],
  // What builds on the elements: server rendering, frameworks, the provider and the command line.
  ['adapters', (f) => /^(server|react|oembed|cli|generated\/frameworks)\//.test(f)],
];

function inElement(file) {
  return tags.some((tag) => file.startsWith(`${tag}/`));
}
function isComponent(file) {
  return /\.component\.ts$/.test(file) || tags.some((tag) => file === `${tag}/${tag}.ts`);
}

const layerOf = (file) => {
  const index = layers.findIndex(([, test]) => test(file));
  if (index < 0) throw new Error(`src/${file} is in no layer: add it to scripts/check-layers.js`);
  return index;
};

function files(dir = src) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const problems = [];
const all = files().map((path) => relative(src, path));

for (const file of all) {
  const code = readFileSync(join(src, file), 'utf8');
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]);
  for (const specifier of specifiers.filter((s) => s.startsWith('.'))) {
    const target = relative(src, join(dirname(join(src, file)), specifier)).replace(/\.js$/, '.ts');
    if (!all.includes(target)) continue; // a JSON file or a generated module outside src/*.ts
    if (layerOf(target) > layerOf(file))
      problems.push(
        `src/${file} (${layers[layerOf(file)][0]}) imports src/${target} (${layers[layerOf(target)][0]}), a layer above`
      );
  }
}

const folders = new Map();
for (const file of all) folders.set(dirname(file), (folders.get(dirname(file)) ?? 0) + 1);
// src/generated/locales/ is lit-localize's output, one module per language (34), which nobody
// edits or reads to find their way: generated/ is a folder for tools, not for people.
for (const [folder, count] of folders)
  if (count > 16 && !folder.startsWith('generated/'))
    problems.push(`src/${folder}/ holds ${count} files, more than 16`);

for (const tag of tags) {
  // Written out: as a string, in markup, or in a comment's words — not in an import's path.
  const written = new RegExp(`(?<![/\\w-])${tag}(?![\\w-]|\\.(?:js|ts)|/)`);
  const outside = all.filter(
    (file) =>
      !file.startsWith(`${tag}/`) &&
      !file.startsWith('generated/') &&
      // The publishers' loader imports nothing, so it carries the tags of its own;
      // test/node/autoload.test.js holds them to elements.ts.
      file !== 'autoload/files.ts' &&
      written.test(readFileSync(join(src, file), 'utf8'))
  );
  if (outside.length > 2)
    problems.push(
      `"${tag}" is written out in ${outside.length} files outside its folder: ${outside.join(', ')}`
    );
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `${all.length} modules in ${layers.length} layers, every import down or level; ${folders.size} folders of at most 16 files; each tag written out in at most two files outside its folder.`
);
