// `npm run analyze`: custom-elements.json from the JSDoc of the elements, as the package ships
// them. It lists the four element modules and their define modules only: no helper, no private or
// protected member, and paths that point at the built files in dist/lib.
import {readdirSync} from 'node:fs';

// The elements (src/elements.ts describes them): each folder of src/ with a `<tag>.component.ts`.
const elements = readdirSync('src', {withFileTypes: true})
  .filter(
    (entry) => entry.isDirectory() && readdirSync(`src/${entry.name}`).includes(`${entry.name}.component.ts`)
  )
  .map((entry) => entry.name);

/** `src/x/y.ts` (or the analyzer's `/src/x/y.js`) → `dist/lib/x/y.js`: the file the package ships. */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');

/**
 * Walks the manifest: module references point at shipped files, and `inheritedFrom` goes (the
 * base is not in the manifest, and the analyzer marks an element's own slot as inherited).
 */
function asShipped(node) {
  if (Array.isArray(node)) return node.forEach(asShipped);
  if (!node || typeof node !== 'object') return;
  delete node.inheritedFrom;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'module' || key === 'path') && typeof value === 'string') node[key] = shipped(value);
    else asShipped(value);
  }
}

export default {
  // The bases' JSDoc is read for what the elements inherit from them; the bases are dropped
  // below, once its members have been copied into each element.
  globs: [
    'src/core/story-element.ts',
    'src/core/story-block-element.ts',
    ...elements.flatMap((tag) => [`src/${tag}/${tag}.component.ts`, `src/${tag}/${tag}.ts`]),
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'as-shipped',
      packageLinkPhase({customElementsManifest: manifest}) {
        manifest.modules = manifest.modules.filter(
          (module) => !/^src\/(core|render|page|i18n|live)\//.test(module.path)
        );
        for (const module of manifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.members = declaration.members?.filter(
              (member) => !member.privacy || member.privacy === 'public'
            );
            // Lit's `static properties` and `styles` are plumbing, not API.
            declaration.members = declaration.members?.filter((member) => !member.static);
            // A dispatch of an event class (the delegated link click) is listed without a name;
            // the base's @fires names it.
            declaration.events = declaration.events?.filter((event) => event.name);
          }
        }
        asShipped(manifest.modules);
        // A define module re-exports its class: the export points at the module declaring it.
        const declaring = new Map(
          manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => [d.name, module.path]))
        );
        for (const {exports = []} of manifest.modules) {
          for (const {declaration} of exports)
            declaration.module = declaring.get(declaration.name) ?? declaration.module;
        }
        // The analyzer lists modules in file-system order, which differs between machines; CI
        // compares the committed manifest with a fresh one, so the order must not depend on it.
        manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
