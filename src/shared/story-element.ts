import {html, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, updateWhenLocaleChanges} from '@lit/localize';
import {StoryErrorEvent, StoryLinkClickEvent, StoryLoadEvent, type StoryLinkClickDetail} from './events.js';
import {loadStory} from './load-story.js';
import {followPageLanguage} from './localization.js';
import {StoryError} from './story-error.js';
import {parseStory, type Story} from './story-format.js';
import {httpHref} from './safe-url.js';
import {tokens} from './tokens.styles.js';

type Heading = (part: string, className: string, content: unknown) => TemplateResult;
/** `<h2>`…`<h6>`: one small template each costs less than lit/static-html. */
const headings: Heading[] = [
  (part, className, content) => html`<h2 part=${part} class=${className}>${content}</h2>`,
  (part, className, content) => html`<h3 part=${part} class=${className}>${content}</h3>`,
  (part, className, content) => html`<h4 part=${part} class=${className}>${content}</h4>`,
  (part, className, content) => html`<h5 part=${part} class=${className}>${content}</h5>`,
  (part, className, content) => html`<h6 part=${part} class=${className}>${content}</h6>`,
];

type Status = 'idle' | 'waiting' | 'loading' | 'ready' | 'error';

/** Elements with `loading="lazy"` wait here until they come within about one screen. */
let lazyObserver: IntersectionObserver | undefined;
const whenNear = new WeakMap<Element, () => void>();

function observeNear(element: Element, callback: () => void) {
  lazyObserver ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        lazyObserver!.unobserve(entry.target);
        whenNear.get(entry.target)?.();
        whenNear.delete(entry.target);
      }
    },
    {rootMargin: '100% 0px'}
  );
  whenNear.set(element, callback);
  lazyObserver.observe(element);
}

function unobserveNear(element: Element) {
  whenNear.delete(element);
  lazyObserver?.unobserve(element);
}

/** Story objects already validated, so one object given to several elements is checked once. */
const validated = new WeakMap<object, Story>();

function validate(story: unknown): Story {
  if (typeof story !== 'object' || story === null) return parseStory(story);
  let clean = validated.get(story);
  if (!clean) validated.set(story, (clean = parseStory(story)));
  return clean;
}

function toStoryError(error: unknown): StoryError {
  return error instanceof StoryError ? error : new StoryError('invalid', String(error), {cause: error});
}

/**
 * The base of the story elements: where the story comes from (`src`, `story`, inline JSON),
 * when it loads (`loading`), the skeleton, the fallback slot, the events and the theme.
 *
 * @slot - Fallback content: visible before the script runs, and again if the story cannot be shown.
 *
 * @csspart skeleton - The placeholder shown while the story loads.
 * @csspart error - The notice shown when the story cannot be shown and there is no fallback content.
 *
 * @fires {StoryLoadEvent} story-load - A story rendered; `detail.story` is the validated story.
 * @fires {StoryErrorEvent} story-error - The story cannot be shown; `detail.error` is the `StoryError` (`kind`, `message`, `status`).
 * @fires {StoryLinkClickEvent} story-link-click - A reader followed a link; `detail` has `url`, `kind` and, for a source, `outlet` and `lens`.
 *
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
 */
export abstract class StoryElement extends LitElement {
  static override styles: CSSResultGroup = [tokens];

  /** Rows of skeleton shown while loading, to reserve about the final height. */
  protected static skeletonRows = 4;

  #controller?: AbortController;

  @state() protected status: Status = 'idle';

  /** The validated story being shown. */
  @state() protected data?: Story;

  /**
   * URL of a story JSON, relative to the page; or `#id` of a
   * `<script type="application/json">` on the page holding the story. Changing it loads the new
   * story; a response for an earlier `src` never renders.
   */
  @property() src?: string;

  /** A story object given directly (apps, server rendering). Validated like fetched data; no request. */
  @property({attribute: false}) story?: unknown;

  /** `eager` loads at once; `lazy` waits until the element is about one screen from the viewport. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** `light` or `dark` forces a palette; absent follows the page's `color-scheme`. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  /** Level (2–6) of the element's top heading; inner headings go one level below. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  constructor() {
    super();
    // Every element re-renders when the UI locale changes (what @localized() does, for all
    // subclasses at once).
    updateWhenLocaleChanges(this);
  }

  override connectedCallback() {
    super.connectedCallback();
    followPageLanguage();
    // Moved in the DOM: pick up a load that disconnecting cancelled.
    if (this.hasUpdated && (this.status === 'loading' || this.status === 'waiting')) this.#start();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#controller?.abort();
    unobserveNear(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('story') || changed.has('loading')) this.#start();
  }

  #start() {
    this.#controller?.abort();
    unobserveNear(this);
    if (this.story !== undefined && this.story !== null) {
      try {
        this.#show(validate(this.story));
      } catch (error) {
        this.#fail(error);
      }
    } else if (!this.src) {
      this.status = 'idle';
      this.data = undefined;
    } else if (this.loading === 'lazy') {
      this.status = 'waiting';
      observeNear(this, () => this.#fetch());
    } else {
      this.#fetch();
    }
  }

  async #fetch() {
    const controller = (this.#controller = new AbortController());
    this.status = 'loading';
    try {
      const story = await loadStory(this.src!, {signal: controller.signal});
      if (!controller.signal.aborted) this.#show(story);
    } catch (error) {
      if (!controller.signal.aborted) this.#fail(error);
    }
  }

  async #show(story: Story) {
    this.data = story;
    this.status = 'ready';
    await this.updateComplete;
    const event = new StoryLoadEvent(story);
    if (this.data === story) this.dispatchEvent(event);
  }

  async #fail(reason: unknown) {
    const error = toStoryError(reason);
    this.data = undefined;
    this.status = 'error';
    console.warn(`<${this.localName}> could not show the story: ${error.message}`);
    await this.updateComplete;
    const event = new StoryErrorEvent(error);
    // Not when a newer story has rendered in the meantime.
    if (this.status === 'error') this.dispatchEvent(event);
  }

  /** A real `<h2>`–`<h6>`, `depth` levels below the element's top heading (`heading-level`). */
  protected renderHeading(depth: number, content: unknown, part: string, className = '') {
    const top = Number.isInteger(this.headingLevel) ? this.headingLevel : 2;
    const level = Math.min(6, Math.max(2, top) + depth);
    return headings[level - 2](part, className, content);
  }

  /**
   * A link when `url` is on the allow-list (absolute http/https), else the content as plain text.
   * Following it fires `story-link-click`.
   */
  protected renderLink(
    url: string | undefined,
    content: unknown,
    detail: Omit<StoryLinkClickDetail, 'url'>,
    part: string,
    newTab = false
  ): TemplateResult {
    const href = httpHref(url);
    if (!href) return html`<span part=${part}>${content}</span>`;
    return html`<a
      part=${part}
      href=${href}
      target=${newTab ? '_blank' : nothing}
      rel=${newTab ? 'noopener noreferrer' : nothing}
      @click=${() => {
        const event = new StoryLinkClickEvent({url: href, ...detail});
        this.dispatchEvent(event);
      }}
      >${content}${
        newTab
          ? html`<span class="visually-hidden"> ${msg('(opens in a new tab)', {id: 'link.new-tab'})}</span>`
          : nothing
      }</a
    >`;
  }

  private hasFallback() {
    return [...this.childNodes].some(
      (node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim()
    );
  }

  /** The element's content for a valid story, or `nothing` when the story lacks its part. */
  protected abstract renderStory(story: Story): unknown;

  protected override render() {
    switch (this.status) {
      case 'ready':
        return this.renderStory(this.data!);
      case 'loading':
      case 'waiting':
        return html`<div part="skeleton" class="skeleton" aria-busy="true">
          <span class="visually-hidden">${msg('Loading the story…', {id: 'state.loading'})}</span>
          ${Array.from({length: (this.constructor as typeof StoryElement).skeletonRows}, () => html`<div class="bar"></div>`)}
        </div>`;
      case 'error':
        // The publisher's fallback content, else a short notice: never a silent hole.
        return this.hasFallback()
          ? html`<slot></slot>`
          : html`<p part="error" class="error" role="status">
              ${msg('This story could not be loaded.', {id: 'state.error'})}
            </p>`;
      default:
        return html`<slot></slot>`;
    }
  }
}
