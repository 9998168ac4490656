// The command line as the hostile corpus runs it: a process of its own, with a scratch folder for
// the files it reads, and the outcome every refusal must have.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after} from 'node:test';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const scratch = mkdtempSync(join(tmpdir(), 'story-widgets-hostile-'));
/** The seed story's page, as the site writes it in markdown. */
export const seedPage = readFileSync(
  join(root, 'test/fixtures/markdown/venezuela-nino-guerrero-strike.md'),
  'utf8'
);
after(() => rmSync(scratch, {recursive: true, force: true}));

let files = 0;
/** `text` as a file of the scratch folder. */
export function file(text, extension = 'md') {
  const path = join(scratch, `${++files}.${extension}`);
  writeFileSync(path, text);
  return path;
}

/** Past this a case has failed whatever it prints: it would have run away. */
const GIVE_UP = 10_000;

/**
 * Runs the command line; its exit code (`'killed'` past 10 s), output and how long it took, in
 * milliseconds of the test's own clock, which the test prints and never asserts.
 */
export const run = (args, input) =>
  new Promise((resolve) => {
    const started = performance.now();
    const child = execFile(
      process.execPath,
      [join(root, 'dist/cli.js'), ...args],
      {maxBuffer: 100_000_000, timeout: GIVE_UP, killSignal: 'SIGKILL'},
      (error, stdout, stderr) =>
        resolve({
          code: error ? (error.killed ? 'killed' : error.code) : 0,
          stdout,
          stderr,
          ms: Math.round(performance.now() - started),
        })
    );
    child.stdin.on('error', () => {}); // it may stop reading at its limit
    if (input !== undefined) child.stdin.end(input);
  });

/** Runs the command line for test `t`, which prints how long it ran. */
export async function timed(t, args, input) {
  const result = await run(args, input);
  t.diagnostic(`${result.ms} ms`);
  return result;
}

/**
 * Asserts a refusal: `code`, a short message matching `message` and nothing else, no output, no
 * stack trace or overflow.
 */
export function refused({code, stdout, stderr}, message, expected = 1) {
  assert.equal(code, expected, stderr.slice(0, 500));
  assert.equal(stdout, '');
  assert.match(stderr, message);
  assert.doesNotMatch(stderr, /\n\s+at |Maximum call stack|heap out of memory/);
  assert.ok(stderr.length < 600, `a message of ${stderr.length} characters`);
}
