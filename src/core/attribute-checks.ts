import type {PropertyValues, ReactiveElement} from 'lit';
import {refreshSeconds} from '../data/refresh.js';
import {quote} from '../data/quote.js';
import {accepts, elements, expected, isTag, propertyOf, refreshRule, type Rule} from '../elements.js';
import {pageDefaults} from '../page/page-defaults.js';

/** Pages whose `<meta name="story-widgets:refresh">` has been warned about: once is enough. */
const warnedPages = new WeakSet<Document>();

/**
 * Warns, in development only, about each changed property whose value the element cannot use,
 * by the rules of src/elements.ts: `limit="abc" is not valid: expected a whole
 * number, 0 or more.` (or `.headingLevel = 9`, set as a property); and, once per page, about a
 * `<meta name="story-widgets:refresh">` that is no number of seconds.
 */
export function warnAboutInvalidAttributes(element: ReactiveElement, changed: PropertyValues) {
  if (!isTag(element.localName)) return;
  const rules = new Map<string, [string, Rule]>(
    Object.entries(elements[element.localName].attributes).map(([name, rule]) => [
      propertyOf(name),
      [name, rule],
    ])
  );
  const options = (element.constructor as typeof ReactiveElement).elementProperties;
  for (const property of changed.keys()) {
    const [attribute, rule] = rules.get(property as string) ?? [];
    const value = (element as unknown as Record<string, unknown>)[property as string];
    if (!rule || accepts(rule, value)) continue;
    const {type, converter} = options.get(property) ?? {};
    const given = element.getAttribute(attribute!);
    // Name the attribute when the value came from it, else the property an app set.
    const convert = typeof converter === 'function' ? converter : type === Number ? Number : String;
    const fromAttribute = given !== null && Object.is(convert(given, type), value);
    const what = fromAttribute ? `${attribute}=${quote(given)}` : `.${String(property)} = ${shown(value)}`;
    console.warn(
      `<${element.localName}> ${what} is not valid: expected ${expected(rule)}.${outcome(rule, value)}`
    );
  }
  warnAboutPageRefresh(element.ownerDocument);
}

/** A property's value as a warning shows it: strings quoted, anything else as JavaScript writes it. */
const shown = (value: unknown) =>
  typeof value === 'string' ? quote(value) : quote(String(value)).slice(1, -1);

/** What the element does instead, for `refresh`: 5 checks every 10 s; `"30s"` never. */
function outcome(rule: Rule, value: unknown) {
  if (rule.type !== 'seconds') return '';
  const seconds = refreshSeconds(value)!;
  return Number.isNaN(seconds) ? ' It does not refresh.' : ` It counts as ${rule.min}.`;
}

function warnAboutPageRefresh(doc: Document) {
  const given = pageDefaults(doc).refresh;
  if (given === undefined || warnedPages.has(doc) || !Number.isNaN(refreshSeconds(given))) return;
  warnedPages.add(doc);
  console.warn(
    `<meta name="story-widgets:refresh" content=${quote(given)}> is not valid: expected ${expected(refreshRule)}: no element refreshes by it.`
  );
}
