// The contract of the lazy split, written by hand: what the elements ask of the two chunks they
// load later — the views (src/views.ts, with the first story) and the live code (src/live.ts,
// with the first story that has `refresh`) — and what the live code asks of an element. Types
// only: the chunks check themselves against it (`satisfies`), nothing here runs, and it imports
// only the story's types, so every layer may read it and no chunk's code reaches the first load
// through it.
import type {msg} from '@lit/localize';
import type {CSSResult, TemplateResult, nothing} from 'lit';
import type {Lens, Story} from './data/schema.js';

/** Anything a template renders. */
type Rendered = TemplateResult | typeof nothing | string;

/**
 * What holds state in the bundle that loads a chunk: the words of the page's language and the
 * locale. The publishers' chunks are files of their own that must not import the bundle
 * (scripts/views.vite.config.ts says why), so the loader hands these over.
 */
export interface PageWords {
  msg: typeof msg;
  getLocale: () => string;
  formatLocale: () => string;
}

/** An element that renders again when a time it shows ("4 min ago") reads differently. */
export interface RendersAgain {
  requestUpdate(): void;
  readonly isConnected?: boolean;
}

/** What the summary renders a story with: its attributes and the reader's choices. */
export interface SummaryView {
  headingLevel: number;
  provider?: string;
  sections?: string;
  printing: boolean;
  /** The reader asked for the rest of this story. */
  expanded: boolean;
  /** Shows the rest of a compact summary, or hides it again. */
  toggle: () => void;
  /** The element: it renders again when "Updated 4 min ago" changes. */
  host?: RendersAgain;
}

/** What the coverage renders a story with: its attributes and the reader's choices. */
export interface TakesView {
  headingLevel: number;
  provider?: string;
  limit?: number;
  lens?: string;
  printing: boolean;
  /** The page's language (its primary subtag): a take in another one says which. */
  pageLang?: string;
  /** The lenses a reader expanded past `limit`. */
  expanded?: ReadonlySet<Lens>;
  /** Shows every take of the `index`th lens; `shown` of them were. */
  expand: (lens: Lens, index: number, shown: number) => void;
  /** The URLs of the takes marked new: they arrived while the reader was here (a live story). */
  fresh?: ReadonlySet<string>;
}

/** What the figures render a story with. */
export interface NumbersView {
  headingLevel: number;
  provider?: string;
  layout?: string;
}

/** A shadow root the server rendered, which an element keeps while it would render the same. */
export interface ServerNodes {
  shown: boolean;
  keeps(state: {status: string}): boolean;
}

/** What a block element takes from the views: how it shows a story, and what it says of it. */
export interface BlockViews<View> {
  render(view: View, story: Story): Rendered;
  /**
   * What a live update changed, as the element's announcement says it ('' for nothing worth
   * saying). The coverage also marks in `fresh` the takes of `next` to show as new.
   */
  news(previous: Story, next: Story, fresh?: WeakMap<Story, Set<string>>): string;
  /** The part of the page the element is, as an announcement names it. */
  part(): string;
  /**
   * The element's styles for a story (the card, headings, its own look), which join its own when
   * its first story renders: the first load carries only what shows before a story. Lit's
   * `CSSResult`s, or in the publishers' views file plain `{cssText}` (its `css` is a stand-in).
   */
  styles: readonly {cssText: string}[];
}

/** The views every element needs (the validator, inline JSON, what is said): dist/views.js. */
export interface ViewsChunk {
  /** Takes the page's words from the bundle that loaded the chunk. */
  connect(words: PageWords): void;
  warmFormatters(): void;
  parseStory(value: unknown, sourceUrl?: string): Story;
  readInline(doc: Document, id: string): Story;
  /** Says once that `host`'s story rendered or failed, naming `part`, the part of the page it is. */
  reportOutcome(host: HTMLElement, part: string, status: 'ready' | 'error', fallback?: boolean): void;
  ServerDom: new (root: ShadowRoot, render: () => void) => ServerNodes;
  sheetsFor(doc: Document, styles: CSSResult[]): CSSStyleSheet[];
}

/**
 * The block elements' views: dist/block-views.js in the publishers' bundle, loaded beside the views
 * by a page with a block element. A page of chips loads none of it.
 */
export interface BlockViewsChunk {
  summary: BlockViews<SummaryView>;
  takes: BlockViews<TakesView>;
  numbers: BlockViews<NumbersView>;
}

/** An element showing a story that may be live: what the live code may ask of it. */
export interface LiveStory {
  readonly host: HTMLElement & {readonly updateComplete: Promise<boolean>};
  /** Where the story comes from now, and how often to ask again (`refresh`, in seconds). */
  source(): {src?: string; story?: unknown; refresh?: number; lazy?: boolean};
  /** The story the element shows; none until one is ready. */
  shown(): Story | undefined;
  /** What changed between two versions, in words ('' for nothing worth saying); before `show`. */
  describe(previous: Story, next: Story): string;
  /** Shows a newer version in place, without `story-load`: the element renders it next. */
  show(story: Story): void;
  /** A take marked new has been seen: its mark may go. */
  seen(url: string): void;
}

/** The live code's hold on one element, which the element's live controller drives. */
export interface Following {
  /** After each update, and on connection: joins, leaves or re-paces the shared poll. */
  sync(): void;
  /** Disconnected: no more polling for it. */
  leave(): void;
}

/** The live code: dist/live.js in the publishers' bundle. */
export interface LiveChunk {
  connect(words: PageWords): void;
  follow(story: LiveStory): Following;
}
