// @ts-check
// Story endpoints for the tests: real HTTP with the failures a publisher's page meets, and a
// request counter so tests assert what reached the server, not what a stub saw.
import {readFileSync} from 'node:fs';

const seed = readFileSync(new URL('./fixtures/venezuela-nino-guerrero-strike.json', import.meta.url), 'utf8');

/** @type {Map<string, number>} */
const counts = new Map();
/** @type {Map<string, string[]>} */
const files = new Map();

/** Bodies by name, for `body=`: what a broken or hostile server sends. */
const bodies = {
  html: ['text/html', '<!doctype html><title>Not found</title><h1>Oops</h1>'],
  truncated: ['application/json', seed.slice(0, 300)],
  big: [
    'application/json',
    JSON.stringify({version: 1, id: 'big', title: 'x', padding: 'x'.repeat(3_000_000)}),
  ],
  // Not JSON, with a secret past its start: an error must not quote it.
  secret: ['application/json', '{"id": "x",\n "password": hunter2-SECRET}'],
  // Valid JSON served as text: tolerated.
  text: ['text/plain', seed],
  // Hostile sizes, made here rather than stored: 10,000 takes, and a 1.9 MB string.
  'takes-10k': [
    'application/json',
    JSON.stringify({
      ...JSON.parse(seed),
      lenses: [
        {
          id: 'many',
          label: 'Many',
          takes: Array.from({length: 10_000}, (_, i) => ({
            outlet: `Outlet ${i}`,
            url: `https://example.org/${i}`,
          })),
        },
      ],
    }),
  ],
  'long-string': [
    'application/json',
    JSON.stringify({version: 1, id: 'long', title: 'Long', dek: 'x'.repeat(1_900_000)}),
  ],
};

/**
 * `/api/story?key=K` serves the seed and counts requests per key. Options:
 * `delay` (ms), `status` (HTTP status; 204 sends no body), `body=` one of `bodies` above,
 * `fail=N` (the first N requests fail in the browser as a network error: they reach the server,
 * but the answer lacks the CORS header that a cross-origin fetch needs, which a browser reports
 * exactly like a dropped connection — and, unlike a dropped socket, never retries on its own),
 * `break=N` with `body=drop|never|gzip|reset` (the first N requests break that way, the next are
 * whole): `drop` sends the headers and a part of the body then closes the connection, `never`
 * sends a part and never ends, `gzip` sends a corrupt gzip body, `reset` closes the connection
 * before any answer.
 * `redirect=URL` answers `302 Found` to URL (with CORS, as a CDN's redirect has).
 * `/api/count?key=K` answers `{"count": N}`.
 *
 * @param {import('koa').Context} ctx
 * @param {import('koa').Next} next
 */
export async function storyServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const key = url.searchParams.get('key') ?? '';
  if (url.pathname === '/api/count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({count: counts.get(key) ?? 0});
    return;
  }
  // A page of dist/ without its Content-Security-Policy, so that a test can put axe into it.
  if (url.pathname.startsWith('/dist/') && url.pathname.endsWith('.html') && url.searchParams.has('no-csp')) {
    const page = readFileSync(new URL(`..${url.pathname}`, import.meta.url), 'utf8');
    ctx.type = 'text/html';
    ctx.body = page.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, '');
    return;
  }
  // dist/ as an embed host serves it to a frame sandboxed without allow-same-origin (origin null),
  // embed.html as built with STORY_WIDGETS_EMBED_HOST (kit/vite.config.ts; WebKit needs it):
  // /cors/dist/… with Access-Control-Allow-Origin, /no-cors/dist/… without; /broken/dist/… has no
  // module but the embed page's classic script.
  // /slow/<id>/dist/… is dist/ as a slow host serves it to test/autoload.test.ts: each file but the
  // loader 300 ms late, so that a story the loader requests at once arrives before the elements'
  // files; /api/files?id=<id> lists the files a page asked for, in order.
  const [, slow, file] = url.pathname.match(/^\/slow\/([\w-]+)\/dist\/(.*)$/) ?? [];
  if (slow) {
    files.set(slow, [...(files.get(slow) ?? []), file]);
    if (file !== 'story-widgets.js') await new Promise((resolve) => setTimeout(resolve, 300));
    ctx.url = `/dist/${file}`;
    return next();
  }
  if (url.pathname === '/api/files') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(files.get(url.searchParams.get('id') ?? '') ?? []);
    return;
  }
  const [, host] = url.pathname.match(/^\/(cors|no-cors|broken)\/dist\//) ?? [];
  if (host === 'broken' && /(?<!\/embed-frame)\.js$/.test(url.pathname)) return void (ctx.status = 404);
  if (host) {
    ctx.url = ctx.url.slice(host.length + 1);
    if (url.pathname.endsWith('.html') && host !== 'broken') {
      const page = readFileSync(new URL(`..${ctx.path}`, import.meta.url), 'utf8');
      ctx.type = 'text/html';
      ctx.body = page.replaceAll("'self'", `'self' ${ctx.origin}`);
    } else await next();
    if (host === 'cors') ctx.set('access-control-allow-origin', '*');
    return;
  }
  if (url.pathname !== '/api/story') return next();

  const count = (counts.get(key) ?? 0) + 1;
  counts.set(key, count);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const body = url.searchParams.get('body') ?? '';
  const cors = {'access-control-allow-origin': '*', 'cache-control': 'no-store'};
  if (url.searchParams.has('redirect')) {
    ctx.set(cors);
    ctx.redirect(url.searchParams.get('redirect') ?? '/');
    return;
  }
  if (
    count <= Number(url.searchParams.get('break') ?? 0) &&
    ['drop', 'never', 'gzip', 'reset'].includes(body)
  ) {
    ctx.respond = false;
    const {res} = ctx;
    if (body === 'reset') return void res.socket?.destroy();
    if (body === 'gzip') {
      // A gzip header, then bytes that do not inflate: every engine fails to read it (WebKit
      // passes a body without the header through as it is).
      const corrupt = Buffer.concat([
        Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]),
        Buffer.from('x'.repeat(200)),
      ]);
      return void res
        .writeHead(200, {...cors, 'content-type': 'application/json', 'content-encoding': 'gzip'})
        .end(corrupt);
    }
    res.writeHead(200, {...cors, 'content-type': 'application/json', 'content-length': String(seed.length)});
    res.write(seed.slice(0, 300));
    if (body === 'drop') setTimeout(() => res.socket?.destroy(), 20);
    return;
  }
  if (count > Number(url.searchParams.get('fail') ?? 0)) ctx.set('access-control-allow-origin', '*');
  ctx.status = Number(url.searchParams.get('status') ?? 200);
  ctx.set('cache-control', 'no-store');
  if (ctx.status === 204) return;
  const [type, text] = bodies[/** @type {keyof typeof bodies} */ (body)] ?? ['application/json', seed];
  ctx.type = type;
  ctx.body = text;
}
