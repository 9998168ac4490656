// A quiet install on the Node the README names: no package in the lock refuses it (npm's
// EBADENGINE warnings), every dependency's install script is decided in `allowScripts` (npm's
// install-scripts notice), and an app installing the package runs none of its scripts.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import semver from 'semver';

const read = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('package.json'));
const lock = JSON.parse(read('package-lock.json'));
const name = (path) => path.replace(/^.*node_modules\//, '');

/** The Node versions the README's quick start names: "With Node 20.20.2 or later (…)". */
const named = () =>
  [
    ...read('README.md')
      .match(/^\*\*1\. .*$/m)[0]
      .matchAll(/\b\d+\.\d+\.\d+\b/g),
  ].map(String);
/** The lowest version of each line `engines` allows: `^20.20.2 || ^22.23.4` → 20.20.2, 22.23.4. */
const lowest = () => manifest.engines.node.split('||').map((range) => semver.minVersion(range).version);

test('the README names the lowest Node of each line that engines allows, and this machine runs one', () => {
  assert.deepEqual(named(), lowest());
  assert.ok(semver.satisfies(process.version, manifest.engines.node), process.version);
});

test('no package in the lock refuses a Node that engines allows (no EBADENGINE warning)', () => {
  const refusing = Object.entries(lock.packages)
    // npm leaves out an optional package its Node cannot run, without a word.
    .filter(([path, entry]) => path && !entry.optional && entry.engines?.node)
    .flatMap(([path, {engines}]) =>
      [process.version, ...lowest()]
        .filter((node) => !semver.satisfies(node, engines.node))
        .map((node) => `${name(path)} wants Node ${engines.node}, not ${node}`)
    );
  assert.deepEqual([...new Set(refusing)], []);
});

test("every dependency's install script is allowed or denied in allowScripts (no npm notice)", () => {
  const decided = Object.keys(manifest.allowScripts ?? {}).map((key) => key.replace(/(?<=.)@.*$/, ''));
  const undecided = Object.entries(lock.packages)
    .filter(([path, entry]) => path.includes('node_modules/') && entry.hasInstallScript)
    .map(([path]) => name(path))
    .filter((dependency) => !decided.includes(dependency));
  assert.deepEqual([...new Set(undecided)], []);
});

test('the package builds when it is packed, and has no script an installing app would run', () => {
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare'])
    assert.equal(manifest.scripts[script], undefined, script);
  assert.equal(manifest.scripts.prepack, 'npm run build --silent');
});
