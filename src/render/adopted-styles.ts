import type {CSSResult} from 'lit';

/** The elements' stylesheets made again in other documents, once per document. */
const sheetsIn = new WeakMap<Document, Map<CSSResult, CSSStyleSheet>>();

/** `styles` as stylesheets of `doc`: constructed stylesheets belong to the document that made them. */
export function sheetsFor(doc: Document, styles: CSSResult[]): CSSStyleSheet[] {
  const made = sheetsIn.get(doc) ?? new Map<CSSResult, CSSStyleSheet>();
  sheetsIn.set(doc, made);
  return styles.map((style) => {
    if (doc === document) return style.styleSheet!;
    if (!made.has(style)) {
      const sheet = new doc.defaultView!.CSSStyleSheet();
      sheet.replaceSync(style.cssText);
      made.set(style, sheet);
    }
    return made.get(style)!;
  });
}
