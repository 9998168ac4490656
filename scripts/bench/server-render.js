// Server rendering in Node (story-widgets/server): milliseconds per render of the seed by each
// element, English and Arabic alternating, and the bytes a page receives.
import {gzipSync} from 'node:zlib';
import {renderStoryWidget} from '../../dist/lib/server/index.js';
import {tags} from '../elements.js';

export async function serverRender({seed, runs}) {
  const lines = ['server rendering (Node, story-widgets/server): median ms per render, HTML size'];
  for (const tag of tags) {
    const attributes = tag === 'entity-chip' ? {entity: 'venezuela'} : {};
    const html = await renderStoryWidget(tag, seed, {attributes});
    const times = [];
    for (let run = 0; run < runs * 10; run++) {
      const start = performance.now();
      await renderStoryWidget(tag, seed, {attributes, lang: run % 2 ? 'ar' : 'en'});
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[times.length >> 1];
    const size = `${(html.length / 1024).toFixed(1)} kB, ${(gzipSync(html).length / 1024).toFixed(1)} kB gzip`;
    lines.push(`  ${tag.padEnd(14)} ${median.toFixed(2)} ms   ${size}`);
  }
  return lines;
}
