// What a publisher's page loads before any story arrives, by the elements it holds: the loader
// (dist/story-widgets.js), the files it imports for them (src/autoload/files.ts, as the package's
// build of it, dist/lib/autoload/files.js) and every file those import, read from the built files
// themselves. Shared by `npm run size` and test/node/autoload.test.js.
import {existsSync, readFileSync} from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const built = new URL('lib/autoload/files.js', dist);
if (!existsSync(built)) throw new Error('dist/lib/autoload/files.js is missing: run `npm run build` first.');

/** @type {typeof import('../src/autoload/files.js')} */
const {loaderFiles, chipTag, storyFile, blockStoryFile} = await import(built.href);

// `import{…}from"./core.js"`, `import"./x.js"`, `export{…}from"./y.js"` in minified output.
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+)["']/g;

/** `files` and every file they import statically, in order. */
function closure(files, seen = new Set()) {
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    closure(
      [...readFileSync(new URL(file, dist), 'utf8').matchAll(staticImport)].map((m) => m[1]),
      seen
    );
  }
  return seen;
}

/** The files of dist/ a page with `tags` loads before any story (the views come beside it). */
export function pageLoad(tags) {
  const row = !tags.length ? [] : tags.every((tag) => tag === chipTag) ? loaderFiles.chip : loaderFiles.all;
  return {files: [...closure(['story-widgets.js', ...row.map((name) => `${name}.js`)])]};
}

/** The files of dist/ a page with `tags` loads beside its first story: the views, and the block elements' for them. */
export function storyLoad(tags) {
  const names = tags.some((tag) => tag !== chipTag) ? [storyFile, blockStoryFile] : [storyFile];
  return {files: [...closure(names.map((name) => `${name}.js`))]};
}
