// The hostile corpus of `import`, third pass: pages whose line endings hide lines from the limits,
// and nesting the limits did not count (strikethrough, emphasis runs, links, images). Each is
// refused in well under a second, naming the line the Markdown reader sees; none reaches the
// reader's stack. Each test prints how long the command ran (node --test shows it too).
import {test} from 'node:test';
import {file, refused, timed} from './cli-run.js';

/** A story page of `lines`, ended by `end` (`\n`, `\r\n` or `\r` alone), with the summary first. */
const page = (lines, end) => ['# T', '', '## Summary', '', ...lines, ''].join(end);
const nestedList = (levels) => Array.from({length: levels}, (_, i) => `${' '.repeat(2 * i)}- a`);
/** `levels` of `open`/`close` around a word, each with a word of its own: `~~a ~~a x a~~ a~~`. */
const nested = (open, close, levels) => `${`${open}a `.repeat(levels)}x${` a${close}`.repeat(levels)}`;

const refuses = async (t, args, message, input) =>
  refused(await timed(t, ['import', ...args], input), message);

test('1. quotes 5,000 deep after a carriage return alone: refused, not a stack overflow', async (t) => {
  const path = file(page([`${'>'.repeat(5_000)} a`], '\r'));
  await refuses(t, [path], /:5: lists or quotes nested 5000 deep/);
});

test('1. a list 1,300 deep in lines ended by \\r: refused at its 21st level, not read for 20 s', async (t) => {
  const path = file(page(nestedList(1_300), '\r'));
  await refuses(t, [path, '--max-bytes', '2000000'], /:25: lists or quotes nested 21 deep/);
});

test("1. a list 25 deep from standard input, \\r\\n and \\r mixed: the line named is the reader's", async (t) => {
  const lines = nestedList(25).map((line, i) => line + (i % 2 ? '\r' : '\r\n'));
  await refuses(t, ['-'], /^stdin:25: lists or quotes nested 21 deep/, page([lines.join('')], '\r'));
});

test('2. strikethrough nested 3,000 deep (24 kB): refused, not a stack overflow', async (t) => {
  const path = file(page([nested('~~', '~~', 3_000)], '\n'));
  await refuses(t, [path], /:5: emphasis \(\* _ ~\) nested or left open 22 marks deep/);
});

test('2. strikethrough nested 100,000 deep (800 kB, --max-bytes 1000000): refused at once', async (t) => {
  const path = file(page([nested('~~', '~~', 100_000)], '\n'));
  await refuses(t, [path, '--max-bytes', '1000000'], /:5: emphasis .* nested or left open 22 marks deep/);
});

test('2. runs of *** nested 333 deep, under 2,000 marks a paragraph, page after page: refused', async (t) => {
  const paragraphs = Array.from({length: 300}, () => nested('***', '***', 333));
  const path = file(page([paragraphs.join('\n\n')], '\n'));
  await refuses(t, [path, '--max-bytes', '2000000'], /:5: emphasis .* nested or left open 21 marks deep/);
});

test('2. links nested 1,000 deep: refused, naming the line', async (t) => {
  const path = file(page(['intro', `${'['.repeat(1_000)}a${'](https://example.org/)'.repeat(1_000)}`], '\n'));
  await refuses(t, [path], /:6: links or images nested 21 deep/);
});

test('2. images nested 500 deep inside a quote: refused, naming the line', async (t) => {
  const path = file(page([`> ${'!['.repeat(500)}a${'](https://example.org/i.png)'.repeat(500)}`], '\n'));
  await refuses(t, [path], /:5: links or images nested 21 deep/);
});
