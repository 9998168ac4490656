// `npm run size` (after `npm run build`): what readers download, and what an app pays for what it
// imports. Fails (exit code 1) past a ceiling, so sizes only shrink from here.
//   - the publishers' first load, what every page loads before its stories are asked for: the
//     loader (dist/story-widgets.js), what it imports statically (nothing) and
//     dist/story-widgets.css, which keeps the elements' places: at most 12 kB, the product's promise
//   - beside the stories, what a page with all four elements, only a chip, or none loads by the
//     time its first story shows: the files the loader imports for those elements
//     (src/autoload/files.ts), the views (dist/views.js, dist/block-views.js for block elements);
//     each file compressed on its own, as a server sends it, with its ceiling, and the single
//     bundle with a ledger of what each module adds
//   - each locale module, loaded only on a page in that language
//   - an app that imports one element module, or only parseStory: bundled and minified as an
//     app's bundler would (Lit included once)
import {readFileSync} from 'node:fs';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {build} from 'vite';
import {tags} from './elements.js';
import {pageLoad, storyLoad} from './page-load.js';
import {ledger} from './size-ledger.js';

const TARGET = 12 * 1024; // the publishers' first load, before any story is asked for: the product's promise
/** Ceilings `npm run size` enforces, gzip bytes: today's sizes, rounded up. Lower them as sizes fall. */
const CEILINGS = {
  // Issue 38: the publishers' script is a loader, and a page asks for its stories after the
  // loader alone (with the stylesheet, the first load: TARGET). Then, beside the stories, a page
  // loads only the elements and views it uses; their ceilings are today's sizes, rounded up.
  // +0.1 kB: it starts after the page's first paint (Paint Timing). +0.16 kB: it readies the
  // page's Intl data while the files are on their way, off the story's path to its paint.
  loader: 1_580,
  // The four elements in one file (0.2's single bundle), and the chip's alone, with the block
  // elements' on top of it for a page of chips that gets a block element later (issue 38).
  // +0.18 kB: the page's first story paints in a frame of its own (page/first-paint.ts), some
  // 50 ms sooner on a phone (time to story, CONTRIBUTING).
  all: 14_200,
  chip: 12_520,
  blocks: 2_300,
  // A page by the time its first story shows: loader, stylesheet, elements and views.
  allFourPage: 27_200,
  chipPage: 19_100,
  // +35 B: a server's output keeps no place of its own (issue 30).
  stylesheet: 560,
  // +0.7 kB for live stories (issue 24): `updated` checked and shown ("Updated 4 min ago"), new
  // takes marked, and the loader of dist/live.js; inline JSON is read here now, off the first load.
  // +0.6 kB (issue 31): sentence-whole compact summaries, shares that add up, the legend read
  // with its units. +0.6 kB for issue 36: where a text stops being JSON, found without quoting it
  // (0.5 kB), and values quoted at most 80 characters long, without credentials.
  // +0.7 kB for issue 32: the page's announcements of stories loaded and failed, in 35
  // languages, headings past h6, a figure's "~" read as "about".
  // +0.2 kB for issue 37: what each element says of a live update is its view's (`news`, out of
  // dist/live.js, which fell by 0.6 kB). +1.95 kB for issue 38: the block elements' story styles,
  // out of the first load. Issue 38: the block elements' views apart (blockViews), which a page
  // of chips never loads. +90 B: the outcomes of one story's elements, which paint a frame apart
  // now, said together until the page's region speaks.
  views: 4_520,
  blockViews: 6_400,
  locale: 2048,
  // What only pages with `refresh` load. +0.25 kB for issue 36: intervals read by the one rule,
  // none for what is not a number of seconds, waits past an hour kept.
  // +0.13 kB for issue 32: the page's one live region, which comes and goes.
  // −0.6 kB for issue 37: what changed is said by each element's view (dist/views.js).
  live: 3_740,
  // As views and the first load; +50 B for issue 38: the call that takes a loader's request
  // (a function that returns nothing outside the publishers' files).
  // +0.2 kB: the first story's frame of its own (page/first-paint.ts).
  app: 15_540,
  parseStory: 1_750, // as views
  embedHost: 1024,
  embedPage: 1_200,
  // The embed page's classic script (issue 35): its height in three protocols, WordPress's links,
  // and why nothing shows when the page's modules cannot load. Today 0.80 kB.
  embedFrame: 1024,
};

const dist = new URL('../dist/', import.meta.url);
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const sizes = (code) => ({gzip: gzipSync(code, {level: 9}).length, brotli: brotliCompressSync(code).length});
const failures = [];
const row = (name, {gzip, brotli}, ceiling) => {
  const over = gzip > ceiling;
  if (over) failures.push(`${name}: ${kB(gzip)} gzip is over its ceiling of ${kB(ceiling)}`);
  console.log(
    `${name.padEnd(44)} ${kB(gzip).padStart(10)} ${kB(brotli).padStart(10)}   ceiling ${kB(ceiling)}${over ? '  OVER' : ''}`
  );
};

/** An app's bundle of `source` (a module importing from the package), minified, Lit included. */
async function appBundle(source) {
  const [{output}] = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'app',
        enforce: 'pre',
        resolveId: (id) => (id.endsWith('virtual:app') ? '\0app' : null),
        load: (id) => (id === '\0app' ? source : null),
      },
    ],
    build: {
      write: false,
      lib: {entry: 'virtual:app', formats: ['es'], fileName: 'app'},
      rolldownOptions: {output: {minify: true}},
    },
  });
  // What the app loads up front: the entry and what it imports statically, not the locale
  // modules it may import later.
  const chunks = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set();
  const visit = (chunk) => {
    if (loaded.has(chunk)) return;
    loaded.add(chunk);
    for (const name of chunk.imports ?? []) visit(chunks.get(name));
  };
  visit(output.find((chunk) => chunk.isEntry));
  return [...loaded].map((chunk) => chunk.code).join('\n');
}

console.log(`${'what'.padEnd(44)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
const file = (name) => sizes(readFileSync(new URL(name, dist)));
row('publishers: dist/story-widgets.js (the loader)', file('story-widgets.js'), CEILINGS.loader);
row('  all four, one file: story-widgets.all.js', file('story-widgets.all.js'), CEILINGS.all);
row('  only chips: entity-chip.js', file('entity-chip.js'), CEILINGS.chip);
row('  block elements later: blocks.js', file('blocks.js'), CEILINGS.blocks);
const stylesheet = file('story-widgets.css');
row('publishers: dist/story-widgets.css', stylesheet, CEILINGS.stylesheet);
row('  with the first story: dist/views.js', file('views.js'), CEILINGS.views);
row('  with a first live story: dist/live.js', file('live.js'), CEILINGS.live);
row('  with a block’s first story: block-views.js', file('block-views.js'), CEILINGS.blockViews);
// Files each compressed on its own, as a server sends them, and the stylesheet.
const sum = (files) => {
  const total = files
    .map(file)
    .reduce((a, b) => ({gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli}), stylesheet);
  return {...total, names: `${files.join(' + ')} + story-widgets.css`};
};
// The first load: what every page loads before its stories are asked for — the script and what
// it imports statically, and the stylesheet. The product's promise, 12,288 B, is its ceiling.
const firstLoad = sum(pageLoad([]).files);
console.log('\nfirst load, before any story is asked for: the script, its static imports, the stylesheet');
row('  every page', firstLoad, TARGET);
console.log(`    ${firstLoad.names}`);
// Then, beside the stories, what the page's elements need: their definitions and views.
console.log('by the time the first story shows, beside it: the elements and views the page needs');
const byStory = [];
for (const [name, page, ceiling] of [
  ['  a page with all four elements', tags, CEILINGS.allFourPage],
  ['  a page with only <entity-chip>', ['entity-chip'], CEILINGS.chipPage],
  ['  a page with none', [], CEILINGS.loader + CEILINGS.stylesheet],
]) {
  const total = sum([...pageLoad(page).files, ...(page.length ? storyLoad(page).files : [])]);
  row(name, total, ceiling);
  console.log(`    ${total.names}`);
  byStory.push(total);
}
console.log('');
const first = readFileSync(new URL('story-widgets.all.js', dist));
const firstSizes = sizes(first);
for (const line of ledger(new URL('story-widgets.all.js', dist).pathname, firstSizes.gzip)) console.log(line);
// The locale modules the bundle may load: dist/sri.json lists the bundle's own files.
const {files} = JSON.parse(readFileSync(new URL('sri.json', dist), 'utf8'));
const localeFiles = Object.keys(files).filter((name) => name.startsWith('locales/'));
for (const file of localeFiles.sort()) {
  row(
    `  locale module ${file.replace(/^locales\/|\.js$/g, '')}`,
    sizes(readFileSync(new URL(file, dist))),
    CEILINGS.locale
  );
}
for (const tag of tags) {
  row(
    `app importing story-widgets/${tag}.js`,
    sizes(await appBundle(`import 'story-widgets/${tag}.js';`)),
    CEILINGS.app
  );
}
row(
  'app importing only parseStory',
  sizes(await appBundle(`import {parseStory} from 'story-widgets/data'; console.log(parseStory);`)),
  CEILINGS.parseStory
);

// The first load does not grow with the number of locales: one line loads any of them by URL,
// and no file of the elements names one of theirs.
const bundle = ['story-widgets.all.js', 'entity-chip.js', 'blocks.js']
  .map((name) => readFileSync(new URL(name, dist), 'utf8'))
  .join('\n');
const named = localeFiles.filter((file) => bundle.includes(file));
console.log(
  `  ${localeFiles.length} locale modules beside the bundle, loaded by URL; the bundle names ${named.length} of their files`
);
if (named.length)
  failures.push(`the bundle names locale files (${named.join(', ')}): each locale would grow the first load`);

// The iframe rendition's script on the publisher's page, and the script of the embed page itself.
row(
  'publisher kit: dist/embed-host.js',
  sizes(readFileSync(new URL('embed-host.js', dist))),
  CEILINGS.embedHost
);
row(
  'publisher kit: dist/embed.js (in the frame)',
  sizes(readFileSync(new URL('embed.js', dist))),
  CEILINGS.embedPage
);
row(
  'publisher kit: dist/embed-frame.js',
  sizes(readFileSync(new URL('embed-frame.js', dist))),
  CEILINGS.embedFrame
);

console.log(
  `\nfirst load ${firstLoad.gzip} B gzip, ${firstLoad.brotli} B brotli: ` +
    `${firstLoad.gzip <= TARGET ? 'within' : 'OVER'} its ceiling of ${TARGET} B. ` +
    `A page with all four loads ${byStory[0].gzip} B gzip by its first story (the ledger above says where).`
);
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exitCode = 1;
}
