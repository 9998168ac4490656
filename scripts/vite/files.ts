// The files the publishers' build writes beside the bundle in dist/: the story's JSON Schema, the
// stylesheet that keeps each element's place, VS Code's custom data, and the integrity list.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {BuildEnvironmentOptions, Plugin} from 'vite';
import {storySchema} from '../../src/data/schema.js';
import {elements, tags} from '../../src/elements.js';
import {pageStylesheet} from '../../src/render/placeholder.js';

const storySchemaMetadata = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Story',
  description: 'One news story as the site publishes it (story JSON, version 1).',
};

/** Ships the JSON Schema for the site's producers, written from the one schema the code uses. */
export function storySchemaFile(): Plugin {
  return {
    name: 'story-schema',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'story.schema.json',
        // The metadata lives here, not in the schema the bundle carries to validate with.
        source: `${JSON.stringify({...storySchemaMetadata, ...storySchema}, null, 2)}\n`,
      });
    },
  };
}

/**
 * dist/story-widgets.css, which a publisher links before the script: each element keeps its place
 * from the first paint, before the script has run (src/render/placeholder.ts).
 */
export function pageStylesheetFile(): Plugin {
  return {
    name: 'page-stylesheet',
    apply: 'build',
    generateBundle() {
      if (!this.environment.config.build.lib) return;
      this.emitFile({
        type: 'asset',
        fileName: 'story-widgets.css',
        source: `${pageStylesheet(tags.filter((tag) => elements[tag].inline))}\n`,
      });
    },
  };
}

/** VS Code's HTML custom data (src/generated/, from the manifest), shipped beside the bundle. */
export function editorDataFile(): Plugin {
  return {
    name: 'editor-data',
    apply: 'build',
    generateBundle() {
      if (!this.environment.config.build.lib) return;
      const fileName = 'vscode.html-custom-data.json';
      this.emitFile({type: 'asset', fileName, source: readFileSync(`src/generated/${fileName}`)});
    },
  };
}

/**
 * dist/sri.json: the `sha384-…` integrity of the publishers' bundle, its stylesheet and each locale
 * module it may load, for embed codes that pin a versioned CDN file (the configurator writes them). The
 * build is reproducible — the same sources give the same bytes — so the hashes hold.
 */
export function subresourceIntegrity(): Plugin {
  return {
    name: 'subresource-integrity',
    apply: 'build',
    writeBundle({dir = 'dist'}, bundle) {
      // Two builds write here (this one, then vite.views.config.ts): each adds its files.
      const path = join(dir, 'sri.json');
      const files: Record<string, string> = existsSync(path)
        ? JSON.parse(readFileSync(path, 'utf8')).files
        : {};
      for (const name of Object.keys(bundle)
        .filter((file) => /\.(js|css)$/.test(file))
        .sort()) {
        files[name] = `sha384-${createHash('sha384')
          .update(readFileSync(join(dir, name)))
          .digest('base64')}`;
      }
      const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
      const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync(path, `${JSON.stringify({version, files: sorted}, null, 2)}\n`);
    },
  };
}

/**
 * The build options of a publishers' file of dist/ beside the bundle, built on its own step
 * (the loader, the chip's and blocks' files, the views, the live code): ES modules named
 * `<entry>.js`, added to dist/ without emptying it, with source maps.
 */
export const publishersFiles = (
  entry: Record<string, string>,
  rolldownOptions: BuildEnvironmentOptions['rolldownOptions']
): BuildEnvironmentOptions => ({
  outDir: 'dist',
  emptyOutDir: false,
  target: 'es2022',
  lib: {entry, formats: ['es'], fileName: (_format, name) => `${name}.js`},
  rolldownOptions,
  sourcemap: true,
  reportCompressedSize: false,
});
