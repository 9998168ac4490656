/// <reference types="node" />
// What the commands read: a file (a FIFO, a device or a /proc file alike), standard input or a
// URL, each up to a number of bytes counted as they arrive — never the size a file reports, which
// a FIFO or /proc says is 0 — and never echoed back in an error.
import {constants} from 'node:buffer';
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import type {Readable} from 'node:stream';
import {fetchOnOrigins} from '../data/fetch-on-origins.js';
import {fetchText} from '../data/fetch-text.js';
import {notJson} from '../data/not-json.js';
import {quote} from '../data/quote.js';
import {UsageError} from './help.js';

export type Values = Record<string, string | boolean | string[] | undefined>;

/** Bytes a story may have unless `--max-bytes` says more: as many as the elements accept. */
const MAX_BYTES = 2_000_000;
/**
 * Bytes a page may have: forty times the seed's 5 kB. Reading markdown takes time with its
 * structure (a JSON story's does not): at this size any page the limits let through reads in well
 * under a second.
 */
const MAX_PAGE_BYTES = 200_000;
/** The most `--max-bytes` may allow: the longest text Node can hold. */
const MOST_BYTES = constants.MAX_STRING_LENGTH;

/** `input` as messages name it: a long name, or a URL's credentials, never shows whole. */
export const inputName = (input: string) => quote(input).slice(1, -1);

/** `--max-bytes`, checked: a whole number of bytes a text can hold. */
function maxBytes(values: Values, command: string): number {
  const given = values['max-bytes'];
  if (given === undefined) return command === 'import' ? MAX_PAGE_BYTES : MAX_BYTES;
  const bytes = typeof given === 'string' && /^[1-9]\d*$/.test(given) ? Number(given) : NaN;
  if (!(bytes <= MOST_BYTES))
    throw new UsageError(
      `--max-bytes is a whole number of bytes, 1 to ${MOST_BYTES}, not ${quote(given)}`,
      command
    );
  return bytes;
}

/** A stream's bytes as text, refusing (and no longer reading) past `limit`. */
async function readAll(stream: Readable, limit: number, tooLarge: () => Error): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) {
      stream.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
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
  if (input === '-') return {text: await readAll(process.stdin, limit, tooLarge)};
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
  if (file.isDirectory()) throw new Error(`${name}: not a file`);
  // What a file says of its size is a quick refusal, never a permission.
  if (file.size > limit) throw tooLarge();
  const text = await readAll(createReadStream(input), limit, tooLarge).catch(
    (error: NodeJS.ErrnoException) => {
      throw error.code ? new Error(`${name}: ${error.code}`) : error;
    }
  );
  return {text};
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
