import {
  isServer,
  LitElement,
  ReactiveElement,
  type CSSResult,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import type {Story} from '../data/schema.js';
import type {StoryLinkClickDetail} from '../page/events.js';
import {DeferredElement} from './deferred-element.js';
import {checkAttributes} from './development.js';
import {GivenStory} from './given-story.js';
import {LiveController} from './live-controller.js';
import {reportLinks} from '../page/link-events.js';
import {restyle} from './moved-styles.js';
import {withStoryStyles} from './story-styles.js';
import {PageController} from './page-controller.js';
import {Rendering} from './rendering.js';
import {StoryController, type StoryOutcome, type StorySource} from './story-controller.js';

/** The `story` setter's update: always one, for a story GivenStory found new. */
const newStory = {hasChanged: () => true};

/** Enumerated attributes read whatever their case: `theme="Dark"` is `dark`. */
export const lowerCase = (value: string | null) => value?.toLowerCase();

/**
 * What every story element shares: where its story comes from, when it loads, its theme, its
 * state (custom states and `storyComplete`), when it renders, and what it does with a server's
 * rendering. Each concern is a small module of its own, named for it: the story (StoryController,
 * GivenStory), the page (PageController: printing, page-wide defaults), the fallback content
 * (fallback.ts), links (reportLinks), a move into an iframe (restyle), when and in place of
 * what it renders (Rendering: a task of its own each time, a server's nodes kept). The block elements render the states in StoryBlockElement, the chip itself.
 *
 * @slot - Fallback content: visible before the script runs, and again if the story cannot be shown.
 *
 * @fires {StoryLoadEvent} story-load - A story rendered; `detail.story` is the validated story.
 * @fires {StoryErrorEvent} story-error - The story cannot be shown; `detail.error` is the `StoryError` (`kind`, `message`, `status`).
 * @fires {StoryUpdateEvent} story-update - A newer version of a live story (`refresh`) rendered in place; `detail.story` is the new story, `detail.previous` the one shown before. `story-load` fires once, for the first.
 * @fires {StoryLinkClickEvent} story-link-click - A reader followed a link; `detail` has `url`, `kind` and, for a source, `outlet` and `lens`.
 *
 * @cssstate loading - The story is on its way (also while a lazy element waits to come near the viewport).
 * @cssstate ready - The story rendered.
 * @cssstate error - The story cannot be shown: the fallback content shows.
 *
 * @cssprop [--story-color-scheme] - `light` or `dark` on `:root` forces the palette of every element without a `theme` of its own, as `<meta name="story-widgets:theme">` does.
 * @cssprop [--story-font-family=inherit] - Typeface of the text; inherits the page's.
 * @cssprop [--story-heading-font-family=inherit] - Typeface of headings, headline and figures.
 * @cssprop [--story-font-size=inherit] - Base font size; inherits the page's.
 * @cssprop [--story-line-height=1.5] - Line height of body text.
 * @cssprop [--story-text-color=light-dark(#1b1c20, #e9eaee)] - Body text.
 * @cssprop [--story-muted-color=light-dark(#54575f, #a9acb6)] - Secondary text: meta line, labels, section headings.
 * @cssprop [--story-surface-color=light-dark(#ffffff, #17191e)] - Background of the element.
 * @cssprop [--story-subtle-surface-color=light-dark(#f3f4f6, #22252c)] - Background of quotes, tags and the skeleton.
 * @cssprop [--story-border-color=light-dark(#dcdee3, #3a3e47)] - Borders and dividers.
 * @cssprop [--story-accent-color=light-dark(#0b57d0, #8ab4f8)] - Links, buttons, figures, chips and the "New" mark of a live update (the bar takes the lens colours).
 * @cssprop [--story-focus-color=var(--story-accent-color)] - Keyboard focus ring.
 * @cssprop [--story-radius=0.5rem] - Corner radius of the element and its chips.
 * @cssprop [--story-spacing=1rem] - Base spacing unit: padding and gaps scale from it.
 * @cssprop [--story-placeholder-height] - Height a block element keeps until its story arrives — before its script runs too, with `dist/story-widgets.css`. By default that of a story of typical size at the element's width, for its attributes (`sections`, `limit`, `layout`). Set it when you know the content's height (the configurator measures it for a story), and nothing moves when the story arrives.
 */
export abstract class StoryElement extends DeferredElement {
  static override properties: PropertyDeclarations = {
    src: {},
    loading: {converter: lowerCase},
    theme: {converter: lowerCase},
    refresh: {type: Number},
  };

  #states = isServer ? undefined : this.attachInternals().states;
  #given = new GivenStory();
  readonly #page = new PageController(this, this.#states);
  // Kept from construction, for a move into an iframe (moved-styles.ts says why); the story's own
  // styles join them once the views are here (story-styles.ts).
  #styles = (this.constructor as typeof LitElement).elementStyles as CSSResult[];
  #rendering!: Rendering;

  /** Where the story comes from, read before each update. */
  #source = (): StorySource => ({
    src: this.src,
    story: this.#given.value,
    assignment: this.#given.count,
    lazy: (this.loading ?? this.#page.defaults.loading) === 'lazy',
    refresh: this.refresh ?? Number(this.#page.defaults.refresh),
    newer: this.#live.newer,
  });

  /** The element's story: its source, loading and state. */
  // A block element (story-block-element.ts) names its part of the block elements' views, which
  // then load beside the story: the chip has none.
  protected readonly storyController = new StoryController(
    this,
    this.#source,
    this.#states,
    () => this.partName?.(),
    Boolean((this.constructor as {views?: string}).views)
  );

  /** Keeps the story current while `refresh` is set. */
  readonly #live = new LiveController(this, {
    source: this.#source,
    shown: () => this.story,
    describe: (previous, next) => this.describeUpdate?.(previous, next) ?? '',
    seen: (url) => this.takeSeen?.(url),
  });

  /**
   * URL of a story JSON, relative to the page; or `#id` of a
   * `<script type="application/json">` on the page holding the story. Changing it loads the new
   * story; a response for an earlier `src` never renders.
   */
  src?: string;

  /**
   * `eager` requests the story at once; `lazy` waits until the element is about one screen from
   * the viewport, which saves the requests of stories a reader never reaches (pages with many
   * stories). Inline JSON (`#id`) and `story` never wait. Absent: the page's
   * `<meta name="story-widgets:loading">`, else `eager`.
   */
  loading?: 'eager' | 'lazy';

  /**
   * Keeps a `src` story current: every `refresh` seconds (at least 10) the element asks for it
   * again with a conditional request, and shows a newer version in place (`story-update`). No
   * request while the page is hidden, or while a `lazy` element is far from the viewport; elements
   * showing one story share one request. Absent: the page's
   * `<meta name="story-widgets:refresh">`, else never. Inline JSON and `story` never refresh.
   */
  refresh?: number;

  /**
   * `light` or `dark` forces a palette. Absent: the page's `<meta name="story-widgets:theme">`,
   * else `--story-color-scheme`, else the page's `color-scheme`.
   */
  theme?: 'light' | 'dark';

  constructor() {
    super();
    // Every element re-renders when the UI locale changes (what @localized() does).
    updateWhenLocaleChanges(this);
    // A story set before the element was defined is the instance's own: it hides the accessor.
    if (Object.hasOwn(this, 'story')) {
      const {story} = this;
      delete (this as {story?: unknown}).story;
      this.story = story;
    }
  }

  /**
   * The story shown, validated (`undefined` until one has rendered). Set a story object to show
   * it without a request, at any time: it is validated like fetched data, and wins over `src`;
   * `undefined` goes back to `src`, else to the fallback content. Typed `Story`, as the
   * wrappers and the framework types have it: data of unknown shape is validated all the same.
   */
  get story(): Story | undefined {
    const {state} = this.storyController;
    return state.status === 'ready' ? state.story : undefined;
  }

  set story(value: Story | undefined) {
    const old = this.#given.value;
    // The story shown, validated from the one given, given back (`el.story = el.story`).
    if (value !== undefined && old !== undefined && value === this.story) return;
    // GivenStory has decided the story is new: Lit's own check would compare the getter (the
    // story rendered so far) with `old`, both `undefined` before a first story, and drop it.
    if (this.#given.give(value)) this.requestUpdate('story', old, newStory);
  }

  /**
   * Loads the story again: fetches `src` anew (revalidating with the server's HTTP cache),
   * rereads inline JSON, or validates the `story` object again.
   */
  reload() {
    this.storyController.reload();
  }

  /**
   * Resolves, never rejects, once the current story has rendered or failed: with
   * `{status: 'ready', story}` or `{status: 'error', error}`. A new source gives a new promise; an
   * element with neither `src` nor `story` (a standalone chip) has none to wait for until it gets one.
   */
  get storyComplete(): Promise<StoryOutcome> {
    return this.updateComplete.then(() => this.storyController.complete);
  }

  /** The page is being printed: collapsed takes and sections show. */
  protected get printing() {
    return this.#page.printing;
  }

  adoptedCallback() {
    restyle(this, this.#styles);
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    this.#rendering = new Rendering(root, this.renderOptions, () => {
      this.requestUpdate();
      this.performUpdate();
    });
    reportLinks(root, this, (link) => this.linkDetail(link));
    return root;
  }

  protected override async scheduleUpdate() {
    await this.#rendering.turn(!this.hasUpdated, this.storyController.state);
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>) {
    checkAttributes(this, changed);
    // Before the first render of a story, in that very update: a story never paints unstyled.
    if (!isServer)
      this.#styles = withStoryStyles(this.renderRoot as ShadowRoot, this.#styles, this.storyStyles?.());
    // Keeping the server's nodes: the element's properties update, its template does not render.
    if (!this.#rendering.keeps(this.storyController.state, !this.hasUpdated)) super.update(changed);
    else
      (ReactiveElement.prototype as unknown as {update(c: PropertyValues): void}).update.call(this, changed);
  }

  /** What a newer version of a live story changed, in words, before it renders (none: nothing to say). */
  protected describeUpdate?(previous: Story, next: Story): string;

  /** The part of the page the element is, as announcements name it (none: a chip, in a sentence). */
  protected partName?(): string | undefined;

  /** The element's styles for a story, from its views (views.ts); none before they load. */
  protected storyStyles?(): readonly {cssText: string}[] | undefined;

  /** A take this element marked new has been seen by the reader. */
  protected takeSeen?(url: string): void;

  /** What `story-link-click` says of a link followed in the shadow root; nothing by default. */
  protected linkDetail(_link: Element): Omit<StoryLinkClickDetail, 'url'> | undefined {
    return undefined;
  }
}
