import type {RenderOptions} from 'lit';
import {localeSettled} from '../i18n/localization.js';
import type {ServerNodes as ServerDom} from '../chunks.js';
import type {StoryState} from './story-controller.js';
import {firstPaintTurn} from '../page/first-paint.js';
import {nextTask} from '../page/tasks.js';
import {loadViews} from './chunks-loader.js';

/**
 * When, and in place of what, an element renders. Each render after the first waits for a task of
 * its own: the elements sharing a story would otherwise all render it in the one task it arrives
 * in (block elements wait for their first render too). An element's first story waits for its
 * turn to paint (first-paint.ts), so that the page's first element does not wait for the layout of
 * the others. The first render replaces what the shadow root held: the slot that shows the
 * fallback content until then, or a server's nodes — those only when they are not the element's
 * own (server-dom.ts, which comes with the views, decides; till then they wait for the page's
 * words and the views).
 */
export class Rendering {
  #root: ShadowRoot;
  #server?: ServerDom | true;
  #renderNow: () => void;
  #storyShown = false;

  /**
   * `root` is the element's shadow root as it is on connection, `options` its render options;
   * `renderNow` renders the element at once (a press of a button a server drew).
   */
  constructor(root: ShadowRoot, options: RenderOptions, renderNow: () => void) {
    this.#root = root;
    this.#renderNow = renderNow;
    if (root.hasChildNodes()) this.#server = true;
    else root.append(document.createElement('slot'));
    options.renderBefore = null;
  }

  /** Resolves when an update may run: `first` is the element's first, `state` what it renders. */
  async turn(first: boolean, state: StoryState) {
    if (!first) await nextTask();
    if (this.#server !== true) {
      // A server's nodes show their story already: nothing waits to paint.
      if (this.#storyShown || this.#server || state.status !== 'ready') return;
      this.#storyShown = true;
      return firstPaintTurn(this.#root.host);
    }
    const views = await loadViews().catch(() => undefined);
    this.#server = views && new views.ServerDom(this.#root, this.#renderNow);
    if (!views) this.#root.replaceChildren();
    await localeSettled();
  }

  /** Whether this update keeps the server's nodes (no template renders); else clears the way. */
  keeps(state: StoryState, first: boolean): boolean {
    // A story shown without a wait (one given, with the views at hand): later updates need none.
    this.#storyShown ||= state.status === 'ready';
    const server = this.#server as ServerDom | undefined; // no longer `true`: turn() has run
    if (!server && first) this.#root.replaceChildren();
    return Boolean(server?.keeps(state));
  }
}
