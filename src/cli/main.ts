#!/usr/bin/env node
/// <reference types="node" />
// `story-widgets`, the package's command line: import a story page, validate a story, render an
// element on the server. Exit codes: 0 done, 1 the input is wrong, 2 the command is.
import {readFileSync} from 'node:fs';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {quote, withoutCredentials} from '../data/quote.js';
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
      element: {type: 'string', short: 'e', multiple: true},
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
  if (!command) throw new UsageError(`unknown command ${quote(name)}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {...command.options, help: {type: 'boolean', short: 'h'}},
      allowPositionals: true,
    });
  } catch (error) {
    // parseArgs quotes the option it did not take, whole: cut here as every value is.
    const message = (error as Error).message.replace(/'([^']{80,})'/g, (_, value: string) => quote(value));
    throw new UsageError(message, name);
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

/** The longest error a message shows: anything longer quoted more than it should have. */
const LONGEST = 400;

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error & {command?: string}) => {
    const usage = error instanceof UsageError;
    // Whatever said it (ours, Node's, the network's): no credentials, no screenful.
    const message = withoutCredentials(String(error.message));
    const shown = message.length > LONGEST ? `${message.slice(0, LONGEST - 1)}…` : message;
    process.stderr.write(`story-widgets: ${shown}\n`);
    if (usage)
      process.stderr.write(
        `Run "story-widgets ${error.command ?? ''} --help" for usage.\n`.replace('  ', ' ')
      );
    process.exitCode = usage ? 2 : 1;
  }
);
