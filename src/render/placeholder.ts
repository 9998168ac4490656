/**
 * The place each block element keeps before its story arrives — before its script too — so that
 * nothing on the page moves: the height a story of typical size (the seed story) takes, as a
 * function of the element's width and font size, and of the attributes that change it.
 *
 * One table, two stylesheets: `dist/story-widgets.css` (vite.config.ts) reserves the place of an
 * element not yet defined; each element's skeleton keeps the same place once it is. Neither
 * renders a story to find it, and both give the same height, so defining the element moves
 * nothing.
 *
 * Each formula `[a, b, c, d, …]` is max(a − b·w, c − d·w, …) em, w being the element's width in
 * em: text of a given length takes fewer lines in a wider column. `npm run placeholders` measures
 * the seed story at widths from 280 to 1,280 px in two typefaces and fits them.
 */
import type {StoryWidgetTag} from '../elements.js';
import {placeholders, type Formula} from '../placeholders.js';

/**
 * The attribute a server's output carries on each element: it shows its story before any
 * script, so no place is kept for one, neither by the page's stylesheet nor by the element.
 */
export const serverRendered = 'data-server-rendered';

/** The place `tag` keeps (placeholders.ts): its formulas, and the attribute whose words add up. */
const placeOf = (tag: string) => placeholders[tag as StoryWidgetTag];

/** A formula as CSS: `max(54.2em - 111cqi, 27.4em - 13cqi)`; 1cqi is a hundredth of the width. */
function css(formula: Formula) {
  const lines: string[] = [];
  for (let i = 0; i < formula.length; i += 2) {
    const slope = Math.round(formula[i + 1] * 100);
    const height = Math.round(formula[i]);
    lines.push(slope ? `${height}em - ${slope}cqi` : `${height}em`);
  }
  if (lines.length > 1) return `max(${lines.join(',')})`;
  return lines[0].includes(' ') ? `calc(${lines[0]})` : lines[0];
}

/**
 * The rules that set `--_sw`, the height kept, on `tag`: on the page (`:not(:defined)`) or in
 * its shadow root (`:host`). The summary's parts add up: one custom property each.
 */
export function placeholderRules(tag: string, page: boolean): string {
  const rule = (attributes: string, declarations: string) =>
    page
      ? attributes
        ? `&${attributes}{${declarations}}`
        : `${declarations};`
      : `:host${attributes && `(${attributes})`}{${declarations}}`;
  const {sizes, parts: by} = placeOf(tag)!;
  if (!by) {
    return Object.entries(sizes)
      .map(([attributes, formula]) => rule(attributes, `--_sw:${css(formula)}`))
      .join('');
  }
  const {'': compact, base, ...parts} = sizes;
  const sum = Object.keys(parts).map((_, i) => `var(--_s${i},0em)`);
  return [
    rule('', `--_sw:${css(compact)}`),
    rule(`[${by}]`, `--_sw:calc(${css(base)} + ${sum.join(' + ')})`),
    ...Object.entries(parts).map(([part, formula], i) =>
      rule(`[${by}~=${part}]`, `--_s${i}:${css(formula)}`)
    ),
  ].join('');
}

/** Whether an element with `attributes` matches a key of the table: `[limit]`, `[limit="0"]`, `[layout=list i]`. */
function matches(key: string, attributes: Record<string, string>) {
  const [, name, value, caseless] = key.match(/^\[([a-z-]+)(?:="?([^"\]]*?)"?( i)?)?\]$/) ?? [];
  const given = attributes[name];
  if (given === undefined) return false;
  return value === undefined || (caseless ? given.toLowerCase() === value.toLowerCase() : given === value);
}

/**
 * The height in px that the rules above keep for `tag` with `attributes` in a box `width` px wide
 * at `fontSize` px, as their CSS computes it (rounded alike), for a server that must say it in
 * numbers: the oEmbed provider's height hint. `undefined` for an element that keeps no place.
 */
export function placeholderHeight(
  tag: string,
  attributes: Record<string, string>,
  width: number,
  fontSize = 16
): number | undefined {
  const {sizes, parts: by} = placeOf(tag) ?? {};
  if (!sizes) return undefined;
  // max(a em − b·100 cqi, …), each number rounded as css() writes it.
  const at = (formula: Formula) =>
    Math.max(
      ...formula.flatMap((a, i) =>
        i % 2 ? [] : [Math.round(a) * fontSize - (Math.round(formula[i + 1] * 100) / 100) * width]
      )
    );
  if (by && attributes[by] !== undefined) {
    // The base, and what each part the attribute names adds, as the rules' custom properties do.
    const named = attributes[by].split(/\s+/);
    return Object.entries(sizes)
      .filter(([part]) => part !== '' && part !== 'base' && named.includes(part))
      .reduce((sum, [, formula]) => sum + at(formula), at(sizes.base));
  }
  // The last rule that matches wins, as in the stylesheet.
  const keys = Object.keys(sizes).filter((key) => key && matches(key, attributes));
  return at(sizes[keys.at(-1) ?? '']);
}

/**
 * `dist/story-widgets.css`: every block element not yet defined keeps the place its skeleton
 * will (the same `--_sw`, on a box of the same width: the container its `cqi` measure), and an
 * `inline` element (the chip, elements.ts) shows its name in its own width. The elements' margins and font size are the ones their
 * styles give them.
 */
export function pageStylesheet(inline: readonly string[]): string {
  // No specificity, as `:host` has none against the page's rules: a publisher's own margins win
  // before the element is defined as they do after.
  // A server's output (story-widgets/server, the React wrappers on a server) is its own place.
  const blocks = `:where(:is(${Object.keys(placeholders)}):not(:defined,[${serverRendered}]))`;
  return [
    // A float of no width, as tall as the place kept, with the fallback content beside it; the
    // container (inline-size containment) holds it.
    `${blocks}{display:block;container-type:inline-size;margin-block:1.5em;font-size:var(--story-font-size);` +
      '&::before{content:"";float:left;height:var(--story-placeholder-height,var(--_sw))}}',
    // Nested rules (`&[limit]`), as every browser with `light-dark()` reads them. Defined elements
    // get the same `--_sw` as their own styles give them: harmless, and fewer bytes.
    ...Object.keys(placeholders).map((tag) => `${tag}{${placeholderRules(tag, true)}}`),
    `${inline}:not(:defined,[${serverRendered}]){padding:0 .45em;font-weight:600;&[name]:empty::before{content:attr(name)}}`,
  ].join('\n');
}
