import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {loadStory} from '../data/load-story.js';
import {markParsed} from '../data/parsed.js';
import type {Story} from '../data/schema.js';
import {asStoryError, StoryError} from '../data/story-error.js';
import {StoryErrorEvent, StoryLoadEvent} from '../page/events.js';
import {toggleState} from '../page/custom-states.js';
import {hasFallback} from '../render/fallback.js';
import {stopWaiting, whenNear} from '../page/near-viewport.js';
import type {ViewsChunk as Views} from '../chunks.js';
import {loadedViews, loadViews} from './chunks-loader.js';

/** Where an element stands with its story. */
export type StoryState =
  | {readonly status: 'idle'}
  | {readonly status: 'loading'}
  | {readonly status: 'ready'; readonly story: Story}
  | {readonly status: 'error'; readonly error: StoryError};

/** How a story ended: shown, or not, with why. What `storyComplete` resolves with. */
export type StoryOutcome = Extract<StoryState, {status: 'ready' | 'error'}>;

/** Where the story comes from, read from the host before each of its updates. */
export interface StorySource {
  /** URL of a story JSON, or `#id` of a `<script type="application/json">` in the host's document. */
  src?: string;
  /** A story object; wins over `src`. */
  story?: unknown;
  /** Counts the new assignments of `story` (given-story.ts decides which are): each loads again. */
  assignment?: number;
  /** Waits until the host is near the viewport before loading `src`. */
  lazy?: boolean;
  /** Seconds between checks for a newer version of a `src` story (live.ts); absent: never. */
  refresh?: number;
  /** A newer version of the `src` story shown, which the live controller brought: shown in place. */
  newer?: Story;
}

type Host = ReactiveControllerHost & HTMLElement;

const idle: StoryState = {status: 'idle'};
const loading: StoryState = {status: 'loading'};
// The publishers' bundle validates in its views file, a module of its own: the story is marked as
// parsed here too, so that an element given it (`b.story = a.story`) knows it at once.
const ready = (story: Story): StoryState => (markParsed(story), {status: 'ready', story});
const failed = (error: unknown): StoryState => ({status: 'error', error: asStoryError(error)});

/**
 * Owns an element's story, in the spirit of `@lit/task`: where it comes from (`src`, `#id`, a
 * story object), when it loads (lazily or not), aborting on a change of source or on disconnect,
 * the state as one value, the `story-load` and `story-error` events, and the custom states
 * `loading`, `ready` and `error` that pages style with `:state()`.
 */
export class StoryController implements ReactiveController {
  #host: Host;
  #source: () => StorySource;
  #states?: CustomStateSet;
  #part?: () => string | undefined;
  readonly #blocks: boolean;
  #last?: StorySource;
  #abort?: AbortController;
  #state = idle;
  // Set by the first update's #start(): storyComplete reads it after that update.
  #complete!: Promise<StoryOutcome>;
  #resolve?: (state: StoryOutcome) => void;

  /**
   * `source` is read before each update; `states` holds the custom states; `part` names the part
   * of the page the host is, for the announcement of its outcome (none: nothing said); `blocks`
   * loads the block elements' views beside the story.
   */
  constructor(
    host: Host,
    source: () => StorySource,
    states?: CustomStateSet,
    part?: () => string | undefined,
    blocks = false
  ) {
    this.#host = host;
    this.#source = source;
    this.#states = states;
    this.#part = part;
    this.#blocks = blocks;
    host.addController(this);
  }

  /** The state now: `idle`, `loading`, `ready` with the story, or `error` with the `StoryError`. */
  get state(): StoryState {
    return this.#state;
  }

  /** Resolves, never rejects, once the current source has rendered or failed. */
  get complete(): Promise<StoryOutcome> {
    return this.#complete;
  }

  hostConnected() {
    // Moved in the DOM: disconnecting cancelled the load, so start it again.
    if (this.#state === loading && this.#last) this.#start(this.#last);
  }

  hostDisconnected() {
    this.#abort?.abort();
    stopWaiting(this.#host);
  }

  hostUpdate() {
    const next = this.#source();
    const last = this.#last;
    if (last && next.src === last.src && next.assignment === last.assignment && next.lazy === last.lazy) {
      // A newer version of the story shown: in place, without `story-load` (live-controller.ts).
      if (next.newer !== last.newer && next.newer && this.#state.status === 'ready')
        // Marked at once: the state it replaces may not have shown yet (#announce).
        this.#mark((this.#state = ready(next.newer)));
      this.#last = next;
      return;
    }
    this.#last = next;
    this.#start(next);
  }

  /** Loads the current source again, past every cache (`src` revalidates with the server). */
  reload() {
    if (this.#last) this.#start(this.#last, true);
  }

  /** Renders the current state with the matching function; a missing one renders nothing. */
  render<T>(renderers: {
    idle?: () => T;
    loading?: () => T;
    ready: (story: Story) => T;
    error?: (error: StoryError) => T;
  }): T | undefined {
    // Lit's server renderer skips controllers' hostUpdate (lit-element-renderer.ts).
    if (isServer) this.hostUpdate();
    const state = this.#state;
    if (state.status === 'ready') return renderers.ready(state.story);
    return state.status === 'error' ? renderers.error?.(state.error) : renderers[state.status]?.();
  }

  #start({src, story, lazy}: StorySource, reload = false) {
    this.#abort?.abort();
    stopWaiting(this.#host);
    this.#resolve ??= this.#pending();
    const abort = (this.#abort = new AbortController());
    const given = story !== undefined && story !== null;
    // With the views at hand (a server has them from the start), a story object shows at once.
    const views = loadedViews();
    if (given && views) {
      let next: StoryState;
      try {
        next = ready(views.parseStory(story));
      } catch (error) {
        next = failed(error);
      }
      return this.#set(next);
    }
    this.#set(given || src ? loading : idle);
    // A server renders the loading state; the browser loads the story.
    // An element off the page loads nothing until it is back (hostConnected()).
    if ((!given && !src) || isServer || !this.#host.isConnected) return;
    const load = () =>
      this.#load(abort.signal, (views) => this.#read(views, src!, story, abort.signal, reload));
    // Only a request is worth waiting for: inline JSON and a story object are already here.
    if (lazy && !given && !reload && !src!.startsWith('#')) whenNear(this.#host, load);
    else void load();
  }

  /** The story, validated by the views, which load beside it. */
  async #read(views: Promise<Views>, src: string, story: unknown, signal: AbortSignal, reload: boolean) {
    if (story !== undefined && story !== null) return (await views).parseStory(story);
    if (!src.startsWith('#')) return loadStory(src, {signal, base: this.#host.baseURI, reload});
    return (await views).readInline(this.#host.ownerDocument, src.slice(1));
  }

  async #load(signal: AbortSignal, read: (views: Promise<Views>) => Promise<Story>) {
    const views = loadViews(this.#blocks);
    let next: StoryState;
    try {
      next = ready((await Promise.all([read(views), views]))[0]);
    } catch (error) {
      next = failed(error);
    }
    if (!signal.aborted) this.#set(next);
  }

  #pending() {
    let resolve!: (state: StoryOutcome) => void;
    this.#complete = new Promise((r) => (resolve = r));
    return resolve;
  }

  #set(state: StoryState) {
    this.#state = state;
    // `ready` and `error` once they show (#announce): a story may wait for its turn to paint.
    if (state.status === 'loading' || state.status === 'idle') this.#mark(state);
    this.#host.requestUpdate();
    if (state !== loading && !isServer) void this.#announce(state);
  }

  /** The custom states of `state`: one on, the others off. */
  #mark(state: StoryState) {
    for (const name of ['loading', 'ready', 'error']) toggleState(this.#states, name, name === state.status);
  }

  /**
   * Once the state has rendered: its event, then `complete`. Never for a state already replaced,
   * and never for `idle`: an element without a source has nothing to complete.
   */
  async #announce(state: StoryState) {
    while (!(await this.#host.updateComplete));
    if (this.#state !== state) return;
    this.#mark(state);
    if (state.status === 'ready') this.#host.dispatchEvent(new StoryLoadEvent(state.story));
    else if (state.status === 'error') {
      console.warn(`<${this.#host.localName}> could not show the story: ${state.error.message}`);
      this.#host.dispatchEvent(new StoryErrorEvent(state.error));
    } else return;
    // Said by the views: a story that failed before they loaded goes unsaid, as its fallback shows.
    const views = loadedViews();
    const part = views && this.#part?.();
    if (part) views.reportOutcome(this.#host, part, state.status, hasFallback(this.#host));
    this.#resolve?.(state);
    this.#resolve = undefined;
  }
}
