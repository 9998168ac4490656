// The CSS a server writes into each shadow root: declarative shadow DOM gives every root its own
// <style>, so each carries only what it shows. Node only.
import type {CSSResultOrNative} from 'lit';
import type {StoryWidgetTag} from '../elements.js';
import {placeholderSizes} from '../render/placeholder.js';
import {placeholderStyles} from '../render/placeholder.styles.js';
import {skeletonStyles} from '../render/skeleton.styles.js';
import {tokens} from '../render/tokens.styles.js';

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

/**
 * What `tag`'s shadow root shows of its styles (`elementStyles`, Lit's flattened `styles`), written
 * once: a server's output shows a story from the start, so not the skeleton nor the place it keeps
 * (its output is that place); a chip inside another element (`nested`) its own rules and the focus
 * ring, since it inherits the tokens the outer host resolves.
 */
export function shownCss(tag: StoryWidgetTag, nested: boolean): string {
  const ctor = customElements.get(tag) as unknown as {elementStyles: CSSResultOrNative[]};
  const before = new Set([skeletonStyles.cssText]);
  if (tag in placeholderSizes) before.add(placeholderStyles(tag).cssText);
  let styles = ctor.elementStyles.map(cssText).filter((css) => !before.has(css));
  if (nested) styles = [...styles.filter((css) => css !== tokens.cssText), focusRing];
  return minifyCss(styles.join(''));
}
