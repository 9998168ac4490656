// Debian's Chromium, started the way this project's machines need it: the tests
// (web-test-runner.config.js) and the scripts (bench, screenshots, the Storybook smoke test)
// all launch it from here.
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';

/** `CHROME_PATH` when set, else Debian's package. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Headless, root-safe (`--no-sandbox`), and off the network it cannot reach here. */
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Puppeteer's launch options for that Chromium. */
export const launchOptions = {executablePath: chromiumPath, args: chromiumFlags};

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Serves the files under `root` on a free loopback port, plus `routes`: path → [type, body],
 * or path → a `(request, response)` handler. Resolves to the server and its base URL.
 */
export async function serve(root, routes = {}) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      ''
    );
    if (typeof routes[path] === 'function') return routes[path](req, res);
    if (routes[path]) {
      const [type, body] = routes[path];
      return res.writeHead(body === null ? 204 : 200, {'content-type': type}).end(body ?? undefined);
    }
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, base: `http://127.0.0.1:${server.address().port}`};
}
