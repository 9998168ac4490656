import {
  html,
  isServer,
  LitElement,
  nothing,
  ReactiveElement,
  type CSSResult,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {isParsedStory} from '../data/parsed.js';
import type {Story} from '../data/schema.js';
import {warnAboutInvalidAttributes} from './attribute-checks.js';
import {localeSettled} from './localization.js';
import {jsonOf} from './element-helpers.js';
import type {StoryLinkClickDetail} from './events.js';
import {reportLinks} from './link-events.js';
import {PageController} from './page-controller.js';
import type {ServerDom} from './server-dom.js';
import {StoryController, type StoryState} from './story-controller.js';
import {nextTask} from './tasks.js';
import {loadedViews, loadViews, type Views} from './views-loader.js';

/** Enumerated attributes read whatever their case: `theme="Dark"` is `dark`. */
export const lowerCase = (value: string | null) => value?.toLowerCase();

/** Light DOM that a reader would see: an element, or text that is not only white space. */
const visible = (node: Node) =>
  node.nodeType === 1 || (node.nodeType === 3 && Boolean(node.textContent!.trim()));

/**
 * What every story element shares: where its story comes from, when it loads, its theme, its
 * state (custom states and `storyComplete`), the links a reader follows, the publisher's fallback
 * content, and taking over what a server rendered. Each element renders the states of
 * `storyController`.
 *
 * @slot - Fallback content: visible before the script runs, and again if the story cannot be shown.
 *
 * @fires {StoryLoadEvent} story-load - A story rendered; `detail.story` is the validated story.
 * @fires {StoryErrorEvent} story-error - The story cannot be shown; `detail.error` is the `StoryError` (`kind`, `message`, `status`).
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
 * @cssprop [--story-accent-color=light-dark(#0b57d0, #8ab4f8)] - Links, figures, chips and the lens bar.
 * @cssprop [--story-focus-color=var(--story-accent-color)] - Keyboard focus ring.
 * @cssprop [--story-radius=0.5rem] - Corner radius of the element and its chips.
 * @cssprop [--story-spacing=1rem] - Base spacing unit: padding and gaps scale from it.
 * @cssprop [--story-placeholder-height] - Height a block element keeps until its story arrives — before its script runs too, with `dist/story-widgets.css`. By default that of a story of typical size at the element's width, for its attributes (`sections`, `limit`, `layout`). Set it when you know the content's height (the configurator measures it for a story), and nothing moves when the story arrives.
 */
export abstract class StoryElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    loading: {converter: lowerCase},
    theme: {converter: lowerCase},
  };

  #given: unknown;
  /** The JSON of the story object given last: an equal one given again changes nothing. */
  #givenJson?: string;
  /** Every other assignment of `story` counts: the same object, changed and given again, is validated again. */
  #assignments = 0;

  #states = isServer ? undefined : this.attachInternals().states;
  // Kept from construction: in Firefox ESR 140, `this.constructor` of an element adopted into an
  // iframe's document is no longer its class (its `elementStyles` are undefined there).
  #styles = (this.constructor as typeof LitElement).elementStyles as CSSResult[];
  /** Printing, and what the page sets for all its elements. */
  readonly #page = new PageController(this, this.#states);

  /** The element's story: its source, loading and state. */
  protected readonly storyController = new StoryController(
    this,
    () => ({
      src: this.src,
      story: this.#given,
      assignment: this.#assignments,
      lazy: (this.loading ?? this.#page.defaults.loading) === 'lazy',
    }),
    this.#states
  );

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
   * `light` or `dark` forces a palette. Absent: the page's `<meta name="story-widgets:theme">`,
   * else `--story-color-scheme`, else the page's `color-scheme`.
   */
  theme?: 'light' | 'dark';

  /**
   * What a server rendered into the shadow root, kept while the element would render the same
   * (server-dom.ts, which comes with the views): `true` until they have loaded.
   */
  #serverDom?: ServerDom | true;

  constructor() {
    super();
    // Every element re-renders when the UI locale changes (what @localized() does).
    updateWhenLocaleChanges(this);
  }

  /**
   * The story shown, validated (`undefined` until one has rendered). Set a story object to show
   * it without a request: it is validated like fetched data, and wins over `src`.
   */
  get story(): Story | undefined {
    const {state} = this.storyController;
    return state.status === 'ready' ? state.story : undefined;
  }

  set story(value: unknown) {
    // A parent that renders again with an equal object (React's `story={{…}}`) must not make the
    // element validate, render and fire its events again. Data that is not JSON always counts.
    // A parsed story is frozen all the way down: the same one is equal, without writing its JSON.
    const json = isParsedStory(value) ? undefined : jsonOf(value);
    if (isParsedStory(value) ? value === this.#given : json !== undefined && json === this.#givenJson) return;
    this.#givenJson = json;
    const old = this.#given;
    this.#given = value;
    this.#assignments++;
    this.requestUpdate('story', old);
  }

  /**
   * Loads the story again: fetches `src` anew (revalidating with the server's HTTP cache),
   * rereads inline JSON, or validates the `story` object again.
   */
  reload() {
    this.storyController.reload();
  }

  /**
   * Resolves, never rejects, once the current story has rendered or failed, with the element's
   * state (`{status: 'ready', story}` or `{status: 'error', error}`); a new source gives a new
   * promise.
   */
  get storyComplete(): Promise<StoryState> {
    return this.updateComplete.then(() => this.storyController.complete);
  }

  /** The page is being printed: collapsed takes and sections show. */
  protected get printing() {
    return this.#page.printing;
  }

  /**
   * Moved into another document (an iframe): constructed stylesheets belong to the document that
   * made them, so the element's styles are made again there.
   */
  adoptedCallback() {
    const restyle = (views: Views) =>
      (this.shadowRoot!.adoptedStyleSheets = views.sheetsFor(this.ownerDocument, this.#styles));
    const views = loadedViews();
    if (views) restyle(views);
    else loadViews().then(restyle, () => {});
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    // The element renders in place of the server's nodes, when it does (server-dom.ts); else of a
    // slot that shows the fallback content until the first render (a task later).
    if (root.hasChildNodes()) this.#serverDom = true;
    else root.append(document.createElement('slot'));
    this.renderOptions.renderBefore = null;
    reportLinks(root, this, (link) => this.linkDetail(link));
    return root;
  }

  /**
   * Each render after the first waits for a task of its own: the elements sharing a story would
   * otherwise all render it in one long task, the one it arrives in (block elements wait for
   * their first render too: story-block-element.ts). A server's rendering waits for what compares
   * it with the element's: the page's words, and the views.
   */
  protected override async scheduleUpdate() {
    if (this.hasUpdated) await nextTask();
    if (this.#serverDom === true) {
      const render = () => (this.requestUpdate(), this.performUpdate());
      const views = await loadViews().catch(() => undefined);
      this.#serverDom = views && new views.ServerDom(this.renderRoot as ShadowRoot, render);
      if (!views) this.renderRoot.replaceChildren();
      await localeSettled();
    }
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>) {
    // Keeping the server's nodes: the element's properties update, its template does not render.
    const server = this.#serverDom as ServerDom | undefined; // no longer `true`: scheduleUpdate()
    if (!server && !this.hasUpdated) this.renderRoot.replaceChildren();
    if (!server?.keeps(this.storyController.state)) super.update(changed);
    else
      (ReactiveElement.prototype as unknown as {update: (c: PropertyValues) => void}).update.call(
        this,
        changed
      );
  }

  /** What `story-link-click` says of a link followed in the shadow root; nothing by default. */
  protected linkDetail(_link: Element): Omit<StoryLinkClickDetail, 'url'> | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Development only (see attribute-checks.ts): the publishers' bundle leaves this out.
    if (globalThis.litIssuedWarnings) warnAboutInvalidAttributes(this, changed);
  }

  /**
   * The publisher's fallback content, or `notice` when there is none: never a silent hole.
   * Fallback children added or removed later re-render it.
   */
  protected renderFallback(notice: unknown) {
    return html`<slot @slotchange=${this.contentChanged}></slot>${this.hasContent ? nothing : notice}`;
  }

  /** Whether the publisher put anything a reader would see inside the element (never, on a server). */
  protected get hasContent() {
    return !isServer && [...this.childNodes].some(visible);
  }

  /** Re-renders when the publisher's content changes: give it to a slot's `@slotchange`. */
  protected contentChanged = () => this.requestUpdate();
}
