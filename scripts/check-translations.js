// `npm run localize:check`: every message of the source has a translation in every locale.
// lit-localize itself falls back to English silently; CI must not.
import {readdirSync, readFileSync} from 'node:fs';

const dir = new URL('../locales/', import.meta.url);
let missing = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.xlf'))) {
  const xliff = readFileSync(new URL(file, dir), 'utf8');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const untranslated = units.filter(([, , body]) => !/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body));
  for (const [, id] of untranslated) console.error(`${file}: no translation for ${id}`);
  missing += untranslated.length;
  console.log(`${file}: ${units.length - untranslated.length}/${units.length} translated`);
}
if (missing) {
  console.error(`${missing} missing translations`);
  process.exitCode = 1;
}
