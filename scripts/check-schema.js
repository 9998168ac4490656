// `npm run schema:check` (after `npm run build`): dist/story.schema.json, the schema the site's
// producers validate against, is a valid JSON Schema 2020-12 that agrees with the library's
// own validator on the fixtures: the seed and the minimal story pass, broken ones fail.
import {readFileSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const validate = new Ajv2020({strict: true, validateFormats: false}).compile(read('dist/story.schema.json'));

const seed = read('test/fixtures/venezuela-nino-guerrero-strike.json');
const cases = [
  ['the seed', seed, true],
  ['the minimal story', read('test/fixtures/minimal.json'), true],
  ['a take URL of the wrong type', read('test/fixtures/invalid-take-url.json'), false],
  ['version 2', {...seed, version: 2}, false],
  ['no title', {version: 1, id: 'x'}, false],
  ['an id that is not a slug', {...seed, id: 'Not A Slug'}, false],
];
let failures = 0;
for (const [name, document, expected] of cases) {
  const ok = validate(document) === expected;
  failures += ok ? 0 : 1;
  console.log(`${ok ? '✓' : '✗'} ${name}: ${expected ? 'valid' : 'invalid'}`);
}
process.exitCode = failures ? 1 : 0;
