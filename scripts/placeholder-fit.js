// `npm run placeholders` (after `npm run build`): measures how tall each block element is with
// the seed story (the typical story) at widths from 280 to 1,280 px, in three typefaces and sizes,
// and fits each height, in em, to `max(a − b·w, c − d·w, …)` of the width w in em: the formulas
// src/placeholders.ts holds, which keep each element's place before its story (and its
// script) arrives. Prints them with each one's worst miss. A formula with fewer lines wins where
// it misses by at most SLACK em more (default 0.5): dist/story-widgets.css is paid by every page.
import {benchPage, start} from './bench/harness.js';

/** What is measured: a tag and its attributes, by the name the table gives it. */
export const variants = {
  'story-summary': 'sections=""',
  'story-summary base': 'sections="none"',
  'story-summary meta': 'sections="meta"',
  'story-summary summary': 'sections="summary"',
  'story-summary why': 'sections="why"',
  'story-summary watch': 'sections="watch"',
  'story-summary entities': 'sections="entities"',
  'story-summary related': 'sections="related"',
  'story-summary link': 'sections="link"',
  'takes-by-lens': '',
  'takes-by-lens limit=0': 'limit="0"',
  'takes-by-lens limit=1': 'limit="1"',
  'takes-by-lens limit=2': 'limit="2"',
  'takes-by-lens limit=3': 'limit="3"',
  'takes-by-lens lens': 'lens="unlabelled"',
  'story-numbers': '',
  'story-numbers layout=list': 'layout="list"',
};
const fonts = ['16px/1.5 sans-serif', '18px/1.6 Georgia, serif', '16px serif'];
const widths = Array.from({length: 26}, (_, i) => 280 + i * 40);
const seed = '/test/fixtures/venezuela-nino-guerrero-strike.json';

/** Heights in em by variant: [[width in em, height in em], …] over both fonts. */
async function measure(bench) {
  const tab = await bench.browser.newPage();
  const heights = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (const font of fonts) {
    const page = benchPage(
      `placeholders-${fonts.indexOf(font)}`,
      `<style>body { margin: 0; font: ${font} }</style>
      <script type="module" src="/dist/story-widgets.js"></script><div id="box"></div>`
    );
    await tab.goto(bench.base + page);
    await tab.waitForFunction(() => customElements.get('story-summary'));
    for (const width of widths) {
      await tab.setViewport({width, height: 900});
      for (const [name, attributes] of Object.entries(variants)) {
        const tag = name.split(' ')[0];
        heights[name].push(
          await tab.evaluate(async (html) => {
            const box = document.getElementById('box');
            box.innerHTML = html;
            const el = box.firstElementChild;
            await el.storyComplete;
            const em = parseFloat(getComputedStyle(el).fontSize);
            return [el.getBoundingClientRect().width / em, el.getBoundingClientRect().height / em];
          }, `<${tag} src="${seed}" ${attributes}></${tag}>`)
        );
      }
    }
  }
  await tab.close();
  return heights;
}

/** Least squares line through points: [intercept, slope]. */
function line(points) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const slope = sxx ? points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx : 0;
  return [my - slope * mx, slope];
}

/** max(a − b·w, c − d·w, …) */
const evaluate = (formula, w) =>
  Math.max(...formula.flatMap((x, i) => (i % 2 ? [] : [x - formula[i + 1] * w])));
const worst = (formula, points) => Math.max(...points.map(([w, h]) => Math.abs(evaluate(formula, w) - h)));
const round = (x, digits = 1) => Number(x.toFixed(digits));

/**
 * The formula — max(a − b·w, c − d·w, e − f·w), as [a, b, c, d, e, f] — with the smallest worst
 * miss over `points`: three lines fitted to three ranges of widths, the narrowest the steepest.
 */
export function fit(points) {
  let best;
  const sorted = [...points].sort((p, q) => p[0] - q[0]);
  const n = sorted.length;
  for (let i = 4; i < n - 8; i += 2) {
    for (let j = i + 4; j < n - 4; j += 2) {
      const lines = [sorted.slice(0, i + 1), sorted.slice(i, j + 1), sorted.slice(j)].map(line);
      const raw = lines.flatMap(([a, slope]) => [a, -slope]);
      // Centred: as much too tall as too short at the worst.
      const misses = sorted.map(([w, h]) => evaluate(raw, w) - h);
      const shift = (Math.max(...misses) + Math.min(...misses)) / 2;
      const formula = raw.map((x, k) => (k % 2 ? round(x, 2) : round(x - shift, 0)));
      if (!best || worst(formula, sorted) < worst(best, sorted)) best = formula;
    }
  }
  return simplest(best, sorted);
}

/** Written out in CSS, a formula's length: each line, and each slope that is not 0. */
const cost = (formula) => formula.filter((x, i) => i % 2 === 0 || x).length;

/**
 * The shortest formula — fewer lines, or a last line that is flat — that misses by at most half
 * an em more: every byte of dist/story-widgets.css is paid by every page.
 */
function simplest(formula, points, limit = worst(formula, points) + Number(process.env.SLACK ?? 0.5)) {
  const centred = (f) => {
    const misses = points.map(([w, h]) => evaluate(f, w) - h);
    const shift = (Math.max(...misses) + Math.min(...misses)) / 2;
    return f.map((x, k) => (k % 2 ? x : round(x - shift, 0)));
  };
  const candidates = [formula];
  for (let drop = 0; drop < formula.length; drop += 2) {
    candidates.push(centred(formula.filter((_, i) => i !== drop && i !== drop + 1)));
    if (drop === formula.length - 2 && formula[drop + 1]) {
      const flat = [...formula.slice(0, drop), Math.min(...points.map(([, h]) => h)), 0];
      candidates.push(centred(flat));
    }
  }
  const fits = candidates.filter((c) => worst(c, points) <= limit);
  const best = fits.sort((p, q) => cost(p) - cost(q) || worst(p, points) - worst(q, points))[0];
  return best === formula ? best : simplest(best, points, limit);
}

export {measure, evaluate};

if (import.meta.url === `file://${process.argv[1]}`) {
  const bench = await start();
  try {
    const heights = await measure(bench);
    // A part of the summary is what it adds to the headline and dek (`base`).
    const base = heights['story-summary base'];
    for (const [name, points] of Object.entries(heights)) {
      const part = name.startsWith('story-summary ') && name !== 'story-summary base';
      const own = part ? points.map(([w, h], i) => [w, h - base[i][1]]) : points;
      const formula = fit(own);
      console.log(`  '${name}': [${formula.join(', ')}], // worst miss ${worst(formula, own).toFixed(1)} em`);
    }
  } finally {
    await bench.stop();
  }
}
