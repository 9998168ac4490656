/// <reference types="node" />
import {fstat} from 'node:fs';
import {stat, writeFile} from 'node:fs/promises';
import {basename} from 'node:path';
import {promisify} from 'node:util';
import {quote} from '../data/quote.js';
import {httpHref} from '../data/safe-url.js';
import {parseStory, storyProblems} from '../data/story-format.js';
import {UsageError} from './help.js';
import {inputName, read, readJson, type Values} from './input.js';
import {MarkdownError, storyFromMarkdown} from './markdown.js';
import {attributeNameProblem, defaultTag, isTag, tags, type StoryWidgetTag} from '../elements.js';
import {oembed} from '../oembed/index.js';
import {template} from '../oembed/options.js';

const httpUrl = (url: string) => httpHref(url) !== undefined;

/** `--element`, checked: one of the four (each of them, where it repeats). */
function element(values: Values, command: string): StoryWidgetTag {
  return elements(values, command)[0];
}

function elements(values: Values, command: string): StoryWidgetTag[] {
  const asked = [values.element ?? defaultTag].flat() as string[];
  for (const tag of asked)
    if (!isTag(tag))
      throw new UsageError(`--element is one of ${tags.join(', ')}, not ${quote(tag)}`, command);
  return asked as StoryWidgetTag[];
}

/**
 * Refuses, before anything is read, an `-o` that is the command's input: the same file by any
 * name (a symbolic or hard link to it), or the file standard input reads.
 */
async function notTheInput(input: string, file: unknown) {
  if (typeof file !== 'string') return;
  const target = await stat(file).catch(() => undefined);
  if (!target) return;
  const source =
    input === '-'
      ? await promisify(fstat)(0).catch(() => undefined)
      : /^https?:\/\//i.test(input)
        ? undefined
        : await stat(input).catch(() => undefined);
  if (source && source.dev === target.dev && source.ino === target.ino)
    throw new Error(`-o ${inputName(file)} is the input: writing there would destroy it`);
}

/** `-o file` gets the text exactly (a story JSON as the site writes its own); a terminal a last newline. */
async function output(text: string, file: unknown) {
  if (typeof file === 'string') await writeFile(file, text);
  else process.stdout.write(`${text}\n`);
}

/** Warnings an import prints, at most: a page that earns thousands says so in a line. */
const WARNINGS = 20;

/** `story-widgets import page.md`: the story page as story JSON. */
export async function importPage(input: string, values: Values): Promise<number> {
  await notTheInput(input, values.output);
  const {text} = await read(input, values, 'import');
  const name = input === '-' ? 'stdin' : inputName(input);
  let warnings = 0;
  const warn = (line: number, message: string) => {
    if (++warnings <= WARNINGS) process.stderr.write(`${name}:${line}: warning: ${message}\n`);
  };
  try {
    const story = storyFromMarkdown(text, {
      lang: values.lang as string | undefined,
      id: (values.id as string | undefined) ?? basename(input).replace(/\.(md|markdown)$/i, ''),
      warn,
    });
    await output(JSON.stringify(story, null, 2), values.output);
    return 0;
  } catch (error) {
    if (!(error instanceof MarkdownError)) throw error;
    process.stderr.write(`${name}:${error.line}: ${error.message}\n`);
    return 1;
  } finally {
    if (warnings > WARNINGS) process.stderr.write(`${name}: ${warnings - WARNINGS} more warnings\n`);
  }
}

/** `story-widgets validate story.json`: every problem, with its path. */
export async function validate(input: string, values: Values): Promise<number> {
  const json = await readJson(input, values, 'validate');
  if (!json) return 1;
  const {value, url} = json;
  const name = inputName(input);
  const problems = storyProblems(value, url);
  for (const problem of problems) process.stderr.write(`${name}: ${problem.message}\n`);
  if (problems.length) {
    process.stderr.write(`${name}: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n`);
    return 1;
  }
  process.stdout.write(`${name}: a valid story (version 1): ${quote((value as {title: string}).title)}\n`);
  return 0;
}

/** `story-widgets render story.json --element …`: the elements' server-rendered HTML. */
export async function render(input: string, values: Values): Promise<number> {
  const theme = values.theme as string | undefined;
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') {
    throw new UsageError(`--theme is light or dark, not ${quote(theme)}`, 'render');
  }
  const attributes: Record<string, string> = {};
  for (const pair of (values.attribute as string[] | undefined) ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--attribute is name=value, not ${quote(pair)}`, 'render');
    const problem = attributeNameProblem(pair.slice(0, at));
    if (problem) throw new UsageError(`--attribute: ${problem}`, 'render');
    attributes[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const asked = elements(values, 'render');
  await notTheInput(input, values.output);
  const json = await readJson(input, values, 'render');
  if (!json) return 1;
  let story;
  try {
    story = parseStory(json.value, json.url);
  } catch (error) {
    process.stderr.write(`${inputName(input)}: ${(error as Error).message}\n`);
    return 1;
  }
  // Loaded only here: Lit's server renderer is an optional peer dependency (README).
  const {renderStoryWidget, storyWidgetsPage} = await import('../server/index.js').catch((error: Error) => {
    if (!error.message.includes("'@lit-labs/ssr'")) throw error;
    throw new Error("render needs Lit's server renderer: npm install @lit-labs/ssr", {cause: error});
  });
  const options = {
    lang: values.lang as string | undefined,
    theme: theme as 'light' | 'dark' | undefined,
    attributes,
    id: values.id as string | undefined,
  };
  // Several elements are one page's: the first carries the inline JSON, the others point to it.
  const page = values['no-data']
    ? {render: (tag: StoryWidgetTag) => renderStoryWidget(tag, story, {...options, data: false})}
    : storyWidgetsPage();
  const html = [];
  for (const tag of asked) html.push(await page.render(tag, story, options));
  await output(html.join('\n'), values.output);
  return 0;
}

/** `story-widgets oembed <story-page-url> --embed …`: the oEmbed response a provider gives for it. */
export async function oembedCommand(input: string, values: Values): Promise<number> {
  const embed = values.embed as string | undefined;
  if (!embed) throw new UsageError('oembed needs --embed, the URL of your dist/embed.html', 'oembed');
  if (!httpUrl(embed))
    throw new UsageError(`--embed is the http(s) URL of embed.html, not ${quote(embed)}`, 'oembed');
  if (!httpUrl(input))
    throw new UsageError(`${quote(input)} is not the http(s) URL of a story page`, 'oembed');
  const page = new URL(input);
  // Neither asked for nor written into the embed: fetch refuses credentials, and output never shows them.
  page.username = page.password = '';
  const storyJson = (values['story-json'] as string | undefined) ?? '{url}.json';
  const src = template(storyJson, page);
  if (!httpUrl(src)) throw new UsageError(`--story-json makes ${quote(src)}, not an http(s) URL`, 'oembed');
  const query = new URLSearchParams({url: page.href});
  for (const name of ['maxwidth', 'maxheight']) if (values[name]) query.set(name, String(values[name]));
  let cause: string | undefined;
  const {status, body} = await oembed(query, {
    embedUrl: embed,
    // The command answers for the page it is given, with its story where --story-json puts it:
    // whoever runs it chose both. Redirects still stay on that origin.
    origins: [new URL(src).origin],
    pages: /.*/,
    storyJson,
    providerName: (values['provider-name'] as string | undefined) ?? page.host,
    embed: {element: element(values, 'oembed')},
    // The command's user ran the provider's side too: tell the cause, not the answer's summary.
    onError: (error) => void (cause = error.message),
  });
  if (status !== 200) {
    process.stderr.write(`${inputName(input)}: ${status}: ${cause ?? body.error}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  return 0;
}
