import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {toggleState} from './custom-states.js';
import {pageDefaults, type PageDefaults} from './page-defaults.js';

type Host = ReactiveControllerHost & HTMLElement & {theme?: string};

/**
 * What an element takes from its page besides the story: whether the page is being printed
 * (everything shows on paper), and what the page sets once for all its elements
 * (`<meta name="story-widgets:theme|loading|locale">`), read on connection. The page's theme
 * becomes a custom state, `theme-light` or `theme-dark`, where the element has no `theme` of its
 * own; the styles read it.
 */
export class PageController implements ReactiveController {
  printing = false;
  defaults: PageDefaults = {};
  #host: Host;
  #states?: CustomStateSet;
  // The host updates between `beforeprint` and the print layout (a microtask later).
  #toggle = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    this.#host.requestUpdate();
  };

  constructor(host: Host, states?: CustomStateSet) {
    this.#host = host;
    this.#states = states;
    host.addController(this);
  }

  hostConnected() {
    this.defaults = pageDefaults(this.#host.ownerDocument);
    addEventListener('beforeprint', this.#toggle);
    addEventListener('afterprint', this.#toggle);
  }

  hostDisconnected() {
    removeEventListener('beforeprint', this.#toggle);
    removeEventListener('afterprint', this.#toggle);
  }

  hostUpdate() {
    const theme = this.#host.theme ? undefined : this.defaults.theme;
    for (const name of ['light', 'dark']) toggleState(this.#states, `theme-${name}`, theme === name);
  }
}
