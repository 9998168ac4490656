import {html, isServer, nothing, type ReactiveElement} from 'lit';

// The publisher's fallback content (the element's children): shown before the script runs,
// while the story loads, and again when it cannot be shown — else a notice, never a silent hole.
// Fallback children added or removed later re-render the element.

/** Light DOM that a reader would see: an element, or text that is not only white space. */
const visible = (node: Node) =>
  node.nodeType === 1 || (node.nodeType === 3 && Boolean(node.textContent!.trim()));

/** Whether the publisher put anything a reader would see inside `host` (never, on a server). */
export const hasFallback = (host: HTMLElement) => !isServer && [...host.childNodes].some(visible);

/**
 * For a slot's `@slotchange`: re-renders the element whose template holds the slot (Lit calls an
 * element's listeners with the element as `this`). One function for every element and render.
 */
export function contentChanged(this: ReactiveElement) {
  this.requestUpdate();
}

/** The slot of `host`'s fallback content, or `notice` when there is none. */
export const renderFallback = (host: HTMLElement, notice: unknown) =>
  html`<slot @slotchange=${contentChanged}></slot>${hasFallback(host) ? nothing : notice}`;
