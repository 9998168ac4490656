// The oEmbed provider under load: 2,000 requests for one story page at concurrency 50, then 100
// clients that hang up while their story loads. Prints requests/s, p99, the story fetches the
// provider made and its memory. BEFORE=<an older checkout, built> prints its row too.
import {fork} from 'node:child_process';
import {once} from 'node:events';
import {Agent, request} from 'node:http';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('../../', import.meta.url));

/** One GET; resolves with its duration, or at once after `hangUp` ms without waiting. */
function get(url, agent, hangUp) {
  return new Promise((resolve) => {
    const start = performance.now();
    const req = request(url, {agent}, (res) => {
      res.resume();
      res.on('end', () => resolve(performance.now() - start));
    });
    req.on('error', () => resolve(undefined));
    if (hangUp !== undefined) setTimeout(() => (req.destroy(), resolve(undefined)), hangUp);
    req.end();
  });
}

async function measure(root) {
  const child = fork(fileURLToPath(new URL('oembed-provider.js', import.meta.url)), [root], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const [{origin}] = await once(child, 'message');
  const stats = async () => (child.send('stats'), (await once(child, 'message'))[0]);
  const agent = new Agent({keepAlive: true, maxSockets: 50});
  const ask = (page) => `${origin}/oembed?url=${encodeURIComponent(`${origin}/n/${page}`)}`;
  const startMemory = (await stats()).rss;
  const times = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({length: 50}, async () => {
      while (next++ < 2_000) times.push(await get(ask('seed'), agent));
    })
  );
  const seconds = (performance.now() - start) / 1000;
  // 100 clients that give up after 100 ms on a story that takes 3 s.
  await Promise.all(Array.from({length: 100}, () => get(ask('slow'), false, 100)));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const end = await stats();
  agent.destroy();
  child.kill();
  times.sort((a, b) => a - b);
  const mb = (bytes) => `${Math.round(bytes / 1e6)} MB`;
  return (
    `${Math.round(2_000 / seconds)} requests/s, p99 ${times[Math.floor(times.length * 0.99)].toFixed(0)} ms, ` +
    `${end.fetches['/n/seed.json'] ?? 0} story fetches for 2,000 requests, ` +
    `${end.fetches['/n/slow.json'] ?? 0} for 100 that hung up (${end.aborted['/n/slow.json'] ?? 0} stopped ` +
    `within 0.5 s); memory ${mb(startMemory)} → ${mb(end.rss)}`
  );
}

export async function oembedLoad() {
  const lines = [
    'oEmbed provider (Node): 2,000 requests for one page at concurrency 50, a story host 20 ms away',
  ];
  if (process.env.BEFORE)
    lines.push(`  before (${process.env.BEFORE}): ${await measure(process.env.BEFORE)}`);
  lines.push(`  this checkout: ${await measure(here)}`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  for (const line of await oembedLoad()) console.log(line);
