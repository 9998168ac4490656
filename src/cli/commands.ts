/// <reference types="node" />
import {readFile, writeFile} from 'node:fs/promises';
import {basename} from 'node:path';
import {parseStory, storyProblems} from '../data/story-format.js';
import {StoryError} from '../data/story-error.js';
import {UsageError} from './help.js';
import {MarkdownError, storyFromMarkdown} from './markdown.js';
import {oembed} from '../oembed/index.js';

type Values = Record<string, string | boolean | string[] | undefined>;

/** Text of a file, a URL (`http(s)`), or standard input (`-`); and the URL it came from. */
async function read(input: string): Promise<{text: string; url?: string}> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return {text: Buffer.concat(chunks).toString('utf8')};
  }
  if (/^https?:\/\//i.test(input)) {
    const response = await fetch(input, {signal: AbortSignal.timeout(30_000)});
    if (!response.ok)
      throw new StoryError('http', `${input}: HTTP ${response.status}`, {status: response.status});
    return {text: await response.text(), url: response.url};
  }
  try {
    return {text: await readFile(input, 'utf8')};
  } catch (error) {
    const {code} = error as {code?: string};
    throw code === 'ENOENT' ? new Error(`${input}: no such file`) : error;
  }
}

/** `-o file` gets the text exactly (a story JSON as the site writes its own); a terminal a last newline. */
async function output(text: string, file: unknown) {
  if (typeof file === 'string') await writeFile(file, text);
  else process.stdout.write(`${text}\n`);
}

/** `story-widgets import page.md`: the story page as story JSON. */
export async function importPage(input: string, values: Values): Promise<number> {
  const {text} = await read(input);
  const name = input === '-' ? 'stdin' : input;
  try {
    const story = storyFromMarkdown(text, {
      lang: values.lang as string | undefined,
      id: (values.id as string | undefined) ?? basename(input).replace(/\.(md|markdown)$/i, ''),
      warn: (line, message) => process.stderr.write(`${name}:${line}: warning: ${message}\n`),
    });
    await output(JSON.stringify(story, null, 2), values.output);
    return 0;
  } catch (error) {
    if (!(error instanceof MarkdownError)) throw error;
    process.stderr.write(`${name}:${error.line}: ${error.message}\n`);
    return 1;
  }
}

/** `story-widgets validate story.json`: every problem, with its path. */
export async function validate(input: string): Promise<number> {
  const {text, url} = await read(input);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`${input}: not JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const problems = storyProblems(value, url);
  for (const problem of problems) process.stderr.write(`${input}: ${problem.message}\n`);
  if (problems.length) {
    process.stderr.write(`${input}: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n`);
    return 1;
  }
  process.stdout.write(`${input}: a valid story (version 1): ${(value as {title: string}).title}\n`);
  return 0;
}

/** `story-widgets render story.json --element …`: the element's server-rendered HTML. */
export async function render(input: string, values: Values): Promise<number> {
  const theme = values.theme as string | undefined;
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') {
    throw new UsageError(`--theme is light or dark, not "${theme}"`, 'render');
  }
  const attributes: Record<string, string> = {};
  for (const pair of (values.attribute as string[] | undefined) ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--attribute is name=value, not "${pair}"`, 'render');
    attributes[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const {text, url} = await read(input);
  let story;
  try {
    story = parseStory(JSON.parse(text), url);
  } catch (error) {
    process.stderr.write(`${input}: ${(error as Error).message}\n`);
    return 1;
  }
  // Loaded only here: Lit's server renderer is an optional peer dependency (README).
  const {renderStoryWidget, storyWidgetTags} = await import('../server/index.js').catch((error: Error) => {
    if (!error.message.includes("'@lit-labs/ssr'")) throw error;
    throw new Error("render needs Lit's server renderer: npm install @lit-labs/ssr", {cause: error});
  });
  const tag = (values.element as string | undefined) ?? 'story-summary';
  if (!(storyWidgetTags as readonly string[]).includes(tag)) {
    throw new UsageError(`--element is one of ${storyWidgetTags.join(', ')}, not "${tag}"`, 'render');
  }
  const html = await renderStoryWidget(tag as (typeof storyWidgetTags)[number], story, {
    lang: values.lang as string | undefined,
    theme: theme as 'light' | 'dark' | undefined,
    attributes,
    id: values.id as string | undefined,
    data: !values['no-data'],
  });
  await output(html, values.output);
  return 0;
}

/** `story-widgets oembed <story-page-url> --embed …`: the oEmbed response a provider gives for it. */
export async function oembedCommand(input: string, values: Values): Promise<number> {
  const embed = values.embed as string | undefined;
  if (!embed) throw new UsageError('oembed needs --embed, the URL of your dist/embed.html', 'oembed');
  let page: URL;
  try {
    page = new URL(input);
  } catch {
    throw new UsageError(`"${input}" is not the URL of a story page`, 'oembed');
  }
  const query = new URLSearchParams({url: page.href});
  for (const name of ['maxwidth', 'maxheight']) if (values[name]) query.set(name, String(values[name]));
  const {status, body} = await oembed(query, {
    embedUrl: embed,
    // The command answers for the page it is given: whoever runs it chose the URL.
    pages: /^/,
    storyJson: (values['story-json'] as string | undefined) ?? '{url}.json',
    providerName: (values['provider-name'] as string | undefined) ?? page.host,
    embed: {element: (values.element as string | undefined) ?? 'story-summary'},
  });
  if (status !== 200) {
    process.stderr.write(`${input}: ${status}: ${body.error}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  return 0;
}
