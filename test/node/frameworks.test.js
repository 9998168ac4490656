// Apps in each framework type-check against the packed package: React 18 wrappers, React 19,
// Preact and Solid JSX, Vue's GlobalComponents; editors get VS Code's HTML custom data. Each app
// also has a mistake that must fail, so that types that accept anything cannot pass.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {packedApp} from './packed.js';

let packed;
before(() => {
  packed = packedApp([
    'lit',
    'lit-html',
    'lit-element',
    '@lit',
    '@lit-labs',
    '@types',
    'react',
    'preact',
    'solid-js',
    'csstype',
    'seroval',
    'seroval-plugins',
    'vue',
    '@vue',
    '@babel',
    'entities',
    'estree-walker',
    'source-map-js',
  ]);
});
after(() => packed.remove());

/** tsc's complaints about `app`, one per line, with their line numbers. */
function errors(name, app, options) {
  const out = packed.typeCheck(
    name,
    {[`app.${options.jsx ? 'tsx' : 'ts'}`]: app},
    {
      module: 'ESNext',
      moduleResolution: 'bundler',
      skipLibCheck: true,
      ...options,
    }
  );
  return out
    .split('\n')
    .filter((line) => / error TS/.test(line))
    .map((line) => line.replace(/^[^(]*\((\d+),\d+\)/, 'line $1'));
}

const story = `import type {Story} from 'story-widgets';\ndeclare const s: Story;\n`;

test('React 18 apps use the wrappers, with typed props and events', () => {
  const app = `${story}import {StorySummary, TakesByLens, StoryNumbers, EntityChip} from 'story-widgets/react';
export const App = () => (
  <>
    <StorySummary story={s} sections="why watch" onStoryLoad={(e) => console.log(e.detail.story.title)} />
    <TakesByLens src="/story.json" limit={3} onStoryError={(e) => console.log(e.detail.error.kind)} />
    <EntityChip entity="venezuela" onStoryLinkClick={(e) => console.log(e.detail.url)} />
    <TakesByLens limit="three" />
    <StoryNumbers story={{version: 1, id: 7}} />
  </>
);
`;
  const found = errors('react-18', app, {jsx: 'react-jsx'});
  assert.equal(found.length, 2, found.join('\n'));
  assert.equal(found[0], "line 9: error TS2322: Type 'string' is not assignable to type 'number'.");
  // The wrappers and the tags type `story` alike: as a Story.
  assert.match(found[1], /^line 10: error TS2322: Type 'number' is not assignable to type 'string'/);
});

test('React 19 apps write the custom elements, with on<event> handlers', () => {
  const app = `${story}import 'story-widgets/story-widgets.js';
import type {} from 'story-widgets/types/react';
export const App = () => (
  <>
    <story-summary story={s} sections="why watch" heading-level={3} onstory-load={(e) => console.log(e.detail.story.title)} />
    <takes-by-lens src="/story.json" limit={3} onstory-error={(e) => console.log(e.detail.error.kind)} />
    <entity-chip entity="venezuela" theme="dark" onstory-link-click={(e) => console.log(e.detail.kind)} />
    <story-numbers layout="table" />
    <story-numbers story={{version: 1, id: 7}} />
  </>
);
`;
  const found = errors('react-19', app, {jsx: 'react-jsx'});
  assert.equal(found.length, 2, found.join('\n'));
  assert.match(
    found[0],
    /^line 10: error TS2322: Type '"table"' is not assignable to type '"grid" \| "list"/
  );
  assert.match(found[1], /^line 11: error TS2322: Type 'number' is not assignable to type 'string'/);
});

test('Preact and Solid apps type-check the elements in their JSX', () => {
  const preact = `${story}import type {} from 'story-widgets/types/preact';
export const App = () => (
  <div>
    <story-summary story={s} onstory-load={(e) => console.log(e.detail.story.title)} />
    <story-numbers layout="table" />
  </div>
);
`;
  const inPreact = errors('preact', preact, {jsx: 'react-jsx', jsxImportSource: 'preact'});
  assert.equal(inPreact.length, 1, inPreact.join('\n'));
  assert.match(inPreact[0], /^line 7: error TS2322/);
  const solid = `${story}import type {} from 'story-widgets/types/solid';
export const App = () => (
  <div>
    <story-summary prop:story={s} on:story-load={(e) => console.log(e.detail.story.title)} />
    <takes-by-lens story={s} limit={2} on:story-error={(e) => console.log(e.detail.error.message)} />
    <takes-by-lens limit="two" />
  </div>
);
`;
  const inSolid = errors('solid', solid, {jsx: 'preserve', jsxImportSource: 'solid-js'});
  assert.equal(inSolid.length, 1, inSolid.join('\n'));
  assert.match(inSolid[0], /^line 8: error TS2322/);
});

test("Vue's GlobalComponents types the elements' props and listeners", () => {
  const app = `${story}import type {GlobalComponents} from 'vue';
import type {} from 'story-widgets/types/vue';
type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const summary: Props<'story-summary'> = {story: s, sections: 'why', onStoryLoad: (e) => console.log(e.detail.story.title)};
export const takes: Props<'takes-by-lens'> = {limit: 2, onStoryError: (e) => console.log(e.detail.error.kind)};
export const numbers: Props<'story-numbers'> = {layout: 'table'};
`;
  const found = errors('vue', app, {});
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^line 8: error TS2322/);
});

test("VS Code's HTML custom data lists every tag and attribute, with the enumerated values", () => {
  const data = JSON.parse(readFileSync(join(packed.pkg, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(packed.pkg, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  assert.deepEqual(data.tags.map((tag) => tag.name).sort(), elements.map((e) => e.tagName).sort());
  for (const element of elements) {
    const tag = data.tags.find((t) => t.name === element.tagName);
    assert.deepEqual(
      tag.attributes.map((a) => a.name),
      element.attributes.map((a) => a.name)
    );
  }
  const numbers = data.tags.find((t) => t.name === 'story-numbers');
  assert.deepEqual(numbers.attributes.find((a) => a.name === 'layout').values, [
    {name: 'grid'},
    {name: 'list'},
  ]);
  assert.match(numbers.description, /By the numbers/);
});
