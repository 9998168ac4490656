// The publishers' bundle is reproducible: built again from the same sources, every file has the
// same bytes, so the integrity hashes of dist/sri.json (which embed codes pin) hold for a CDN's copy.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'story-widgets-build-'));
after(() => rmSync(scratch, {recursive: true, force: true}));

/** Builds the loader, the bundle, the chip's and blocks' files, the views and live.js into `dir` as `npm run build` does. */
const build = (dir) => {
  const vite = (...args) =>
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dir, ...args],
      {
        cwd: root,
        stdio: 'pipe',
      }
    );
  vite('--emptyOutDir');
  vite('--config', 'scripts/loader.vite.config.ts');
  vite('--config', 'scripts/split.vite.config.ts');
  vite('--config', 'scripts/views.vite.config.ts');
  vite('--config', 'scripts/live.vite.config.ts');
};

test('two builds give the same bytes, and the integrity of dist/sri.json', () => {
  const [first, second] = [join(scratch, 'a'), join(scratch, 'b')];
  build(first);
  build(second);
  const scripts = (dir) =>
    readdirSync(dir, {recursive: true})
      .filter((name) => /\.(js|css)$/.test(name))
      .sort();
  const files = scripts(first);
  assert.deepEqual(scripts(second), files);
  for (const file of files)
    assert.ok(readFileSync(join(first, file)).equals(readFileSync(join(second, file))), file);
  const sri = readFileSync(join(first, 'sri.json'), 'utf8');
  assert.equal(sri, readFileSync(join(second, 'sri.json'), 'utf8'));
  assert.equal(sri, readFileSync(join(root, 'dist/sri.json'), 'utf8'), 'dist/ was built from these sources');
  assert.deepEqual(Object.keys(JSON.parse(sri).files), files);
});
