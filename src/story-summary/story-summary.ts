import '../entity-chip/entity-chip.js';
import {StorySummaryElement} from './story-summary.component.js';

export {StorySummaryElement};

// Guarded so that two copies of the library on one page never throw.
if (!customElements.get('story-summary')) customElements.define('story-summary', StorySummaryElement);

declare global {
  interface HTMLElementTagNameMap {
    'story-summary': StorySummaryElement;
  }
}
