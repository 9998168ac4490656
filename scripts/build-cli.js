// `npm run build`, last step: the command line as one file, dist/cli.js, with `marked` (its
// Markdown reader) inside it, so that an app installing story-widgets never installs what only
// the command line uses. The rest it imports as any app does: the package's own modules
// (dist/lib/…) and its dependencies. The command line's compiled modules then go.
import {rmSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const cli = resolve(dist, 'lib/cli');

await build({
  entryPoints: [resolve(cli, 'main.js')],
  outfile: resolve(dist, 'cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [
    {
      name: 'only-the-command-line',
      setup(esbuild) {
        esbuild.onResolve({filter: /.*/}, ({path, resolveDir, kind}) => {
          if (kind === 'entry-point' || path === 'marked') return undefined;
          if (!path.startsWith('.')) return {path, external: true};
          const target = resolve(resolveDir, path);
          if (dirname(target) === cli) return undefined;
          // The package's other modules, from where dist/cli.js sits.
          return {path: `./${relative(dist, target)}`, external: true};
        });
      },
    },
  ],
});
rmSync(cli, {recursive: true});
