import {formatLocale} from '../i18n/localization.js';

/** The marker story-widgets/server writes first in each shadow root: the locale it rendered in. */
export const serverMarker = (locale: string) => `story-widgets:${locale}`;

/**
 * A shadow root the server rendered (story-widgets/server, declarative shadow DOM): the element
 * keeps those very nodes for as long as it would render the same, so taking over a page draws
 * nothing again — no new largest paint, no shift. That holds while its inline story is read, and
 * when the story is shown in the locale the server rendered it in (its marker). The first update
 * after that (another attribute, story or locale, printing), or a reader pressing a button the
 * server drew, replaces them with the element's own rendering, the same again.
 */
export class ServerDom {
  /** The server's nodes are what the root shows. */
  shown = true;
  #adopted = false;
  #root: ShadowRoot;
  #render: () => void;

  /**
   * `root` holds the server's nodes; `render` renders the element now, in their place. The
   * element's views bring this class: only pages with server output need it.
   */
  constructor(root: ShadowRoot, render: () => void) {
    this.#root = root;
    this.#render = render;
    root.addEventListener('click', this.#press, true);
  }

  /** Whether an update in `state` keeps the server's nodes; else they go, for a render. */
  keeps({status}: {status: string}): boolean {
    if (!this.shown) return false;
    // Its story is on its way, or yet to be given (a framework sets `story` once it hydrates).
    if (status === 'loading' || status === 'idle') return true;
    const marker = this.#root.firstChild;
    const same = marker?.nodeType === 8 && (marker as Comment).data === serverMarker(formatLocale());
    if (!this.#adopted && status !== 'error' && same) return (this.#adopted = true);
    this.shown = false;
    this.#root.removeEventListener('click', this.#press, true);
    this.#root.replaceChildren();
    return false;
  }

  /** A button the server drew does nothing by itself: render, then press the element's own. */
  #press = (event: Event) => {
    const button = (event.target as Element).closest('button');
    if (!button || !this.shown) return;
    event.stopImmediatePropagation();
    const buttons = () => [...this.#root.querySelectorAll('button')];
    const index = buttons().indexOf(button);
    const focused = this.#root.activeElement === button;
    this.#adopted = true;
    this.#render();
    const own = buttons()[index];
    own?.click();
    if (focused) own?.focus();
  };
}
