// The four elements as src/elements.ts describes them, for the scripts, which run in Node and read
// no TypeScript: the package's build of it (dist/lib/elements.js, which `npm install` builds).
import {existsSync} from 'node:fs';

const built = new URL('../dist/lib/elements.js', import.meta.url);
if (!existsSync(built)) throw new Error('dist/lib/elements.js is missing: run `npm run build` first.');

/** @type {typeof import('../src/elements.js')} */
const description = await import(built.href);

export const {elements, tags, defineModule} = description;
