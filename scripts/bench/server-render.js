// Server rendering in Node (story-widgets/server): milliseconds per render of the seed by each
// element, English and Arabic alternating, and the bytes a page receives: each element alone, and
// the three block elements of one page sharing one inline story (storyWidgetsPage).
import {gzipSync} from 'node:zlib';
import {renderStoryWidget, storyWidgetsPage} from '../../dist/lib/server/index.js';
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
  for (const lang of ['en', 'ar']) {
    const page = storyWidgetsPage({lang});
    const blocks = ['story-summary', 'takes-by-lens', 'story-numbers'];
    const html = Buffer.from((await Promise.all(blocks.map((tag) => page.render(tag, seed)))).join('\n'));
    lines.push(
      `  the three block elements of one page, ${lang}: ${html.length} B, ${gzipSync(html, {level: 9}).length} B gzip -9 (issue 38: at most 35 kB)`
    );
  }
  return lines;
}
