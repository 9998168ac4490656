// The CSS a server writes into each shadow root: declarative shadow DOM gives every root its own
// <style>, so each carries only what it shows. Node only.
import type {CSSResultOrNative} from 'lit';
import type {StoryWidgetTag} from '../elements.js';
import {placeholders} from '../placeholders.js';
import {serverRendered} from '../render/placeholder.js';
import {placeholderStyles} from '../render/placeholder.styles.js';
import {tokens} from '../render/tokens.styles.js';
import {blockViews} from '../block-views.js';

const cssText = (style: CSSResultOrNative) => ('cssText' in style ? style.cssText : '');

/** The element's own CSS, without its comments and indentation. */
export const minifyCss = (css: string) =>
  css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    // A declaration's space after its colon, and an `!important`'s before it.
    .replace(/([\w-]): /g, '$1:')
    .replace(/ !important/g, '!important')
    .replace(/;}/g, '}')
    .trim();

/**
 * The focus ring (tokens.styles.ts), the one rule of the tokens a nested chip needs of its own:
 * everything else the tokens set is inherited from the element around it, whose host sets them.
 */
const focusRing = tokens.cssText.match(/:focus-visible\s*\{[^}]*\}/)?.[0] ?? tokens.cssText;

/** The classes a selector needs, outside any parentheses or brackets (`:not(.x)` needs no `x`). */
function neededClasses(selector: string): string[] {
  let depth = 0;
  let outside = '';
  for (const c of selector) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) outside += c;
  }
  return [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);
}

/** A selector list's selectors, split at its own commas (not those of `:is(a, b)`). */
function selectors(list: string): string[] {
  const split: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if ('(['.includes(list[i])) depth++;
    else if (')]'.includes(list[i])) depth--;
    else if (list[i] === ',' && depth === 0) {
      split.push(list.slice(start, i));
      start = i + 1;
    }
  }
  return [...split, list.slice(start)];
}

/** A selector for what server output is not: `:not(…[data-server-rendered]…)`. */
const notServer = new RegExp(String.raw`:not\((?:[^()]|\([^()]*\))*\[${serverRendered}\]`);

/** Whether `selector` can match in server output: its classes are there, and it is not `notServer`. */
const live = (selector: string, classes: Set<string>) =>
  !notServer.test(selector) && neededClasses(selector).every((name) => classes.has(name));

/**
 * Minified `css` without the rules none of whose selectors can match in the output (`live`): the
 * server's nodes never change their classes (server-dom.ts), and the element's own rendering
 * brings its whole stylesheets. At-rules other than @media and @keyframes are kept.
 */
export function usedCss(css: string, classes: Set<string>): string {
  let kept = '';
  const keyframes: string[] = [];
  for (let at = 0; at < css.length;) {
    const open = css.indexOf('{', at);
    if (open < 0) break;
    let close = open;
    for (let depth = 0; close < css.length; close++) {
      if (css[close] === '{') depth++;
      else if (css[close] === '}' && --depth === 0) break;
    }
    const prelude = css.slice(at, open);
    const block = css.slice(open + 1, close);
    if (prelude.startsWith('@media')) {
      const inner = usedCss(block, classes);
      if (inner) kept += `${prelude}{${inner}}`;
    } else if (prelude.startsWith('@keyframes')) keyframes.push(css.slice(at, close + 1));
    else if (prelude.startsWith('@') || selectors(prelude).some((selector) => live(selector, classes)))
      kept += css.slice(at, close + 1);
    at = close + 1;
  }
  // Keyframes only where a rule kept still runs them.
  const running = (frames: string) => kept.includes(frames.slice(11, frames.indexOf('{')).trim());
  return kept + keyframes.filter(running).join('');
}

/**
 * What `tag`'s shadow root shows of its styles (`elementStyles`, Lit's flattened `styles`, and its
 * story's, from its views), written
 * once: a server's output shows a story from the start, so not the place a skeleton keeps (its
 * output is that place) nor the skeleton (usedCss); a chip inside another element (`nested`) its own rules and the focus
 * ring, since it inherits the tokens the outer host resolves; and only rules for the classes the
 * output has (usedCss).
 */
export function shownCss(tag: StoryWidgetTag, nested: boolean, classes: Set<string>): string {
  const ctor = customElements.get(tag) as unknown as {
    elementStyles: CSSResultOrNative[];
    views?: 'summary' | 'takes' | 'numbers';
  };
  const place = tag in placeholders ? placeholderStyles(tag).cssText : undefined;
  // The story's styles too, which a browser adopts with the views (core/story-styles.ts).
  const story = ctor.views ? blockViews[ctor.views].styles.map(cssText) : [];
  let styles = [...ctor.elementStyles.map(cssText).filter((css) => css !== place), ...story];
  if (nested) styles = [...styles.filter((css) => css !== tokens.cssText), focusRing];
  return usedCss(minifyCss(styles.join('')), classes);
}
