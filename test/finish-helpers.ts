// Measures for test/finish.test.ts: contrast from computed colours, stories of many lenses, the
// legend's shares, and the items of a meta line by the line they sit on.
import {seedWith} from './helpers.js';

/** WCAG's contrast ratio of two computed colours (`rgb(…)`, opaque). */
export function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The seed with labelled lenses of `counts` takes each (the last with the unlabelled takes, when asked). */
export function lensStory(counts: number[], {unlabelledLast = false} = {}) {
  const take = seedWith().lenses[1].takes[0];
  return seedWith((s) => {
    s.lenses = counts.map((n, i) => ({
      id: unlabelledLast && i === counts.length - 1 ? 'unlabelled' : `lens-${i + 1}`,
      label: `Lens ${i + 1}`,
      takes: Array.from({length: n}, (_, j) => ({...take, url: `https://example.org/${i}/${j}`})),
    }));
  });
}

/** Eight lenses and the unlabelled takes: 8, 3, 3, 3, 3, 3, 3, 3 takes and 8 more. */
export const eightLenses = lensStory([8, 3, 3, 3, 3, 3, 3, 3, 8], {unlabelledLast: true});

/** The legend's shares as numbers ("<1 %" counts 0), whatever the locale's digits. */
export function sharesOf(el: Element): number[] {
  return [...el.shadowRoot!.querySelectorAll('[part="legend"] .share')].map((share) => {
    const text = share.textContent!.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
    return text.includes('<') ? 0 : Number(text.match(/\d+/)![0]);
  });
}

/** Whether any of the text of `box` shows inside `clip`'s padding box (the glyph, not its box). */
function shows(box: Element, clip: Element) {
  const range = document.createRange();
  range.selectNodeContents(box);
  const r = range.getBoundingClientRect();
  const c = clip.getBoundingClientRect();
  const left = c.left + clip.clientLeft;
  return Math.min(r.right, left + clip.clientWidth) - Math.max(r.left, left) > 0.5;
}

/**
 * The items of a meta line (`.dots`: each item its separator, then its content), by the line they
 * sit on, each line from its start: whether its separator shows, and whether it sits on its
 * item's line.
 */
export function lines(meta: Element): {sep: boolean; withItem: boolean}[][] {
  const rtl = getComputedStyle(meta).direction === 'rtl';
  const items = [...meta.querySelectorAll('.sep')].map((sep) => {
    const box = sep.nextElementSibling!.getBoundingClientRect();
    const mark = sep.getBoundingClientRect();
    return {
      // The separators of a line share its baseline: they say which line an item is on.
      top: Math.round(mark.top),
      start: rtl ? -box.right : box.left,
      sep: shows(sep, meta),
      withItem: mark.bottom > box.top && mark.top < box.bottom,
    };
  });
  const tops = [...new Set(items.map((item) => item.top))].sort((a, b) => a - b);
  return tops.map((top) => items.filter((item) => item.top === top).sort((a, b) => a.start - b.start));
}
