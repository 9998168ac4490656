// The news site of `npm run test:wordpress`, on a loopback port: a story page with its oEmbed
// discovery link, the story's JSON, the oEmbed provider (story-widgets/oembed, as built) and
// dist/ as the embed host serves it, every file with Access-Control-Allow-Origin, as
// docs/publishers.md says it must be for WordPress's sandboxed frames.
import {readFileSync} from 'node:fs';
import {createOEmbedHandler} from 'story-widgets/oembed';
import {serve} from '../chromium.js';

const seed = JSON.parse(
  readFileSync(new URL('../../test/fixtures/venezuela-nino-guerrero-strike.json', import.meta.url), 'utf8')
);
export const storyId = seed.id;
export const storyTitle = seed.title;

/** A story page, as a publisher's CMS writes it: the discovery link in its head. */
const storyPage = (origin, page) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${storyTitle}</title>
    <link rel="alternate" type="application/json+oembed" title="Story"
      href="${origin}/oembed?url=${encodeURIComponent(page)}&amp;format=json" />
  </head>
  <body><h1>${storyTitle}</h1></body>
</html>`;

/**
 * Starts the site; resolves to its `origin` (`http://127.0.0.1:port`), the `requests` it answered
 * (`/oembed?url=…`, for the checks to read) and `close()`. Its story pages answer on `localhost`
 * too, the host the registered provider covers (the one WordPress discovers is 127.0.0.1).
 */
export async function startSite() {
  const routes = {};
  const requests = [];
  const {server, base: origin} = await serve(new URL('../../dist/', import.meta.url).pathname, routes, {
    headers: {'access-control-allow-origin': '*'},
  });
  const port = Number(new URL(origin).port);
  const oembed = createOEmbedHandler({
    embedUrl: `${origin}/embed.html`,
    origins: [origin],
    pages: new RegExp(`http://(?:127\\.0\\.0\\.1|localhost):${port}/n/[a-z0-9-]+`),
    storyJson: `${origin}/stories/{id}.json`,
    providerName: 'The Daily Meridian',
    providerUrl: `${origin}/`,
    onError: (error, page) => console.error(`oEmbed ${page}: ${error.message}`),
  });
  routes['/oembed'] = (req, res) => (requests.push(req.url), oembed(req, res));
  const page = `${origin}/n/${storyId}`;
  routes[`/stories/${storyId}.json`] = ['application/json', JSON.stringify({...seed, url: page})];
  // As many sites answer both: a pasted URL may end with a slash.
  for (const path of [`/n/${storyId}`, `/n/${storyId}/`])
    routes[path] = ['text/html', storyPage(origin, page)];
  return {origin, port, page, requests, close: () => new Promise((resolve) => server.close(resolve))};
}
