// `npm run localize:check`: every message of the source has a translation in every locale
// (lit-localize itself falls back to English silently; CI must not), with the same placeholders
// (`<x id="0" …/>`: none dropped, none added), and every plural message
// (`one {# take} other {# takes}`) fills exactly the categories Intl.PluralRules reports for the
// locale: none missing, none that could never show, none empty.
import {readdirSync, readFileSync} from 'node:fs';

const dir = new URL('../locales/', import.meta.url);
const unitPattern =
  /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g;
/** The categories of a plural message, or undefined for a plain one. */
const categories = (text) => {
  const forms = [...text.matchAll(/(\w+)\s*\{([^}]*)\}/g)];
  return forms.length ? forms.map(([, name, form]) => ({name, form})) : undefined;
};

let problems = 0;
const problem = (text) => {
  console.error(text);
  problems++;
};

for (const file of readdirSync(dir).filter((name) => name.endsWith('.xlf'))) {
  const xliff = readFileSync(new URL(file, dir), 'utf8');
  const locale = xliff.match(/target-language="([^"]+)"/)[1];
  const expected = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.sort();
  const units = [...xliff.matchAll(unitPattern)];
  for (const [, id, source, target = ''] of units) {
    if (!target.trim()) {
      problem(`${file}: no translation for ${id}`);
      continue;
    }
    // The locale's own code: it picks the plural rules and formats for the words shown.
    if (id === 'story-widgets.locale' && target !== locale) {
      problem(`${file}: ${id} must be "${locale}", not "${target}"`);
    }
    const placeholders = (text) =>
      [...text.matchAll(/<x id="(\d+)"/g)]
        .map(([, n]) => n)
        .sort()
        .join();
    if (placeholders(source) !== placeholders(target)) {
      problem(
        `${file}: ${id} has the placeholders [${placeholders(target)}]; the source has [${placeholders(source)}]`
      );
    }
    if (!categories(source)) continue;
    const forms = categories(target) ?? [];
    const names = forms.map(({name}) => name).sort();
    if (names.join() !== expected.join()) {
      problem(
        `${file}: ${id} has the forms ${names.join(', ') || 'none'}; ${locale} needs ${expected.join(', ')}`
      );
    }
    for (const {name, form} of forms) if (!form.trim()) problem(`${file}: ${id} has an empty ${name} form`);
  }
  console.log(`${file}: ${units.length} messages, plurals with ${expected.join(', ')}`);
}
if (problems) {
  console.error(`${problems} translation problems`);
  process.exitCode = 1;
}
