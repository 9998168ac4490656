// `npm run build`, third step: the publisher's kit as static files beside the bundle in dist/ —
// the configurator (configurator.html), the iframe rendition (embed.html) and the script that
// sizes its frames (embed-host.js). Both pages load the publishers' bundle itself, not a copy.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {defineConfig, type Plugin} from 'vite';
import {minifyTemplates} from '../scripts/vite/transforms.js';

/**
 * In dist/, the pages load the bundle beside them (`./story-widgets.js`), the very file a
 * publisher's script tag loads, instead of building the library again. STORY_WIDGETS_EMBED_ORIGINS
 * ("https://news.example.org https://cdn.example.org") sets the origins embed.html shows stories
 * from, in its allow-list and its Content-Security-Policy.
 */
function kitPages(): Plugin {
  const origins = process.env.STORY_WIDGETS_EMBED_ORIGINS?.trim();
  return {
    name: 'kit-pages',
    apply: 'build',
    // The configurator's "Use the seed story": the seed, beside it.
    generateBundle() {
      const seed = 'venezuela-nino-guerrero-strike.json';
      this.emitFile({type: 'asset', fileName: seed, source: readFileSync(`test/fixtures/${seed}`)});
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        let out = html.replace(
          '<script type="module" src="../src/story-widgets.ts"></script>',
          '<script type="module" src="./story-widgets.js" vite-ignore></script>'
        );
        if (origins) {
          out = out
            .replace('content="self"', `content="self ${origins}"`)
            .replace("connect-src 'self'", `connect-src 'self' ${origins}`);
        }
        return out;
      },
    },
  };
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  plugins: [kitPages(), minifyTemplates()],
  // The pages' own folder: they land at dist/configurator.html and dist/embed.html.
  root: here('.'),
  publicDir: false,
  // Relative URLs: dist/ may be served from any path.
  base: './',
  build: {
    outDir: here('../dist'),
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: {
      input: {
        configurator: here('configurator.html'),
        embed: here('embed.html'),
        'embed-host': here('embed-host.ts'),
      },
      output: {
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'kit-[name]-[hash].js',
        assetFileNames: 'kit-[name]-[hash][extname]',
      },
    },
  },
});
