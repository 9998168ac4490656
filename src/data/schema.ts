/**
 * The story JSON contract, version 1 (../shared/story-format.md in the design repo).
 *
 * `storySchema` is the single source of truth: the TypeScript types are inferred from it, the
 * runtime validator (story-format.ts) interprets it, and the build writes it out as
 * `dist/story.schema.json` for the site's producers.
 */

const text = {type: 'string'} as const;
/** URLs may be relative: the validator resolves them against the story's base. */
const link = {type: 'string', format: 'uri-reference'} as const;
const texts = {type: 'array', items: text} as const;

const takeSchema = {
  type: 'object',
  required: ['outlet', 'url'],
  properties: {
    outlet: text,
    url: link,
    country: text,
    lang: text,
    summary: text,
    quote: text,
  },
} as const;

const lensSchema = {
  type: 'object',
  required: ['id', 'label', 'takes'],
  properties: {
    id: text,
    label: text,
    takes: {type: 'array', items: takeSchema},
  },
} as const;

const entitySchema = {
  type: 'object',
  required: ['id', 'name'],
  properties: {id: text, name: text, url: link},
} as const;

const mentionSchema = {
  type: 'object',
  required: ['entity', 'text'],
  properties: {entity: text, text},
} as const;

const figureSchema = {
  type: 'object',
  required: ['value', 'label'],
  properties: {
    value: text,
    label: text,
  },
} as const;

const relatedSchema = {
  type: 'object',
  required: ['id'],
  properties: {id: text, title: text, url: link},
} as const;

export const storySchema = {
  type: 'object',
  required: ['version', 'id', 'title'],
  properties: {
    version: {type: 'integer', const: 1},
    id: {type: 'string', pattern: '^[a-z0-9-]+$'},
    title: text,
    url: link,
    lang: text,
    type: text,
    // ISO 8601: YYYY-MM-DD or a date-time.
    date: {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}([T ][\\d:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$'},
    // The last revision: a date-time with its offset (as every engine's Date.parse reads it), since
    // "Updated 4 min ago" needs the instant.
    updated: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$',
    },
    dek: text,
    heads: texts,
    // The language of the topic tags (BCP 47), where it is not the story's: a site tags its
    // stories in its own language (the seed's tags are Chinese, on /zh/), whatever a story's.
    headsLang: text,
    summary: {type: 'array', items: {anyOf: [text, mentionSchema]}},
    numbers: {type: 'array', items: figureSchema},
    whyItMatters: text,
    watch: texts,
    lenses: {type: 'array', items: lensSchema},
    entities: {type: 'array', items: entitySchema},
    related: {type: 'array', items: relatedSchema},
  },
} as const;

/** The subset of JSON Schema this contract uses. */
export interface Schema {
  type?: string;
  const?: unknown;
  pattern?: string;
  format?: string;
  properties?: {readonly [key: string]: Schema};
  required?: readonly string[];
  items?: Schema;
  anyOf?: readonly Schema[];
}

type Simplify<T> = {[K in keyof T]: T[K]} & {};
type Infer<S> = S extends {const: infer C}
  ? C
  : S extends {anyOf: readonly (infer U)[]}
    ? Infer<U>
    : S extends {type: 'string'}
      ? string
      : S extends {type: 'integer'}
        ? number
        : S extends {type: 'array'; items: infer I}
          ? Infer<I>[]
          : S extends {type: 'object'; properties: infer P; required: readonly (infer R)[]}
            ? Simplify<{[K in keyof P & R]: Infer<P[K]>} & {[K in Exclude<keyof P, R>]?: Infer<P[K]>}>
            : never;

/** A story document, as validated by {@link parseStory}. */
export type Story = Infer<typeof storySchema>;
/** One outlet's coverage. */
export type Take = Infer<typeof takeSchema>;
/** Coverage grouped by bias or lens. */
export type Lens = Infer<typeof lensSchema>;
/** A person, place or organisation the story links. */
export type Entity = Infer<typeof entitySchema>;
/** An entity mention inside the summary. */
export type EntityMention = Infer<typeof mentionSchema>;
/** A piece of the summary: plain text or an entity mention. */
export type Segment = string | EntityMention;
/** One "By the numbers" figure. */
export type Figure = Infer<typeof figureSchema>;
/** A related story. */
export type RelatedStory = Infer<typeof relatedSchema>;
