/// <reference types="node" />
// What the commands read: a file, standard input or a URL, each within a size limit, and never
// echoed back in an error.
import {readFile, stat} from 'node:fs/promises';
import {fetchOnOrigins} from '../data/fetch-on-origins.js';
import {fetchText} from '../data/fetch-text.js';
import {notJson} from '../data/not-json.js';
import {quote} from '../data/quote.js';
import {UsageError} from './help.js';

export type Values = Record<string, string | boolean | string[] | undefined>;

/** Bytes an input may have unless `--max-bytes` says more: as many as the elements accept. */
const MAX_BYTES = 2_000_000;

/** `input` as messages name it: a long name, or a URL's credentials, never shows whole. */
export const inputName = (input: string) => quote(input).slice(1, -1);

/** `--max-bytes`, checked. */
function maxBytes(values: Values, command: string): number {
  const given = values['max-bytes'];
  if (given === undefined) return MAX_BYTES;
  if (typeof given !== 'string' || !/^[1-9]\d*$/.test(given))
    throw new UsageError(`--max-bytes is a whole number of bytes, not ${quote(given)}`, command);
  return Number(given);
}

/**
 * Text of a file, a URL (`http(s)`), or standard input (`-`), at most `--max-bytes`; and the URL it
 * came from. A URL's redirects are followed only on its own origin; its credentials are not sent.
 */
export async function read(
  input: string,
  values: Values,
  command: string
): Promise<{text: string; url?: string}> {
  const limit = maxBytes(values, command);
  const name = inputName(input);
  const tooLarge = () => new Error(`${name} is larger than ${limit} bytes (--max-bytes raises the limit)`);
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
    const url = new URL(input);
    url.username = url.password = '';
    const {text, url: from} = await fetchText(url.href, new AbortController(), {
      timeout: 30_000,
      maxBytes: limit,
      fetch: fetchOnOrigins([url.origin]),
    });
    return {text, url: from};
  }
  const file = await stat(input).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${name}: ${error.code === 'ENOENT' ? 'no such file' : error.code}`);
  });
  if (!file.isFile()) throw new Error(`${name}: not a file`);
  if (file.size > limit) throw tooLarge();
  return {text: await readFile(input, 'utf8')};
}

/** The input parsed as JSON; `undefined` (the problem told on stderr) when it is not JSON. */
export async function readJson(input: string, values: Values, command: string) {
  const {text, url} = await read(input, values, command);
  try {
    return {value: JSON.parse(text) as unknown, url};
  } catch {
    process.stderr.write(`${inputName(input)}: ${notJson(text)}\n`);
    return undefined;
  }
}
