import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Following, LiveStory} from '../chunks.js';
import type {Story} from '../data/schema.js';
import {loadLive} from './chunks-loader.js';

/**
 * Keeps an element's story current while `refresh` is set. After an update that shows a story
 * with `refresh`, it loads the live code once (chunks-loader.ts), which registers the element
 * with the poll its story's URL shares (live/live-stories.ts) and gives it each newer version.
 * That version reaches the story controller as part of the element's source (`newer`), the way
 * a given story does: nothing else writes to it.
 */
export class LiveController implements ReactiveController {
  /** The newest version the poll brought; none before the first. */
  newer?: Story;
  #story: LiveStory;
  #following?: Following | Promise<void>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: Omit<LiveStory, 'host' | 'show'>) {
    this.#story = {
      ...options,
      host,
      show: (story) => {
        this.newer = story;
        host.requestUpdate();
      },
    };
    host.addController(this);
  }

  hostConnected() {
    this.hostUpdated();
  }

  hostUpdated() {
    const following = this.#following as Following | undefined;
    if (following) return following.sync?.();
    // Once, for the element's first story with `refresh`; if the code cannot load, the story
    // shown stays, and the next update tries again.
    if (this.#story.shown() && this.#story.source().refresh)
      this.#following = loadLive().then((live) => (this.#following = live?.follow(this.#story))?.sync());
  }

  hostDisconnected() {
    (this.#following as Following | undefined)?.leave?.();
  }
}
