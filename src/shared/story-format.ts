/**
 * The story JSON contract, version 1 (../shared/story-format.md in the design repo).
 *
 * `storySchema` is the single source of truth: the TypeScript types are inferred from it, the
 * runtime validator below interprets it, and the build writes it out as
 * `dist/story.schema.json` for the site's producers.
 */
import {StoryError} from './story-error.js';

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
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Story',
  description: 'One news story as the site publishes it (story JSON, version 1).',
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
    dek: text,
    heads: texts,
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
interface Schema {
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

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function fits(schema: Schema, value: unknown): boolean {
  const kind = kindOf(value);
  return schema.type === kind || (schema.type === 'number' && kind === 'integer');
}

function invalid(path: string, expected: string, value: unknown): StoryError {
  const got = value === undefined ? 'nothing (the field is required)' : kindOf(value);
  return new StoryError('invalid', `${path}: expected ${expected}, got ${got}`, {path});
}

/**
 * Checks `value` against `schema` and returns a fresh copy holding only the fields the schema
 * knows, so unknown keys (`__proto__` among them) never reach the renderers.
 */
function check(schema: Schema, value: unknown, path: string, base: string | undefined): unknown {
  if (schema.anyOf) {
    const branch = schema.anyOf.find((s) => fits(s, value));
    if (!branch) {
      const expected = schema.anyOf.map((s) => article(s.type ?? 'value')).join(' or ');
      throw invalid(path, expected, value);
    }
    return check(branch, value, path, base);
  }
  if (!fits(schema, value)) throw invalid(path, article(schema.type ?? 'value'), value);
  if (schema.const !== undefined && value !== schema.const) {
    throw new StoryError('invalid', `${path}: expected ${String(schema.const)}`, {path});
  }
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
      throw new StoryError('invalid', `${path}: "${value}" does not match ${schema.pattern}`, {
        path,
      });
    }
    return schema.format === 'uri-reference' ? resolveUrl(value, base) : value;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => check(schema.items!, item, `${path}[${i}]`, base));
  }
  if (schema.properties) {
    const source = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(schema.properties)) {
      const at = path ? `${path}.${key}` : key;
      // Own properties only: `{"constructor": …}` is data, Object.prototype.constructor is not.
      // `undefined` (from a story object built in JavaScript) counts as absent, as in JSON.
      const present = Object.hasOwn(source, key) && source[key] !== undefined;
      if (!present && schema.required?.includes(key)) throw invalid(at, article(sub.type!), undefined);
      if (present) copy[key] = check(sub, source[key], at, base);
    }
    return copy;
  }
  return value;
}

/** Resolves a URL reference against `base`; returns it unchanged when that is impossible. */
export function resolveUrl(value: string, base?: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/**
 * Validates a parsed JSON document against the contract and returns a clean copy in which every
 * URL is resolved against the story's own `url`, else against `sourceUrl` (where the JSON came
 * from) — never against the page showing it.
 *
 * @throws {StoryError} `version` for a version other than 1, `invalid` naming the first bad
 *   field's path (`lenses[2].takes[0].url`) and the expected type.
 */
export function parseStory(value: unknown, sourceUrl?: string): Story {
  if (kindOf(value) !== 'object') throw invalid('story', 'an object', value);
  const version = (value as {version?: unknown}).version;
  if (Number.isInteger(version) && version !== 1) {
    throw new StoryError('version', `Unsupported story version ${version}: this library reads version 1`, {
      path: 'version',
    });
  }
  const own = Object.hasOwn(value as object, 'url') ? (value as {url: unknown}).url : undefined;
  const base = typeof own === 'string' ? resolveUrl(own, sourceUrl) : sourceUrl;
  return check(storySchema, value, '', base) as Story;
}
