// What the publishers' loader (src/autoload/loader.ts) asks for, as the build writes it: the
// single bundle (vite.config.ts), and the chip's file with the blocks' on top of it
// (scripts/split.vite.config.ts). Each file of src/autoload/files.ts must import only files its
// row lists, which the loader asks for beside it: a file found only once another arrives would
// add a round trip.
import type {OutputBundle} from 'rolldown';
import type {Plugin} from 'vite';
import {blockTags, chipTag, loaderFiles} from '../../src/autoload/files.js';
import {libraryPlugin} from './transforms.js';

const prefix = '\0define:';
const followLanguage = [
  `import {followPageLanguage} from '/src/i18n/localization.ts';`,
  'followPageLanguage();',
];

/** The split build's entries: `entity-chip` and `blocks`, as virtual modules. */
export const splitEntries = {[loaderFiles.chip[0]]: 'define:chip', [loaderFiles.blocks[0]]: 'define:blocks'};

/**
 * The chip's file: its define module, and the page's language followed, as the single bundle
 * does it (localization guards against a second call). The blocks' file: the three define
 * modules on top of it.
 */
export function splitDefinitions(): Plugin {
  return {
    name: 'split-definitions',
    apply: 'build',
    enforce: 'pre',
    // Vite's library mode makes entries paths: `/…/define:chip`.
    resolveId: (source) => {
      const name = /(?:^|\/)define:(\w+)$/.exec(source)?.[1];
      return name ? prefix + name : null;
    },
    load(id) {
      if (id === `${prefix}chip`)
        return [`import '/src/${chipTag}/${chipTag}.ts';`, ...followLanguage].join('\n');
      if (id === `${prefix}blocks`)
        return ["import 'define:chip';", ...blockTags.map((tag) => `import '/src/${tag}/${tag}.ts';`)].join(
          '\n'
        );
      return null;
    },
  };
}

/**
 * The publishers' files take the story requests their loader started: data/early-requests.ts,
 * which has none to take (apps, servers, dist/live.js), becomes src/autoload/early-requests.ts.
 */
export function earlyRequests(): Plugin {
  return libraryPlugin(
    'early-requests',
    (library) => ({
      resolveId(source, importer) {
        if (!library() || source !== './early-requests.js' || !importer?.endsWith('/src/data/fetch-text.ts'))
          return null;
        return this.resolve('/src/autoload/early-requests.ts');
      },
    }),
    'pre'
  );
}

/** Fails the build when a file the loader asks for imports one its row does not list. */
export function loaderChecked(): Plugin {
  return {
    name: 'loader-checked',
    apply: 'build',
    generateBundle(_options, bundle: OutputBundle) {
      const chunk = (name: string) => {
        const file = bundle[name];
        return file?.type === 'chunk' ? file : undefined;
      };
      const loader = chunk('story-widgets.js');
      if (loader && (loader.imports.length || loader.dynamicImports.length))
        this.error(
          `the loader imports ${[...loader.imports, ...loader.dynamicImports]}: it must import nothing`
        );
      for (const files of Object.values(loaderFiles)) {
        const listed: readonly string[] = files.map((file) => `${file}.js`);
        const own = chunk(listed[0]!);
        for (const name of own?.imports ?? [])
          if (!listed.includes(name))
            this.error(`${listed[0]} imports ${name}, which src/autoload/files.ts does not list`);
      }
    },
  };
}
