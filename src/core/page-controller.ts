import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {toggleState} from '../page/custom-states.js';
import {pageDefaults, type PageDefaults} from '../page/page-defaults.js';

type Host = ReactiveControllerHost & HTMLElement & {theme?: string};

/**
 * What an element takes from its page besides the story: whether the page is being printed
 * (everything shows on paper), and what the page sets once for all its elements
 * (`<meta name="story-widgets:theme|loading|locale">`), read on connection. The element's
 * `theme`, else the page's, becomes a custom state, `theme-light` or `theme-dark`, which the
 * styles read.
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
    // The element's own `theme` too: a framework sets the property, and no attribute shows it.
    const theme = (this.#host.theme || this.defaults.theme)?.toLowerCase();
    for (const name of ['light', 'dark']) toggleState(this.#states, `theme-${name}`, theme === name);
  }
}
