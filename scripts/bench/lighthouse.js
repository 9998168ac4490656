// What the elements do to a publisher's Core Web Vitals, as Lighthouse 12.2.3 scores a phone
// reader's page (its mobile defaults: simulated slow 4G, 4× slower CPU): an article page alone,
// with an empty module script (the floor any script costs in Lighthouse's model), with the README's
// first snippet pasted into it, and with the three block elements rendered on a server
// (story-widgets/server), alone and with the script. Issue 38's targets are printed beside them. Every response is gzip-compressed, as a web server
// or CDN sends it. Median of RUNS runs per page (at least 5), with the deltas to the article alone.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import {launchOptions} from '../chromium.js';
import {benchFlags, benchPage, median} from './harness.js';

const root = new URL('../..', import.meta.url).pathname;
const seedPath = '/test/fixtures/venezuela-nino-guerrero-strike.json';
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/**
 * The README's snippet for a publisher's page (site code and article code), as pasted, served from here: the CDN's files are
 * dist/, every story JSON is the seed. Integrity attributes go: they pin the published files. Its
 * stylesheet and script go in the page's head, the rest in the article.
 */
export function readmeSnippet(dist = 'dist') {
  const snippet = [...readme.matchAll(/```html\n([^]*?)```/g)]
    .map((block) => block[1])
    // The site code and the article code (the README's "Your page"): its files from dist/.
    .find((block) => block.includes('Site code'))
    .replace(/https:\/\/[^"]*\/(story-widgets\.(?:js|css))/g, `/${dist}/$1`)
    .replace(/https:\/\/[^"]*\.json/g, seedPath)
    .replace(/\s+integrity="[^"]*"/g, '');
  const head = /<link [^>]*>|<script [^>]*><\/script>/g;
  return {head: (snippet.match(head) ?? []).join('\n'), body: snippet.replace(head, '')};
}

const sentence =
  'The killing of the gang’s leader marks a turn in how Washington fights cartels in the hemisphere. ';
const paragraph = (sentences) => `<p>${sentence.repeat(sentences)}</p>`;

/** A news site's article: header, headline, byline, paragraphs, in a 680 px column. */
const article = (name, {head = '', body = ''} = {}) =>
  benchPage(
    `lighthouse-${name}`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="An article page of a news site.">
    <style>
      body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #222 }
      header { border-bottom: 1px solid #ddd; padding: 12px 16px; font: 700 20px system-ui, sans-serif }
      main { max-width: 680px; margin: 0 auto; padding: 0 16px }
      h1 { font-size: 2em; line-height: 1.2 }
      .byline { color: #666; font: 14px system-ui, sans-serif }
    </style>
    ${head}
    <header>The Daily Example</header>
    <main>
      <h1>What the strike on Tren de Aragua tells us about the new Venezuela</h1>
      <p class="byline">By A. Reporter · 12 June 2026</p>
      ${paragraph(3)}${paragraph(2)}
      ${body}
      ${paragraph(4)}${paragraph(3)}${paragraph(2)}
    </main>`
  );

/**
 * The three block elements of one page, as storyWidgetsPage() renders them: one inline story, shared.
 * Rendered by the server module of `dist` in a process of its own: two builds' copies of
 * @lit/localize cannot both be configured in one.
 */
function serverRendered(dist = 'dist') {
  const script = `
    import {readFileSync} from 'node:fs';
    import * as server from './${dist}/lib/server/index.js';
    const seed = JSON.parse(readFileSync('test/fixtures/venezuela-nino-guerrero-strike.json', 'utf8'));
    const tags = ['story-summary', 'takes-by-lens', 'story-numbers'];
    // storyWidgetsPage() where the build has it; an older one shares the JSON by hand.
    const page = server.storyWidgetsPage?.() ?? {
      render: (tag, story) => server.renderStoryWidget(tag, story, {data: tag === tags[0]}),
    };
    const fragments = await Promise.all(tags.map((tag) => page.render(tag, seed)));
    process.stdout.write(JSON.stringify(fragments));`;
  const fragments = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root, maxBuffer: 1 << 26})
  );
  return fragments.join(paragraph(2));
}

/**
 * The builds to compare in one run: `DISTS=before=dist-base,after=dist` (label=folder of the
 * repository, each a built dist/); default the one in dist/, unlabelled.
 */
export const dists = () =>
  (process.env.DISTS ?? 'dist')
    .split(',')
    .map((entry) => entry.split('='))
    .map(([label, dir]) => ({label: dir === undefined ? '' : ` [${label}]`, dir: dir ?? label}));

/** `<link rel="modulepreload">` of those of `files` that `dir`, a build, has. */
const modulepreloads = (dir, files) =>
  files
    .filter((file) => existsSync(new URL(`../../${dir}/${file}`, import.meta.url)))
    .map((file) => `<link rel="modulepreload" href="/${dir}/${file}">`)
    .join('\n');

/**
 * Variants of the snippet page, all by default (`VARIANTS=modulepreload`, or `VARIANTS=` for
 * none), in the site code: the files beside the story announced with `<link rel="modulepreload">`,
 * the elements' file alone so, the story with `<link rel="preload" as="fetch">`.
 */
const variants = {
  // The files a page with block elements loads beside its story: the views, and with a loader
  // (issue 38) the elements' file and the block elements' views too.
  modulepreload: (dir) => modulepreloads(dir, ['story-widgets.all.js', 'views.js', 'block-views.js']),
  // The elements' file alone (with a loader, issue 38), beside the script.
  elements: (dir) => modulepreloads(dir, ['story-widgets.all.js']),
  preload: () => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${seedPath}">`,
};
const chosenVariants = () =>
  (process.env.VARIANTS ?? 'modulepreload,elements,preload').split(',').filter(Boolean);

/** An empty module script, the floor any script costs in Lighthouse's model. */
const emptyModule = '/bench/empty.js';

/** The pages, by name: their paths on the bench's server (the floors first). */
let made;
export const lighthousePages = async () => (made ??= makePages());
function makePages() {
  const pages = {
    'the article alone': article('alone'),
    '+ an empty module script': article('empty-module', {
      head: `<script type="module" src="${emptyModule}"></script>`,
    }),
  };
  for (const {label, dir} of dists()) {
    const snippet = readmeSnippet(dir);
    pages[`+ the README’s first snippet${label}`] = article(`snippet-${dir}`, snippet);
    for (const variant of chosenVariants())
      pages[`+ the snippet, ${variant}${label}`] = article(`snippet-${variant}-${dir}`, {
        ...snippet,
        head: `${variants[variant](dir)}\n${snippet.head}`,
      });
  }
  for (const {label, dir} of dists()) {
    const body = serverRendered(dir);
    pages[`server output, no script${label}`] = article(`server-alone-${dir}`, {body});
    pages[`server output + the script${label}`] = article(`server-${dir}`, {
      head: `<script type="module" src="/${dir}/story-widgets.js"></script>`,
      body,
    });
  }
  return pages;
}

/** Routes the pages need besides the repository's files. */
export const lighthouseRoutes = {[emptyModule]: ['text/javascript', '']};

/** The figures of one Lighthouse run, and the longest task the publishers' bundle caused. */
async function run(url, port) {
  const {lhr} = await lighthouse(url, {port, onlyCategories: ['performance'], logLevel: 'error'});
  const audit = (id) => lhr.audits[id].numericValue;
  const tasks = lhr.audits['long-tasks'].details?.items ?? [];
  return {
    score: lhr.categories.performance.score * 100,
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    longest: Math.max(0, ...tasks.filter((t) => /story-widgets|\/dist\//.test(t.url)).map((t) => t.duration)),
  };
}

const signed = (value, digits = 0) => `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(digits)}`;

export async function lighthouseTable({base, secure, seed, runs}) {
  // A browser of its own, which Lighthouse drives over its debugging port.
  const browser = await puppeteer.launch({
    ...launchOptions,
    args: [...benchFlags, '--remote-debugging-port=0'],
  });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const pages = await lighthousePages(seed);
  const results = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  // Pages take turns, so that whatever else the machine does weighs on each alike.
  try {
    for (let i = 0; i < Math.max(5, runs); i++) {
      for (const [name, path] of Object.entries(pages)) results[name].push(await run(base + path, port));
    }
  } finally {
    await browser.close();
  }
  const lines = [
    `Lighthouse ${(await import('lighthouse/package.json', {with: {type: 'json'}})).default.version}, mobile (slow 4G, 4× CPU), ${secure ? 'HTTP/2 and TLS' : 'HTTP/1.1'}, gzip, median of ${results['the article alone'].length} runs:`,
    '| page | score | LCP | TBT | CLS | bytes | longest task of the bundle |',
    '|---|---|---|---|---|---|---|',
  ];
  let alone;
  const medians = {};
  for (const [name, figures] of Object.entries(results)) {
    const m = Object.fromEntries(
      Object.keys(figures[0]).map((key) => [key, median(figures.map((f) => f[key]))])
    );
    medians[name] = m;
    m.kB = m.bytes / 1024;
    alone ??= m;
    const delta = (key, digits, unit = '') =>
      m === alone ? '' : ` (${signed(m[key] - alone[key], digits)}${unit})`;
    lines.push(
      `| ${name} | ${m.score.toFixed(0)} | ${m.lcp.toFixed(0)} ms${delta('lcp', 0, ' ms')} | ${m.tbt.toFixed(0)} ms${delta('tbt', 0, ' ms')} | ${m.cls.toFixed(3)}${delta('cls', 3)} | ${(m.bytes / 1024).toFixed(1)} kB${delta('kB', 1, ' kB')} | ${m === alone ? '–' : `${m.longest.toFixed(0)} ms`} |`
    );
  }
  // Issue 38's floors: the snippet against an empty module script (target: within 100 ms), and
  // server output + script against server output alone (target: no more than the empty module's
  // cost over the article alone, + 50 ms).
  const empty = medians['+ an empty module script'];
  const floor = empty.lcp - alone.lcp;
  lines.push(`Floors: an empty module script costs ${signed(floor)} ms of LCP over the article alone.`);
  for (const [name, m] of Object.entries(medians)) {
    if (name.startsWith('+ the'))
      lines.push(`  ${name}: ${signed(m.lcp - empty.lcp)} ms over the empty module (target ≤ +100)`);
    if (name.startsWith('server output +')) {
      const serverAlone = medians[name.replace(' + the script', ', no script')];
      lines.push(
        `  ${name}: ${signed(m.lcp - serverAlone.lcp)} ms over server output alone (target ≤ ${signed(floor + 50)})`
      );
    }
  }
  return lines;
}
