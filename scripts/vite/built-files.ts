// `npm start` serves dist/ as the build wrote it (`prestart` builds it), the way a publisher's own
// server or a CDN serves it, while the demo and the kit pages run from source with hot reload.
import sirv from 'sirv';
import type {Plugin} from 'vite';

/**
 * Serves `dir` at `/dir/` byte for byte. Left to Vite, its modules would be rewritten for the
 * dev server (story-widgets.js began with an import of `/@vite/client`), which breaks their
 * `integrity` and made Vite warn that it cannot analyse the bundle's own dynamic imports.
 * `Access-Control-Allow-Origin: *`, as a CDN sends it: a page on another port loads them
 * `crossorigin`, as the configurator's code does; no caching, so a new build shows at once.
 */
export function builtFiles(dir = 'dist'): Plugin {
  return {
    name: 'built-files',
    apply: 'serve',
    configureServer(server) {
      const serve = sirv(dir, {
        dev: true,
        etag: true,
        setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
        onNoMatch: (_req, res) => res.writeHead(404).end(),
      });
      // Without `next`: a file the build did not write is a 404, not a page of Vite's.
      server.middlewares.use(`/${dir}`, (req, res) => serve(req, res));
    },
  };
}
