// @ts-check
// A story that changes while the tests watch, served as a publisher's host should serve a live
// story: an ETag and Last-Modified, `Cache-Control: no-cache`, and `304 Not Modified` to a
// conditional request for the version it has.
import {readFileSync} from 'node:fs';

const seed = readFileSync(new URL('./fixtures/venezuela-nino-guerrero-strike.json', import.meta.url), 'utf8');

/** @type {Map<string, {version: number, body: string, modified: string, fail: number, log: object[]}>} */
const stories = new Map();

const story = (/** @type {string} */ key) => {
  if (!stories.has(key))
    stories.set(key, {
      version: 1,
      body: seed,
      modified: new Date(Date.UTC(2026, 5, 12)).toUTCString(),
      fail: 0,
      log: [],
    });
  return /** @type {NonNullable<ReturnType<typeof stories.get>>} */ (stories.get(key));
};

/**
 * `GET /api/live?key=K`: the story of K (the seed until changed), conditional; every request is
 * logged with its method, status and validators. `PUT /api/live?key=K` with a story JSON body
 * publishes a new version; `PUT /api/live?key=K&fail=N` makes the next N requests answer 503.
 * `GET /api/live/log?key=K`: the log, as JSON.
 *
 * @param {import('koa').Context} ctx
 * @param {import('koa').Next} next
 */
export async function liveServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/api/live')) return next();
  const live = story(url.searchParams.get('key') ?? '');
  if (url.pathname === '/api/live/log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(live.log);
    return;
  }
  ctx.set('access-control-allow-origin', '*');
  if (ctx.method === 'PUT' && url.searchParams.has('fail')) {
    live.fail = Number(url.searchParams.get('fail'));
    ctx.status = 204;
    return;
  }
  if (ctx.method === 'PUT') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    Object.assign(live, {version: live.version + 1, body, modified: new Date().toUTCString()});
    ctx.status = 204;
    return;
  }
  const etag = `"v${live.version}"`;
  const ifNoneMatch = ctx.get('if-none-match') || null;
  const ifModifiedSince = ctx.get('if-modified-since') || null;
  ctx.set('etag', etag);
  ctx.set('last-modified', live.modified);
  ctx.set('cache-control', 'no-cache');
  if (live.fail > 0) {
    live.fail--;
    live.log.push({method: ctx.method, status: 503, ifNoneMatch, ifModifiedSince});
    ctx.status = 503;
    return;
  }
  const fresh = ifNoneMatch === etag;
  live.log.push({method: ctx.method, status: fresh ? 304 : 200, ifNoneMatch, ifModifiedSince});
  if (fresh) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = live.body;
}
