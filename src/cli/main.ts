#!/usr/bin/env node
/// <reference types="node" />
// `story-widgets`, the package's command line: import a story page, validate a story, render an
// element on the server. Exit codes: 0 done, 1 the input is wrong, 2 the command is.
import {readFileSync} from 'node:fs';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {importPage, oembedCommand, render, validate} from './commands.js';
import {help, UsageError} from './help.js';

const commands: Record<string, {options: ParseArgsConfig['options']; run: typeof render}> = {
  import: {
    options: {
      output: {type: 'string', short: 'o'},
      lang: {type: 'string'},
      id: {type: 'string'},
      'max-bytes': {type: 'string'},
    },
    run: importPage,
  },
  render: {
    options: {
      element: {type: 'string', short: 'e'},
      lang: {type: 'string'},
      theme: {type: 'string'},
      attribute: {type: 'string', short: 'a', multiple: true},
      id: {type: 'string'},
      'no-data': {type: 'boolean'},
      output: {type: 'string', short: 'o'},
      'max-bytes': {type: 'string'},
    },
    run: render,
  },
  validate: {options: {'max-bytes': {type: 'string'}}, run: validate},
  oembed: {
    options: {
      embed: {type: 'string'},
      'story-json': {type: 'string'},
      'provider-name': {type: 'string'},
      element: {type: 'string', short: 'e'},
      maxwidth: {type: 'string'},
      maxheight: {type: 'string'},
    },
    run: oembedCommand,
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help(name === 'help' ? rest[0] : undefined));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    // This runs as dist/cli.js (scripts/build-cli.js).
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {...command.options, help: {type: 'boolean', short: 'h'}},
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message, name);
  }
  const {values, positionals} = parsed;
  if (values.help) {
    process.stdout.write(help(name));
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(`${name} takes one input, got ${positionals.length}`, name);
  return command.run(positionals[0], values);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error & {command?: string}) => {
    const usage = error instanceof UsageError;
    process.stderr.write(`story-widgets: ${error.message}\n`);
    if (usage)
      process.stderr.write(
        `Run "story-widgets ${error.command ?? ''} --help" for usage.\n`.replace('  ', ' ')
      );
    process.exitCode = usage ? 2 : 1;
  }
);
