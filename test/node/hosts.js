// Little HTTP servers for the hostile corpus: a story host with the behaviours an attacker or a
// broken server has, and an "internal" host standing for what a server must never be walked into.
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';

export const seedJson = readFileSync(
  new URL('../fixtures/venezuela-nino-guerrero-strike.json', import.meta.url)
);

/**
 * Starts a server on a loopback port with `routes` (path → handler); anything else is a 404. Its
 * `requests` lists every path asked for; `closed` the paths whose client hung up before an answer.
 */
export async function host(routes = {}) {
  const requests = [];
  const closed = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    requests.push(path);
    res.on('close', () => !res.writableFinished && closed.push(path));
    (routes[path] ?? ((_, r) => r.writeHead(404).end('not here')))(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    closed,
    count: (path) => requests.filter((asked) => asked === path).length,
    close: () => (server.closeAllConnections(), new Promise((resolve) => server.close(resolve))),
  };
}

/** A route answering the seed story with `headers`. */
export const story =
  (headers = {}) =>
  (_, res) =>
    res.writeHead(200, {'content-type': 'application/json', ...headers}).end(seedJson);

/** A route redirecting to `location` (a function of nothing, for origins known later). */
export const redirect = (location) => (_, res) => res.writeHead(302, {location: location()}).end();

/** A route that never answers: the client has to give up. */
export const never = () => {};

/** A route streaming `bytes` of JSON-ish filler without a length, until done or hung up on. */
export const endless = (bytes) => (_, res) => {
  res.writeHead(200, {'content-type': 'application/json'});
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  const more = () => {
    while (sent < bytes && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return res.once('drain', more);
    }
    res.end();
  };
  more();
};
