import {StoryNumbersElement} from './story-numbers.component.js';

export {StoryNumbersElement};

// Guarded so that two copies of the library on one page never throw.
if (!customElements.get('story-numbers')) customElements.define('story-numbers', StoryNumbersElement);

declare global {
  interface HTMLElementTagNameMap {
    'story-numbers': StoryNumbersElement;
  }
}
