// The package as an app installs it: `npm pack`, unpacked into a scratch app's node_modules,
// beside the app's own copies of what it peers with (symlinked from this repository's).
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** Packs the package into a new scratch app with `peers` installed; `remove()` deletes it. */
export function packedApp(peers = ['lit', 'lit-html', 'lit-element', '@lit', '@lit-labs', '@types']) {
  const app = mkdtempSync(join(tmpdir(), 'story-widgets-app-'));
  // The build is the test run's own (npm test builds first): no prepare step again.
  const tarball = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', app], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const pkg = join(app, 'node_modules/story-widgets');
  mkdirSync(pkg, {recursive: true});
  execFileSync('tar', ['-xzf', join(app, tarball), '-C', pkg, '--strip-components=1']);
  for (const name of peers) {
    mkdirSync(dirname(join(app, 'node_modules', name)), {recursive: true});
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name));
  }
  return {
    app,
    pkg,
    remove: () => rmSync(app, {recursive: true, force: true}),
    /** Type-checks `files` in the app's folder `name` with `compilerOptions`; returns tsc's output. */
    typeCheck(name, files, compilerOptions) {
      const dir = join(app, name);
      mkdirSync(dir, {recursive: true});
      for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
      const options = {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
        ...compilerOptions,
      };
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({compilerOptions: options, include: ['*.ts', '*.tsx']})
      );
      try {
        return execFileSync(process.execPath, [tsc, '-p', dir], {encoding: 'utf8'});
      } catch (error) {
        return error.stdout || String(error);
      }
    },
  };
}
