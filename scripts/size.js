// What a publisher's readers download: `npm run size` (after `npm run build`).
// Prints raw, gzip and brotli sizes of the publisher bundle and of each lazily loaded chunk, and
// how the first load (the bundle itself: all four elements with Lit) stands against the budget.
// `npm run size -- --check` fails over budget (CI reports only: see the README's "Size" section).
import {readdirSync, readFileSync} from 'node:fs';
import {brotliCompressSync, gzipSync} from 'node:zlib';

const BUDGET = 12 * 1024;
const dist = new URL('../dist/', import.meta.url);
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

const rows = readdirSync(dist)
  .filter((name) => name.endsWith('.js'))
  .map((name) => {
    const code = readFileSync(new URL(name, dist));
    return {
      name,
      raw: code.length,
      gzip: gzipSync(code, {level: 9}).length,
      brotli: brotliCompressSync(code).length,
    };
  })
  .sort((a, b) =>
    a.name === 'story-widgets.js' ? -1 : b.name === 'story-widgets.js' ? 1 : a.name.localeCompare(b.name)
  );

console.log('file'.padEnd(32), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const {name, raw, gzip, brotli} of rows) {
  console.log(name.padEnd(32), kB(raw).padStart(10), kB(gzip).padStart(10), kB(brotli).padStart(10));
}
const first = rows.find((row) => row.name === 'story-widgets.js');
if (!first) throw new Error('dist/story-widgets.js is missing: run `npm run build` first');
console.log(`\nfirst load (dist/story-widgets.js, gzip -9): ${kB(first.gzip)} of a ${kB(BUDGET)} budget`);
if (first.gzip > BUDGET) {
  console.log(`OVER BUDGET by ${kB(first.gzip - BUDGET)}`);
  if (process.argv.includes('--check')) process.exitCode = 1;
}
