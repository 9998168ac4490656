// The Print and Forced Colours stories render in their medium on an ordinary screen. A page cannot
// switch the browser into print or forced colours, so <in-medium> does what the browser would,
// for the story elements inside it and nothing else:
// - both: each element gets its own copy of its stylesheets in which the rules for the medium
//   (`@media print`, `@media (forced-colors: active)`) apply and those for the other (`screen`,
//   `forced-colors: none`) do not — the elements' own CSS, not a second version of it;
// - print: `beforeprint` is sent, as the browser sends it before printing (the elements then show
//   every take and section; `afterprint` when the story goes), and backgrounds are dropped as
//   paper does by default, except where `print-color-adjust: exact` keeps them;
// - forced colours: what the browser forces is forced, in the system colours of the page's scheme
//   (text CanvasText, links LinkText, buttons ButtonText; no background, shadow or background
//   image), except under `forced-color-adjust: none`; colours the elements give in
//   their forced-colours rules win, as the browser keeps an author's system colours.
// What it cannot do: the reader's own contrast theme (Windows gives its palette, this uses the
// browser's system colours) and the printer's page breaks.
import {tags} from '../src/elements.js';

type Medium = 'print' | 'forced-colors';

const applies: Record<Medium, RegExp> = {print: /\bprint\b/, 'forced-colors': /forced-colors:\s*active/};
const excludes: Record<Medium, RegExp> = {print: /\bscreen\b/, 'forced-colors': /forced-colors:\s*none/};

/** Every style rule of `rules`, those inside `@media` and other groups too. */
const styleRules = (rules: CSSRuleList): CSSStyleRule[] =>
  [...rules].flatMap((rule) =>
    rule instanceof CSSStyleRule ? [rule] : rule instanceof CSSGroupingRule ? styleRules(rule.cssRules) : []
  );

/** Selectors of the rules declaring `property: value`: what the medium must leave alone. */
const declaring = (sheets: CSSStyleSheet[], property: string, value: string) =>
  sheets.flatMap((sheet) =>
    styleRules(sheet.cssRules).flatMap((rule) =>
      rule.style.getPropertyValue(property) === value ? [rule.selectorText] : []
    )
  );

/** What the browser imposes in `medium`, on every element but those `spared` (and their content). */
function imposed(medium: Medium, spared: string[]) {
  const not = spared.length ? `:not(:is(${spared.join(', ')}), :is(${spared.join(', ')}) *)` : '';
  const all = `:where(*)${not}`;
  if (medium === 'print') return `${all}, ${all}::before, ${all}::after { background: none !important; }`;
  return `${all}, ${all}::before, ${all}::after {
      color: CanvasText !important; background-color: Canvas !important; background-image: none !important;
      border-color: currentcolor !important; outline-color: currentcolor !important;
      text-decoration-color: currentcolor !important; box-shadow: none !important; text-shadow: none !important;
    }
    :where(a:link, a:visited)${not} { color: LinkText !important; }
    :where(button)${not} { color: ButtonText !important; }`;
}

const spares: Record<Medium, [string, string]> = {
  print: ['print-color-adjust', 'exact'],
  'forced-colors': ['forced-color-adjust', 'none'],
};

/** A copy of `sheets` as they apply in `medium`, with what the browser imposes in it. */
function inMedium(sheets: CSSStyleSheet[], medium: Medium) {
  const copy = new CSSStyleSheet();
  const spared = declaring(sheets, ...spares[medium]);
  copy.replaceSync(imposed(medium, spared));
  for (const rule of sheets.flatMap((sheet) => [...sheet.cssRules])) {
    if (!(rule instanceof CSSMediaRule)) copy.insertRule(rule.cssText, copy.cssRules.length);
    else if (excludes[medium].test(rule.media.mediaText)) continue;
    else if (!applies[medium].test(rule.media.mediaText)) copy.insertRule(rule.cssText, copy.cssRules.length);
    else
      for (const inner of rule.cssRules) {
        const at = copy.insertRule(inner.cssText, copy.cssRules.length);
        // The elements' own colours for forced colours hold against what is forced.
        const style = (copy.cssRules[at] as CSSStyleRule).style;
        if (medium === 'forced-colors' && style)
          for (const property of [...style])
            style.setProperty(property, style.getPropertyValue(property), 'important');
      }
  }
  return copy;
}

/** `<in-medium medium="print|forced-colors">`: its story elements, and its own text, as in that medium. */
type Shown = HTMLElement & {updateComplete: Promise<unknown>; storyComplete: Promise<unknown>};

/** The story elements in `root`, and those they render in their own shadow roots (a summary's chips). */
const storyElements = (root: ParentNode): Shown[] =>
  [...root.querySelectorAll<Shown>(tags.join(','))].flatMap((el) => [
    el,
    ...(el.shadowRoot ? storyElements(el.shadowRoot) : []),
  ]);

/**
 * `<in-medium medium="print|forced-colors">`: its story elements, and its own text, as in that
 * medium. Busy (`aria-busy`) until they are: the smoke and visual tests wait for it.
 */
export class InMediumElement extends HTMLElement {
  #sheet?: CSSStyleSheet;

  async connectedCallback() {
    const medium = this.getAttribute('medium') as Medium;
    this.setAttribute('aria-busy', 'true');
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    if (!this.isConnected) return;
    if (medium === 'print') dispatchEvent(new Event('beforeprint'));
    // Once the stories have rendered (in their print view), with the chips they render.
    await Promise.all(storyElements(this).map((el) => el.storyComplete));
    const elements = storyElements(this);
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const {shadowRoot} of elements)
      if (shadowRoot) shadowRoot.adoptedStyleSheets = [inMedium(shadowRoot.adoptedStyleSheets, medium)];
    // The text around the elements (a paragraph with a chip) is the page's: the same, scoped.
    this.#sheet = new CSSStyleSheet();
    this.#sheet.replaceSync(`@scope (in-medium) { ${imposed(medium, [])} }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
    this.setAttribute('aria-busy', 'false');
  }

  disconnectedCallback() {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
    if (this.getAttribute('medium') === 'print') dispatchEvent(new Event('afterprint'));
  }
}
