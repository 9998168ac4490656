import type {CSSResult, LitElement} from 'lit';
import type {ViewsChunk as Views} from '../chunks.js';
import {loadedViews, loadViews} from './chunks-loader.js';

/**
 * Styles `host`, moved into another document (an iframe), again there: constructed stylesheets
 * belong to the document that made them (adopted-styles.ts, which comes with the views: few
 * pages move an element). `styles` are the host's, kept from its construction: in Firefox ESR
 * 140, `this.constructor` of an element adopted into an iframe's document is no longer its class.
 */
export function restyle(host: LitElement, styles: CSSResult[]) {
  const again = (views: Views) =>
    (host.shadowRoot!.adoptedStyleSheets = views.sheetsFor(host.ownerDocument, styles));
  const views = loadedViews();
  if (views) again(views);
  else loadViews().then(again, () => {});
}
