// What the elements do to a publisher's Core Web Vitals, as Lighthouse 12.2.3 scores a phone
// reader's page (its mobile defaults: simulated slow 4G, 4× slower CPU): an article page alone,
// with the README's first snippet pasted into it, and with the three block elements rendered on a
// server (story-widgets/server) and the script. Every response is gzip-compressed, as a web server
// or CDN sends it. Median of RUNS runs per page (at least 5), with the deltas to the article alone.
import {readFileSync} from 'node:fs';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import {launchOptions} from '../chromium.js';
import {renderStoryWidget} from '../../dist/lib/server/index.js';
import {benchFlags, benchPage, median} from './harness.js';

const seedPath = '/test/fixtures/venezuela-nino-guerrero-strike.json';
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/**
 * The README's snippet for a publisher's page (the first with a CDN URL), as pasted, served from here: the CDN's files are
 * dist/, every story JSON is the seed. Integrity attributes go: they pin the published files. Its
 * stylesheet and script go in the page's head, the rest in the article.
 */
export function readmeSnippet() {
  const snippet = [...readme.matchAll(/```html\n([^]*?)```/g)]
    .map((block) => block[1])
    .find((block) => block.includes('https://cdn.'))
    .replace(/https:\/\/[^"]*\/dist\//g, '/dist/')
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

/** The three block elements as `story-widgets render` writes them: one inline story, shared. */
async function serverRendered(seed) {
  const id = 'strike';
  const fragments = await Promise.all(
    ['story-summary', 'takes-by-lens', 'story-numbers'].map((tag, i) =>
      renderStoryWidget(tag, seed, {id, data: i === 0})
    )
  );
  return fragments.join(paragraph(2));
}

/** The three pages, by name: their paths on the bench's server. */
export const lighthousePages = async (seed) => ({
  'the article alone': article('alone'),
  '+ the README’s first snippet': article('snippet', readmeSnippet()),
  '+ three server-rendered elements, and the script': article('server', {
    head: '<script type="module" src="/dist/story-widgets.js"></script>',
    body: await serverRendered(seed),
  }),
});

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
  for (const [name, figures] of Object.entries(results)) {
    const m = Object.fromEntries(
      Object.keys(figures[0]).map((key) => [key, median(figures.map((f) => f[key]))])
    );
    m.kB = m.bytes / 1024;
    alone ??= m;
    const delta = (key, digits, unit = '') =>
      m === alone ? '' : ` (${signed(m[key] - alone[key], digits)}${unit})`;
    lines.push(
      `| ${name} | ${m.score.toFixed(0)} | ${m.lcp.toFixed(0)} ms${delta('lcp', 0, ' ms')} | ${m.tbt.toFixed(0)} ms${delta('tbt', 0, ' ms')} | ${m.cls.toFixed(3)}${delta('cls', 3)} | ${(m.bytes / 1024).toFixed(1)} kB${delta('kB', 1, ' kB')} | ${m === alone ? '–' : `${m.longest.toFixed(0)} ms`} |`
    );
  }
  return lines;
}
