import {EntityChipElement} from './entity-chip.component.js';

export {EntityChipElement};

// Guarded so that two copies of the library on one page never throw.
if (!customElements.get('entity-chip')) customElements.define('entity-chip', EntityChipElement);

declare global {
  interface HTMLElementTagNameMap {
    'entity-chip': EntityChipElement;
  }
}
