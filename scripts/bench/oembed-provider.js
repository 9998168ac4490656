// A site's oEmbed provider and its story host, in a process of their own for
// scripts/bench/oembed-load.js: the provider is `createOEmbedHandler` from the package at argv[2]
// (this checkout, or an older one to compare). The story answers after 20 ms, as a CDN might;
// /n/slow after 3 s. Sends its origin, then on request its story fetches, those stopped
// before their answer, and its memory.
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {pathToFileURL} from 'node:url';

const root = process.argv[2];
const {createOEmbedHandler} = await import(pathToFileURL(`${root}/dist/lib/oembed/index.js`).href);
const seed = readFileSync(`${root}/test/fixtures/venezuela-nino-guerrero-strike.json`);
const fetches = {};
const aborted = {};
let handler;
const server = createServer((req, res) => {
  const {pathname} = new URL(req.url, 'http://x');
  if (pathname === '/oembed') return handler(req, res);
  fetches[pathname] = (fetches[pathname] ?? 0) + 1;
  res.on('close', () => !res.writableFinished && (aborted[pathname] = (aborted[pathname] ?? 0) + 1));
  const delay = pathname === '/n/slow.json' ? 3_000 : 20;
  setTimeout(() => res.writeHead(200, {'content-type': 'application/json'}).end(seed), delay);
});
server.listen(0, '127.0.0.1', () => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  handler = createOEmbedHandler({
    embedUrl: `${origin}/embed.html`,
    origins: [origin],
    pages: new RegExp(`${origin.replaceAll('.', '\\.')}/n/[a-z]+`),
    storyJson: '{url}.json',
    providerName: 'Bench',
  });
  process.send({origin});
});
process.on('message', () => {
  globalThis.gc?.();
  process.send({fetches, aborted, rss: process.memoryUsage().rss});
});
