// `npm run docs`: writes the README's element reference and theming tokens from
// custom-elements.json, between `<!-- api:NAME -->` and `<!-- /api:NAME -->` markers.
// `npm run docs -- --check` changes nothing and fails when the README is stale (CI runs it).
import {readFileSync, writeFileSync} from 'node:fs';
import {format, resolveConfig} from 'prettier';
import {elementReference, sharedReference, tokensReference} from './api-tables.js';

const readmeUrl = new URL('../README.md', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const blocks = {
  shared: () => sharedReference(manifest),
  tokens: () => tokensReference(manifest),
  element: (tag) => elementReference(manifest, tag),
};

const readme = readFileSync(readmeUrl, 'utf8');
// Formatted as `npm run lint` wants it, so that a fresh generation equals the committed file.
const generated = await format(
  readme.replace(
    /(<!-- api:([\w-]+) -->\n)[\s\S]*?(<!-- \/api:\2 -->)/g,
    (_, open, name, close) => `${open}\n${(blocks[name] ?? (() => blocks.element(name)))()}\n${close}`
  ),
  {...(await resolveConfig(readmeUrl)), parser: 'markdown'}
);

if (process.argv.includes('--check')) {
  if (generated !== readme) {
    console.error('README.md is stale: run `npm run docs` (after `npm run analyze`) and commit it.');
    process.exitCode = 1;
  }
} else if (generated !== readme) {
  writeFileSync(readmeUrl, generated);
  console.log('README.md: element reference regenerated from custom-elements.json');
}
