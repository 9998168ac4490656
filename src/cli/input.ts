/// <reference types="node" />
// What the commands read: a file, standard input or a URL, each within a size limit, and never
// echoed back in an error.
import {readFile, stat} from 'node:fs/promises';
import {fetchOnOrigins} from '../data/fetch-on-origins.js';
import {fetchText} from '../data/fetch-text.js';
import {UsageError} from './help.js';

export type Values = Record<string, string | boolean | string[] | undefined>;

/** Bytes an input may have unless `--max-bytes` says more: as many as the elements accept. */
const MAX_BYTES = 2_000_000;

/** `--max-bytes`, checked. */
function maxBytes(values: Values, command: string): number {
  const given = values['max-bytes'];
  if (given === undefined) return MAX_BYTES;
  if (typeof given !== 'string' || !/^[1-9]\d*$/.test(given))
    throw new UsageError(`--max-bytes is a whole number of bytes, not "${String(given)}"`, command);
  return Number(given);
}

/**
 * Text of a file, a URL (`http(s)`), or standard input (`-`), at most `--max-bytes`; and the URL it
 * came from. A URL's redirects are followed only on its own origin.
 */
export async function read(
  input: string,
  values: Values,
  command: string
): Promise<{text: string; url?: string}> {
  const limit = maxBytes(values, command);
  const tooLarge = () => new Error(`${input} is larger than ${limit} bytes (--max-bytes raises the limit)`);
  if (input === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).byteLength;
      if (size > limit) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
    return {text: Buffer.concat(chunks).toString('utf8')};
  }
  if (/^https?:\/\//i.test(input)) {
    const {text, url} = await fetchText(input, new AbortController(), {
      timeout: 30_000,
      maxBytes: limit,
      fetch: fetchOnOrigins([new URL(input).origin]),
    });
    return {text, url};
  }
  const file = await stat(input).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT'
      ? new Error(`${input}: no such file`)
      : new Error(`${input}: ${error.code}`);
  });
  if (!file.isFile()) throw new Error(`${input}: not a file`);
  if (file.size > limit) throw tooLarge();
  return {text: await readFile(input, 'utf8')};
}

/** What JSON.parse says of a text, without the piece of it V8 quotes: that may be a secret. */
const notJson = (input: string, error: Error) =>
  `${input}: not JSON: ${error.message.replace(/^Unexpected token .*, ".*"(\.\.\.)? is not valid JSON$/s, 'unexpected text')}`;

/** The input parsed as JSON; `undefined` (the problem told on stderr) when it is not JSON. */
export async function readJson(input: string, values: Values, command: string) {
  const {text, url} = await read(input, values, command);
  try {
    return {value: JSON.parse(text) as unknown, url};
  } catch (error) {
    process.stderr.write(`${notJson(input, error as Error)}\n`);
    return undefined;
  }
}
