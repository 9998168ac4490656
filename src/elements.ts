/**
 * The four elements, described once: their tags, their classes and the modules that define them,
 * and the attributes each takes with what each accepts. The server renderer, the React wrappers,
 * the development warnings, the embed page, the configurator and the tests read it here (the
 * scripts, which run in Node, read the tags from custom-elements.json, made from the same
 * classes); each element's class declares the properties and documents them. Adding an attribute
 * touches its element and this file; so does a new element (CONTRIBUTING, "A fifth element"),
 * whose place kept before its story is in placeholders.ts, beside this.
 * No DOM, no Lit: it runs anywhere.
 */
import {quote} from './data/quote.js';
import {MIN_REFRESH, refreshSeconds} from './data/refresh.js';

/** What an attribute accepts. */
export type Rule =
  | {readonly type: 'text'}
  | {readonly type: 'url'}
  | {readonly type: 'one of'; readonly values: readonly string[]}
  | {readonly type: 'words'; readonly values: readonly string[]}
  | {readonly type: 'whole number'; readonly min: number; readonly max?: number}
  /**
   * Seconds, read by `refreshSeconds` (data/refresh.ts), the one rule of every way a `refresh` is
   * given: 0 is never, less than `min` counts as `min`, anything but a number is no interval.
   */
  | {readonly type: 'seconds'; readonly min: number};

/** One element: its class's name and its attributes by name. */
export interface ElementDescription {
  readonly className: string;
  /** Inline in running text (the chip), not a block of its own. */
  readonly inline: boolean;
  readonly attributes: Readonly<Record<string, Rule>>;
}

/** The parts `<story-summary sections>` can name, in the order they show. */
export const summarySections = ['meta', 'summary', 'why', 'watch', 'entities', 'related', 'link'] as const;

const text: Rule = {type: 'text'};
const url: Rule = {type: 'url'};
const oneOf = (...values: string[]): Rule => ({type: 'one of', values});

/** Every element's: where its story comes from, when it loads and refreshes, its palette. */
const story = {
  src: url,
  loading: /* @__PURE__ */ oneOf('eager', 'lazy'),
  refresh: {type: 'seconds', min: MIN_REFRESH},
  theme: /* @__PURE__ */ oneOf('light', 'dark'),
} as const;
/** The block elements': their headings' level and the provider line. */
const block = {...story, 'heading-level': {type: 'whole number', min: 2, max: 6}, provider: text} as const;

export const elements = {
  'story-summary': {
    className: 'StorySummaryElement',
    inline: false,
    attributes: {...block, sections: {type: 'words', values: summarySections}},
  },
  'takes-by-lens': {
    className: 'TakesByLensElement',
    inline: false,
    attributes: {...block, limit: {type: 'whole number', min: 0}, lens: text},
  },
  'story-numbers': {
    className: 'StoryNumbersElement',
    inline: false,
    attributes: {...block, layout: /* @__PURE__ */ oneOf('grid', 'list')},
  },
  'entity-chip': {
    className: 'EntityChipElement',
    inline: true,
    attributes: {...story, entity: text, name: text, href: url},
  },
} as const satisfies Record<string, ElementDescription>;

/** `story-summary`, `takes-by-lens`, `story-numbers` or `entity-chip`. */
export type StoryWidgetTag = keyof typeof elements;

/** The element a story page embeds when nobody says which (the provider, the command line). */
export const defaultTag: StoryWidgetTag = 'story-summary';

/** The rule of every element's `refresh`, as the page's `<meta name="story-widgets:refresh">` has it too. */
export const refreshRule = story.refresh;

/** The four tags, in the order the documentation shows them. */
export const tags = /* @__PURE__ */ Object.keys(elements) as StoryWidgetTag[];

/** Whether `name` is one of the four tags (never a property every object has, as `toString`). */
export const isTag = (name: unknown): name is StoryWidgetTag =>
  typeof name === 'string' && Object.hasOwn(elements, name);

/** The module that defines `tag`, relative to `src/` (and `dist/lib/` in the package). */
export const defineModule = (tag: StoryWidgetTag) => `${tag}/${tag}.js`;

/** The property an attribute sets: `headingLevel` for `heading-level`. */
export const propertyOf = (attribute: string) =>
  attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** What a rule accepts, as a message says it: `a whole number from 2 to 6`. */
export function expected(rule: Rule): string {
  if (rule.type === 'one of') return rule.values.map((value) => `"${value}"`).join(' or ');
  if (rule.type === 'words') return `words from "${rule.values.join(' ')}"`;
  if (rule.type === 'whole number')
    return rule.max === undefined
      ? `a whole number, ${rule.min} or more`
      : `a whole number from ${rule.min} to ${rule.max}`;
  if (rule.type === 'seconds') return `a number of seconds, ${rule.min} or more (0: never)`;
  return rule.type === 'url' ? 'a URL' : 'text';
}

/** Whether `value`, the property's value, is one the rule accepts (`undefined`: the default). */
export function accepts(rule: Rule, value: unknown): boolean {
  if (value === undefined) return true;
  if (rule.type === 'one of') return rule.values.includes(String(value));
  if (rule.type === 'words')
    return String(value)
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => rule.values.includes(word));
  if (rule.type === 'whole number')
    return (
      Number.isInteger(value) && (value as number) >= rule.min && (value as number) <= (rule.max ?? Infinity)
    );
  if (rule.type === 'seconds') {
    const seconds = refreshSeconds(value);
    return seconds === undefined || seconds === 0 || seconds >= rule.min;
  }
  return true;
}

/**
 * Why a server may not write `name` as an attribute of an element: not a lowercase attribute
 * name, or an event handler (`onclick`), whose value a browser runs as script.
 */
export function attributeNameProblem(name: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return `Not an attribute name: ${quote(name)}`;
  if (name.startsWith('on')) return `${name} is an event handler attribute: it would run its value as script`;
  return undefined;
}
