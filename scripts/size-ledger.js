// Where the publishers' first load goes, module by module: the minified bytes each source file
// became (from the bundle's source map), and its share of the gzip size. Gzip is not additive, so
// a module's share is its part of the minified bytes applied to the whole file's gzip size.
import {readFileSync} from 'node:fs';
import {SourceMapConsumer} from 'source-map-js';

/** `node_modules/lit-html/lit-html.js` → `lit-html`; `src/i18n/format.ts` → itself. */
const moduleName = (source) => {
  const inPackage = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  return inPackage ? `${inPackage[1]} ${inPackage[2]}` : source.replace(/^(\.\.\/)+/, '');
};

/** Minified bytes per source file of `file` (a built JS file with a `.map` beside it). */
export function bytesBySource(file) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const spans = [];
  map.eachMapping((m) => spans.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const bytes = new Map();
  let mapped = 0;
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    const end =
      next && next.generatedLine === span.generatedLine
        ? next.generatedColumn
        : lines[span.generatedLine - 1].length;
    const length = Buffer.byteLength(lines[span.generatedLine - 1].slice(span.generatedColumn, end));
    const name = span.source ? moduleName(span.source) : '(glue)';
    bytes.set(name, (bytes.get(name) ?? 0) + length);
    mapped += length;
  });
  const unmapped = Buffer.byteLength(code) - mapped;
  if (unmapped) bytes.set('(unmapped)', (bytes.get('(unmapped)') ?? 0) + unmapped);
  return bytes;
}

/** The ledger's lines: each module's minified bytes and gzip share, largest first. */
export function ledger(file, gzipTotal) {
  const bytes = bytesBySource(file);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .map(
      ([name, n]) =>
        `  ${name.padEnd(58)} ${String(n).padStart(6)} B min  ${String(Math.round((n / total) * gzipTotal)).padStart(5)} B gzip`
    );
}
