import {CSSResult, unsafeCSS} from 'lit';
import {loadedViews} from './chunks-loader.js';

// Module state, because a style's stylesheet is made once for the page, whichever element asks.
const made = new WeakMap<object, CSSResult>();
const asCss = (style: {cssText: string}) =>
  style instanceof CSSResult
    ? style
    : (made.get(style) ?? made.set(style, unsafeCSS(style.cssText)).get(style)!);

/**
 * An element's styles with its story's (`story`, from its views) added, adopted by `root`, once:
 * the first load carries only what shows before a story (the skeleton), the views the rest.
 * Returns the styles the element has now, which a move into another document adopts again.
 */
export function withStoryStyles(
  root: ShadowRoot,
  styles: CSSResult[],
  story: readonly {cssText: string}[] | undefined
): CSSResult[] {
  const views = loadedViews();
  if (!story?.length || !views || story.every((style) => styles.includes(asCss(style)))) return styles;
  const all = [...styles, ...story.map(asCss)];
  root.adoptedStyleSheets = views.sheetsFor(root.ownerDocument, all);
  return all;
}
