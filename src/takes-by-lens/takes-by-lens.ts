import {TakesByLensElement} from './takes-by-lens.component.js';

export {TakesByLensElement};

// Guarded so that two copies of the library on one page never throw.
if (!customElements.get('takes-by-lens')) customElements.define('takes-by-lens', TakesByLensElement);

declare global {
  interface HTMLElementTagNameMap {
    'takes-by-lens': TakesByLensElement;
  }
}
