// A site's oEmbed provider, as the README shows it: story pages at /zh/n/<id>, their JSON at
// /zh/n/<id>.json, oEmbed at /oembed. Run as a process by test/node/oembed.test.js; prints its origin.
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {createOEmbedHandler} from 'story-widgets/oembed';

const seed = readFileSync(new URL('../fixtures/venezuela-nino-guerrero-strike.json', import.meta.url));
let origin = '';
let handler;

const server = createServer((req, res) => {
  const {pathname} = new URL(req.url, origin);
  if (pathname === '/oembed') return handler(req, res);
  if (pathname === '/zh/n/venezuela-nino-guerrero-strike.json') {
    return res.writeHead(200, {'content-type': 'application/json'}).end(seed);
  }
  res.writeHead(404).end();
});

server.listen(0, '127.0.0.1', () => {
  origin = `http://127.0.0.1:${server.address().port}`;
  handler = createOEmbedHandler({
    embedUrl: `${origin}/embed.html`,
    origins: [origin],
    pages: new RegExp(`${origin.replaceAll('.', '\\.')}/zh/n/[a-z0-9-]+`),
    storyJson: '{url}.json',
    providerName: 'The Daily Meridian',
    providerUrl: `${origin}/`,
  });
  console.log(origin);
});
