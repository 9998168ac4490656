import type {PropertyValues, ReactiveElement} from 'lit';

declare global {
  /**
   * Set by Lit's development build only: present exactly when Lit runs in development (the
   * `development` export condition, as in an app's dev server or the tests), so the warnings
   * below follow Lit's own. The publishers' bundle defines it as `undefined` (vite.config.ts),
   * which leaves the checks out of it.
   */
  var litIssuedWarnings: Set<string> | undefined;
}

/** The parts `sections` of `<story-summary>` can name. */
export const summarySections = ['meta', 'summary', 'why', 'watch', 'entities', 'related', 'link'] as const;

const oneOf =
  (...values: string[]) =>
  (value: unknown) =>
    value === undefined || values.includes(String(value));
const wholeNumber =
  (min: number, max = Infinity) =>
  (value: unknown) =>
    value === undefined || (Number.isInteger(value) && (value as number) >= min && (value as number) <= max);

/** What each checked property accepts, and how a warning says it. */
const rules: Record<string, [valid: (value: unknown) => boolean, expected: string]> = {
  theme: [oneOf('light', 'dark'), '"light" or "dark"'],
  loading: [oneOf('eager', 'lazy'), '"eager" or "lazy"'],
  layout: [oneOf('grid', 'list'), '"grid" or "list"'],
  headingLevel: [wholeNumber(2, 6), 'a whole number from 2 to 6'],
  limit: [wholeNumber(0), 'a whole number, 0 or more'],
  sections: [
    (value) =>
      value === undefined ||
      String(value)
        .split(/\s+/)
        .filter(Boolean)
        .every((name) => oneOf(...summarySections)(name)),
    `words from "${summarySections.join(' ')}"`,
  ],
};

/**
 * Warns, in development only, about each changed property whose value the element cannot use:
 * `<takes-by-lens> limit="abc" is not valid: expected a whole number, 0 or more.` (or
 * `.headingLevel = 9`, set as a property).
 */
export function warnAboutInvalidAttributes(element: ReactiveElement, changed: PropertyValues) {
  const options = (element.constructor as typeof ReactiveElement).elementProperties;
  for (const name of changed.keys()) {
    const rule = rules[name as string];
    const value = (element as unknown as Record<string, unknown>)[name as string];
    if (!rule || rule[0](value)) continue;
    const {attribute, type, converter} = options.get(name) ?? {};
    const attributeName = typeof attribute === 'string' ? attribute : String(name);
    const given = element.getAttribute(attributeName);
    // Name the attribute when the value came from it, else the property an app set.
    const convert = typeof converter === 'function' ? converter : type === Number ? Number : String;
    const fromAttribute = given !== null && Object.is(convert(given, type), value);
    const what = fromAttribute
      ? `${attributeName}="${given}"`
      : `.${String(name)} = ${JSON.stringify(value)}`;
    console.warn(`<${element.localName}> ${what} is not valid: expected ${rule[1]}.`);
  }
}
