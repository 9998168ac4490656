import {LitElement} from 'lit';

/**
 * Lit's hydration protocol (@lit-labs/ssr-client): an element with this attribute starts only
 * once it is removed. @lit/react removes it after setting the element's properties and listeners.
 */
const deferred = 'defer-hydration';

/**
 * A LitElement that waits for `defer-hydration` to go: a framework that rendered it on a server
 * (the React wrappers) has still to set its properties and listeners — a story loaded before
 * then would fire `story-load` with nobody listening. Its shadow root and styles keep its place
 * meanwhile.
 */
export abstract class DeferredElement extends LitElement {
  static override get observedAttributes() {
    return [...super.observedAttributes, deferred];
  }

  override connectedCallback() {
    if (!this.hasAttribute(deferred)) super.connectedCallback();
    else (this as {renderRoot: HTMLElement | DocumentFragment}).renderRoot ??= this.createRenderRoot();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (name === deferred && value === null && old !== null && this.isConnected) super.connectedCallback();
    super.attributeChangedCallback(name, old, value);
  }
}
