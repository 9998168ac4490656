// The documentation stays true to the repository: every relative link and anchor in the
// Markdown resolves, and every file of dist/ it names is one the build makes (run after it).
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  ...readdirSync(join(root, 'docs'), {recursive: true})
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name)),
];
const text = (page) => readFileSync(join(root, page), 'utf8');
// Fenced code blocks, also those indented inside a list item.
const fences = /^ *```[^\n]*\n[\s\S]*?^ *```/gm;

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
const anchors = (page) =>
  new Set(
    text(page)
      .replace(fences, '')
      .match(/^#{1,6} .*$/gm)
      ?.map((line) => slug(line.replace(/^#+ /, ''))) ?? []
  );

test('every relative link and anchor in the Markdown resolves', () => {
  const broken = [];
  for (const page of pages) {
    for (const [, target] of text(page)
      .replace(fences, '')
      .matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?|mailto):/.test(target)) continue;
      const [path, anchor] = target.split('#');
      const file = path ? relative(root, join(root, dirname(page), path)) : page;
      if (!existsSync(join(root, file))) broken.push(`${page}: ${target} (no ${file})`);
      else if (anchor && file.endsWith('.md') && !anchors(file).has(anchor))
        broken.push(`${page}: ${target} (no heading #${anchor} in ${file})`);
    }
  }
  assert.deepEqual(broken, []);
});

test('every file of dist/ the documentation names is one the build makes', () => {
  const missing = [];
  for (const page of pages) {
    const code = [...text(page).matchAll(fences), ...text(page).matchAll(/`[^`\n]+`/g)].map((m) => m[0]);
    for (const block of code)
      for (const [name] of block.matchAll(/\bdist\/[\w./-]+\.(?:js|css|html|json)\b/g))
        if (!existsSync(join(root, name))) missing.push(`${page}: ${name}`);
  }
  assert.deepEqual([...new Set(missing)], []);
});

test('the documented package URLs name the package version, and the CHANGELOG has its entry', () => {
  const {version} = JSON.parse(text('package.json'));
  const others = pages
    .filter((page) => page !== 'CHANGELOG.md')
    .flatMap((page) =>
      [...text(page).matchAll(/story-widgets@(\d+\.\d+\.\d+)/g)].map((m) => `${page}: ${m[1]}`)
    )
    .filter((found) => !found.endsWith(`: ${version}`));
  assert.deepEqual(others, []);
  assert.match(text('CHANGELOG.md'), new RegExp(`^## ${version.replaceAll('.', '\\.')}\\b`, 'm'));
  assert.equal(JSON.parse(readFileSync(join(root, 'dist/sri.json'), 'utf8')).version, version);
});

test('the configurator links pages and headings of docs/ that exist, and names no moved section', () => {
  const kit = readdirSync(join(root, 'kit'))
    .filter((name) => /^configurator.*\.(html|ts)$/.test(name))
    .map((name) => text(join('kit', name)));
  const repo = 'https://github.com/story-widgets/story-widgets/blob/main/docs/';
  const targets = kit.flatMap((source) => [
    ...[...source.matchAll(new RegExp(`${repo}([\\w./-]+(?:#[\\w-]+)?)`, 'g'))].map((m) => m[1]),
    // Pages the scripts link with docs(page).
    ...[...source.matchAll(/'([\w-]+\.md(?:#[\w-]+)?)'/g)].map((m) => m[1]),
  ]);
  assert.ok(targets.length > 5, targets.join(', '));
  const broken = targets.filter((target) => {
    const [page, anchor] = target.split('#');
    const file = join('docs', page);
    return !existsSync(join(root, file)) || (anchor && !anchors(file).has(anchor));
  });
  assert.deepEqual(broken, []);
  assert.deepEqual(
    kit.flatMap((source) => source.match(/\(README, "[^"]+"\)/g) ?? []),
    []
  );
});

test('the documentation sends publishers to dist/configurator.html, never to its source page', () => {
  const naming = pages.filter((page) => !['CONTRIBUTING.md', 'CHANGELOG.md'].includes(page));
  assert.deepEqual(
    naming.filter((page) => /kit\/configurator\.html/.test(text(page))),
    []
  );
  for (const page of ['README.md', 'docs/publishers.md'])
    assert.match(text(page), /http:\/\/localhost:5173\/dist\/configurator\.html/, page);
});
