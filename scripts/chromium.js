// Debian's Chromium, started the way this project's machines need it: the tests
// (web-test-runner.config.js) and the scripts (bench, screenshots, the Storybook smoke test)
// all launch it from here.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {createSecureServer} from 'node:http2';
import {tmpdir} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';

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
 * A certificate for 127.0.0.1 that lives as long as this process needs it, made by Debian's
 * `openssl`; undefined where there is none. Browsers given it must ignore certificate errors.
 */
function throwawayCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'story-widgets-tls-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'].concat([
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
      ]),
      {stdio: 'ignore', cwd: dir}
    );
    return {key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem'))};
  } catch {
    return undefined;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/**
 * Serves the files under `root` on a free loopback port, plus `routes`: path → [type, body],
 * or path → a `(request, response)` handler. Resolves to the server and its base URL. Bodies are
 * gzip-compressed for clients that accept it, as any web server or CDN sends them; with
 * `{http2: true}`, over HTTP/2 and TLS as CDNs serve them (HTTP/1.1 where no certificate can be
 * made), and `secure` says which it got. `headers` go with every file and [type, body] route.
 */
export async function serve(root, routes = {}, {http2 = false, headers: more = {}} = {}) {
  const send = (req, res, type, body) => {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const headers = {'content-type': type, vary: 'accept-encoding', ...more};
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers).end(gzip ? gzipSync(body) : body);
  };
  const certificate = http2 ? throwawayCertificate() : undefined;
  const handle = (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      ''
    );
    if (typeof routes[path] === 'function') return routes[path](req, res);
    if (routes[path]) {
      const [type, body] = routes[path];
      return body === null ? res.writeHead(204).end() : send(req, res, type, body);
    }
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    send(req, res, types[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  };
  const server = certificate
    ? createSecureServer({...certificate, allowHTTP1: true}, handle)
    : createServer(handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const scheme = certificate ? 'https' : 'http';
  return {server, base: `${scheme}://127.0.0.1:${server.address().port}`, secure: Boolean(certificate)};
}
