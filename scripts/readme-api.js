// `npm run docs`: writes the element reference (docs/elements/) and the theming tokens
// (docs/designers.md) from custom-elements.json, between `<!-- api:NAME -->` and
// `<!-- /api:NAME -->` markers in the README and every page of docs/.
// `npm run docs -- --check` changes nothing and fails when a page is stale (CI runs it).
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {format, resolveConfig} from 'prettier';
import {elementReference, sharedReference, tokensReference} from './api-tables.js';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const blocks = {
  shared: () => sharedReference(manifest),
  tokens: () => tokensReference(manifest),
  element: (tag) => elementReference(manifest, tag),
};
const pages = [
  'README.md',
  ...readdirSync(new URL('docs/', root), {recursive: true})
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

const stale = [];
for (const page of pages) {
  const url = new URL(page, root);
  const text = readFileSync(url, 'utf8');
  // Formatted as `npm run lint` wants it, so that a fresh generation equals the committed file.
  const generated = await format(
    text.replace(
      /(<!-- api:([\w-]+) -->\n)[\s\S]*?(<!-- \/api:\2 -->)/g,
      (_, open, name, close) => `${open}\n${(blocks[name] ?? (() => blocks.element(name)))()}\n${close}`
    ),
    {...(await resolveConfig(url)), parser: 'markdown'}
  );
  if (generated === text) continue;
  stale.push(page);
  if (!process.argv.includes('--check')) writeFileSync(url, generated);
}
if (process.argv.includes('--check') && stale.length) {
  console.error(`Stale: ${stale.join(', ')}. Run \`npm run docs\` (after \`npm run analyze\`) and commit.`);
  process.exitCode = 1;
} else if (stale.length) console.log(`regenerated from custom-elements.json: ${stale.join(', ')}`);
