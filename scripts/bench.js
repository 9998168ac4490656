// `npm run bench` (after `npm run build`): what the publishers' bundle costs a page, measured in
// headless Chromium. Prints figures and asserts nothing; RUNS=n sets the repetitions (default 9).
//   - takes-by-lens with 1,000 and 10,000 takes against its own DOM built by hand, and memory
//   - first render of the four elements from a cached story, cold and warm; a full page load
//   - layout shift of an article page whose story answers after 500 ms
//   - 1,000 add/remove cycles (memory, listeners, observers) and a 50-element homepage
//   - server rendering in Node: time per render and HTML size
//   - the oEmbed provider under load: requests/s, p99, story fetches, memory (BEFORE=<an older
//     built checkout> adds its row, for comparison); its height hints against the frames' content
//   - Lighthouse on an article page: alone, with an empty module script (the floor any script
//     costs), with the README's first snippet (and with the views modulepreloaded, the story
//     preloaded: VARIANTS), server output alone and with the script; DISTS=before=dist-old,after=dist
//     compares builds in one run
//   - time to story: when the summary's own text is painted on the snippet's pages (timeToStory)
//   - live stories: requests and bytes an hour for one reader (304s and not), the time of an update
// ONLY=lighthouse,layout-shift (names below) runs only those.
import {readFileSync} from 'node:fs';
import {firstRender} from './bench/first-render.js';
import {start} from './bench/harness.js';
import {layoutShift, slowStory} from './bench/layout-shift.js';
import {oembedHints} from './bench/oembed-hints.js';
import {oembedLoad} from './bench/oembed-load.js';
import {homepageStories, lifecycle} from './bench/lifecycle.js';
import {lighthouseRoutes, lighthouseTable} from './bench/lighthouse.js';
import {timeToStory} from './bench/time-to-story.js';
import {live, liveStory} from './bench/live.js';
import {serverRender} from './bench/server-render.js';
import {takes} from './bench/takes.js';

const runs = Number(process.env.RUNS ?? 9);
const seed = JSON.parse(
  readFileSync(new URL('../test/fixtures/venezuela-nino-guerrero-strike.json', import.meta.url))
);
const measures = {
  lighthouse: lighthouseTable,
  timeToStory,
  takes,
  firstRender,
  layoutShift,
  lifecycle,
  live,
  oembedHints,
};
const only = process.env.ONLY?.split(',');
const bench = await start({...slowStory, ...homepageStories, ...liveStory, ...lighthouseRoutes});
try {
  for (const [name, measure] of Object.entries(measures)) {
    if (only && !only.includes(name)) continue;
    for (const line of await measure({...bench, seed, runs})) console.log(line);
  }
} finally {
  await bench.stop();
}
if (!only || only.includes('serverRender')) {
  for (const line of await serverRender({seed, runs})) console.log(line);
}
if (!only || only.includes('oembedLoad')) {
  for (const line of await oembedLoad()) console.log(line);
}
