// What a publisher's page loads before any story, walked from dist/story-widgets.js through the
// files it imports for the page's elements and their static imports (scripts/page-load.js), as
// `npm run size` counts it: a page with only a chip loads no code of the three block elements.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {pageLoad, storyLoad} from '../../scripts/page-load.js';

const dist = new URL('../../dist/', import.meta.url);
const code = (files) => files.map((file) => readFileSync(new URL(file, dist), 'utf8')).join('\n');
const blocks = ['story-summary', 'takes-by-lens', 'story-numbers'];

test('a page with only a chip loads the loader and the chip’s file, no code of the block elements', () => {
  const {files} = pageLoad(['entity-chip']);
  assert.deepEqual(files, ['story-widgets.js', 'entity-chip.js']);
  // The loader names every tag, to find them; the chip's file, none of the others.
  assert.match(code(files), /customElements\.define\(`entity-chip`/);
  for (const tag of blocks) assert.doesNotMatch(code(files.slice(1)), new RegExp(tag), tag);
  // Beside its story, the views alone: the validator, no template, word or style of a block element.
  const beside = storyLoad(['entity-chip']).files;
  assert.deepEqual(beside, ['views.js']);
  for (const name of [...blocks, 'story-widgets.summary', 'story-widgets.takes', 'story-widgets.numbers'])
    assert.doesNotMatch(code(beside), new RegExp(name.replace('.', '\\.')), name);
});

test('a page with a block element loads the block elements’ views beside its story, on the views', () => {
  assert.deepEqual(storyLoad(['story-numbers', 'entity-chip']).files, ['views.js', 'block-views.js']);
  assert.match(code(['block-views.js']), /story-widgets\.numbers\.heading/);
});

test('the loader knows the tags elements.ts describes, its own copy of them', async () => {
  const {blockTags, chipTag} = await import('../../dist/lib/autoload/files.js');
  const {tags} = await import('../../dist/lib/elements.js');
  assert.deepEqual([...blockTags, chipTag].sort(), [...tags].sort());
});

test('a page with none loads the loader alone, which imports nothing', () => {
  assert.deepEqual(pageLoad([]).files, ['story-widgets.js']);
  assert.doesNotMatch(code(['story-widgets.js']), /\bimport\s*[{"'*]|\bfrom\s*["']/);
});

test('a page with all four loads the loader and one file that defines them', () => {
  const {files} = pageLoad([...blocks, 'entity-chip']);
  assert.deepEqual(files, ['story-widgets.js', 'story-widgets.all.js']);
  for (const tag of [...blocks, 'entity-chip'])
    assert.match(code(files), new RegExp(`customElements\\.define\\(\`${tag}\``), tag);
});
