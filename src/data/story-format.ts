/**
 * The validator of the story contract: it interprets `storySchema` (schema.ts), names the path of
 * the first bad field, and resolves every URL against the story's own base.
 */
import {notJson} from './not-json.js';
import {isParsedStory, markParsed} from './parsed.js';
import {quote} from './quote.js';
import {httpHref, resolveUrl} from './safe-url.js';
import {storySchema, type Schema, type Story} from './schema.js';
import {StoryError} from './story-error.js';

export {isParsedStory, resolveUrl};

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
function check(
  schema: Schema,
  value: unknown,
  path: string,
  base: string | undefined,
  problems?: StoryError[]
): unknown {
  // Collecting (storyProblems) goes on past a bad field; validating stops at the first.
  const fail = (error: StoryError) => {
    if (!problems) throw error;
    problems.push(error);
  };
  if (schema.anyOf) {
    const branch = schema.anyOf.find((s) => fits(s, value));
    if (!branch) {
      const expected = schema.anyOf.map((s) => article(s.type ?? 'value')).join(' or ');
      return fail(invalid(path, expected, value));
    }
    return check(branch, value, path, base, problems);
  }
  if (!fits(schema, value)) return fail(invalid(path, article(schema.type ?? 'value'), value));
  if (schema.const !== undefined && value !== schema.const) {
    return fail(new StoryError('invalid', `${path}: expected ${String(schema.const)}`, {path}));
  }
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
      return fail(
        new StoryError('invalid', `${path}: ${quote(value)} does not match ${schema.pattern}`, {path})
      );
    }
    // A URL is a link or nothing: resolved against the story's base, then on the allow-list. An
    // empty one would resolve to the story page itself.
    return schema.format === 'uri-reference' ? httpHref(value.trim() && resolveUrl(value, base)) : value;
  }
  if (Array.isArray(value)) {
    return Object.freeze(value.map((item, i) => check(schema.items!, item, `${path}[${i}]`, base, problems)));
  }
  if (schema.properties) {
    const source = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(schema.properties)) {
      const at = path ? `${path}.${key}` : key;
      // Own properties only: `{"constructor": …}` is data, Object.prototype.constructor is not.
      // `undefined` (from a story object built in JavaScript) counts as absent, as in JSON.
      const present = Object.hasOwn(source, key) && source[key] !== undefined;
      if (!present && schema.required?.includes(key)) fail(invalid(at, article(sub.type!), undefined));
      if (!present) continue;
      const clean = check(sub, source[key], at, base, problems);
      // A URL that cannot be a link goes; a required one (a take's source) stays, empty.
      if (clean !== undefined) copy[key] = clean;
      else if (schema.required?.includes(key)) copy[key] = '';
    }
    // Frozen, so that one element's listener cannot change what the others show.
    return Object.freeze(copy);
  }
  return value;
}

/**
 * Validates a parsed JSON document against the contract and returns a clean, frozen copy. Every
 * URL in it is a link: resolved against the story's own `url` (when that is http(s)), else against
 * `sourceUrl` (where the JSON came from) — never against the page showing it — and on the
 * allow-list (`httpHref`). A URL that cannot be one is left out, and a take's, which the
 * format requires, is `''`. A story it returned is returned as it is, not checked again.
 *
 * @throws {StoryError} `version` for a version other than 1, `invalid` naming the first bad
 *   field's path (`lenses[2].takes[0].url`) and the expected type.
 */
export function parseStory(value: unknown, sourceUrl?: string): Story {
  // A story this function returned is frozen, so still valid: give it back as it is.
  if (isParsedStory(value)) return value;
  const story = check(storySchema, value, '', checkTop(value, sourceUrl)) as Story;
  const late = updatedProblem(story);
  if (late) throw late;
  markParsed(story);
  return story;
}

/** What every check does first: an object of version 1; gives the base of its URLs. */
function checkTop(value: unknown, sourceUrl?: string) {
  if (kindOf(value) !== 'object') throw invalid('story', 'an object', value);
  const version = (value as {version?: unknown}).version;
  if (Number.isInteger(version) && version !== 1) {
    throw new StoryError('version', `Unsupported story version ${version}: this library reads version 1`, {
      path: 'version',
    });
  }
  const own = Object.hasOwn(value as object, 'url') ? (value as {url: unknown}).url : undefined;
  return (typeof own === 'string' && httpHref(resolveUrl(own, sourceUrl))) || httpHref(sourceUrl);
}

/** `updated` no earlier than `date` (a date without a time is compared as a day). */
function updatedProblem({updated, date}: Story): StoryError | undefined {
  if (updated && date && (date.length > 10 ? Date.parse(updated) < Date.parse(date) : updated < date))
    return new StoryError('invalid', `updated: ${quote(updated)} is earlier than date ${quote(date)}`, {
      path: 'updated',
    });
}

/**
 * Every problem of a document, where {@link parseStory} stops at the first: for tools (the
 * `story-widgets validate` command, the importer) that report them all. Empty when the document
 * is valid. It also reports what a reader silently shows as text: a URL that is not http(s)
 * (`javascript:`, `data:`, unparsable), which parseStory leaves out.
 */
export function storyProblems(value: unknown, sourceUrl?: string): StoryError[] {
  const problems: StoryError[] = [];
  try {
    const base = checkTop(value, sourceUrl);
    const story = check(storySchema, value, '', base, problems) as Story;
    const late = problems.some((p) => p.path === 'updated' || p.path === 'date') ? 0 : updatedProblem(story);
    if (late) problems.push(late);
    textUrls(storySchema, value, '', base, problems);
  } catch (error) {
    problems.push(error as StoryError);
  }
  return problems;
}

/** The URLs of `value` that cannot be links; relative ones wait for the URL the story comes from. */
function textUrls(
  schema: Schema,
  value: unknown,
  path: string,
  base: string | undefined,
  problems: StoryError[]
) {
  const branch = schema.anyOf?.find((s) => fits(s, value)) ?? (fits(schema, value) ? schema : undefined);
  if (typeof value === 'string' && branch?.format === 'uri-reference' && value.trim()) {
    if (!httpHref(resolveUrl(value, base ?? 'https://relative.invalid/')))
      problems.push(
        new StoryError('invalid', `${path}: ${quote(value)} is not an http(s) URL: no link`, {path})
      );
  } else if (Array.isArray(value) && branch?.items) {
    value.forEach((item, i) => textUrls(branch.items!, item, `${path}[${i}]`, base, problems));
  } else if (branch?.properties) {
    for (const [key, sub] of Object.entries(branch.properties))
      if (Object.hasOwn(value as object, key))
        textUrls(sub, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, base, problems);
  }
}

/**
 * Parses a story document from its JSON text and validates it (see {@link parseStory}).
 * `contentType`, when known, goes into the error message: "served as text/html" explains most
 * failures.
 *
 * @throws {StoryError} `parse` when the text is not JSON, saying where it stops being JSON ("The
 *   story (served as text/html) is not JSON at line 1, column 1") and quoting none of it; else as
 *   {@link parseStory}.
 */
export function parseStoryJson(text: string, sourceUrl?: string, contentType?: string | null): Story {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not even as the cause: JSON.parse's message may quote the text (a console shows causes).
    const served = contentType ? ` (served as ${contentType.split(';')[0].slice(0, 80)})` : '';
    throw new StoryError('parse', `The story${served} is ${notJson(text)}`);
  }
  return parseStory(value, sourceUrl);
}

/** The counts the site shows ("11 takes · 4 lenses · 2 regions"), derived as the format defines them. */
export function storyCounts(story: Story) {
  const lenses = (story.lenses ?? []).filter((lens) => lens.takes.length);
  const takes = lenses.flatMap((lens) => lens.takes);
  const regions = new Set(takes.map((take) => take.country?.toUpperCase()).filter(Boolean));
  return {takes: takes.length, lenses: lenses.length, regions: regions.size};
}
