// @ts-check
// Story endpoints for the tests: real HTTP with the failures a publisher's page meets, and a
// request counter so tests assert what reached the server, not what a stub saw.
import {readFileSync} from 'node:fs';

const seed = readFileSync(new URL('./fixtures/venezuela-nino-guerrero-strike.json', import.meta.url), 'utf8');

/** @type {Map<string, number>} */
const counts = new Map();

/**
 * `/api/story?key=K` serves the seed and counts requests per key. Options:
 * `delay` (ms), `status` (HTTP status), `body=html|truncated|big|empty-object`,
 * `fail=N` (the first N requests fail in the browser as a network error: they reach the server,
 * but the answer lacks the CORS header that a cross-origin fetch needs, which a browser reports
 * exactly like a dropped connection — and, unlike a dropped socket, never retries on its own).
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
  if (url.pathname !== '/api/story') return next();

  const count = (counts.get(key) ?? 0) + 1;
  counts.set(key, count);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  if (count > Number(url.searchParams.get('fail') ?? 0)) ctx.set('access-control-allow-origin', '*');
  ctx.status = Number(url.searchParams.get('status') ?? 200);
  ctx.set('cache-control', 'no-store');
  switch (url.searchParams.get('body')) {
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><h1>Oops</h1>';
      break;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = seed.slice(0, 300);
      break;
    case 'big':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({version: 1, id: 'big', title: 'x', padding: 'x'.repeat(3_000_000)});
      break;
    default:
      ctx.type = 'application/json';
      ctx.body = seed;
  }
}
