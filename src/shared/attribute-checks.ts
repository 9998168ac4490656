import type {PropertyValues, ReactiveElement} from 'lit';
import {accepts, elements, expected, isTag, propertyOf, type Rule} from '../elements.js';

/**
 * Warns, in development only, about each changed property whose value the element cannot use,
 * by the rules of src/elements.ts: `<takes-by-lens> limit="abc" is not valid: expected a whole
 * number, 0 or more.` (or `.headingLevel = 9`, set as a property).
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
    const what = fromAttribute
      ? `${attribute}="${given}"`
      : `.${String(property)} = ${JSON.stringify(value)}`;
    const raised = rule.type === 'whole number' && rule.raised && (value as number) > 0;
    console.warn(
      `<${element.localName}> ${what} is not valid: expected ${expected(rule)}.${raised ? ` It counts as ${rule.min}.` : ''}`
    );
  }
}
