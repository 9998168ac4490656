// The story the configurator is pointed at, read as a reader's page would read it; when it cannot
// be, which of the usual causes it is and what to do: a server without CORS, no answer, an error
// status, an answer that is not JSON, or a story that breaks the format (every problem, with its
// path, as the validator says it).
import type {Story} from '../src/data/schema.js';
import {parseStory, storyProblems} from '../src/data/story-format.js';

/** What stops a story from showing, for the editor. */
export interface Trouble {
  /** What happened. */
  title: string;
  /** What to do about it. */
  fix: string;
  /** Where the documentation says more: a page of docs/, with its anchor. */
  docs: string;
  /** The validator's problems, each with its path. */
  problems?: string[];
}

const troubleshooting = 'publishers.md#troubleshooting';
const serving = 'publishers.md#serving-it-yourself';

/** What an error status means for the editor. */
function statusFix(status: number) {
  if (status === 404 || status === 410)
    return 'Nothing is published at this URL: check its path and file name, and that the story is published.';
  if (status === 401 || status === 403)
    return 'The server does not give the story to just anyone: story JSON must be public (the elements send no cookies).';
  return 'The server failed to answer: try again later; if it lasts, its logs say why.';
}

/** Whether the server at `src` answers at all: a `no-cors` request reaches it, whatever its headers. */
const answers = (src: string) =>
  fetch(src, {mode: 'no-cors', cache: 'no-store', signal: AbortSignal.timeout(10_000)}).then(
    () => true,
    () => false
  );

/** Loads and checks the story at `src` (absolute); resolves with it, or with what is wrong. */
export async function readStory(src: string): Promise<{story: Story} | {trouble: Trouble}> {
  if (!URL.canParse(src)) {
    const fix =
      'Paste the whole URL of the story JSON, from https:// on: the code you paste elsewhere needs it.';
    return {trouble: {title: 'This is not a URL.', fix, docs: troubleshooting}};
  }
  const {host, protocol} = new URL(src);
  if (location.protocol === 'https:' && protocol === 'http:') {
    const title = `This page is https and the story's URL is http: browsers refuse to load it here.`;
    return {
      trouble: {title, fix: 'Serve the story over https, as pages that show it will need.', docs: serving},
    };
  }
  let response: Response;
  try {
    response = await fetch(src, {cache: 'no-store', signal: AbortSignal.timeout(10_000)});
  } catch {
    // A browser reports a refused CORS read exactly as it reports a server that never answered.
    if (await answers(src)) {
      const title = `${host} answered without Access-Control-Allow-Origin, so the browser keeps the story from this page (CORS), as it would from your readers' pages.`;
      const fix = `Have the server send "Access-Control-Allow-Origin: *" (or your pages' origin) with the story.`;
      return {trouble: {title, fix, docs: serving}};
    }
    const fix = 'Check the URL, that the server runs and that this network reaches it.';
    return {trouble: {title: `No answer from ${host}.`, fix, docs: troubleshooting}};
  }
  if (!response.ok) {
    const title = `${host} answered ${response.status} ${response.statusText}`.trim() + '.';
    return {trouble: {title, fix: statusFix(response.status), docs: troubleshooting}};
  }
  let value: unknown;
  try {
    value = JSON.parse(await response.text());
  } catch {
    const type = response.headers.get('content-type')?.split(';')[0] || 'no content type';
    const title = `The answer is not JSON (served as ${type}).`;
    const fix = `It is often a web page: the story's own page, a login or an error page. Use the URL of the story's JSON file.`;
    return {trouble: {title, fix, docs: troubleshooting}};
  }
  const problems = storyProblems(value, src).map((problem) => problem.message);
  if (problems.length) {
    const title = `${problems.length} problem${problems.length > 1 ? 's' : ''} in this story:`;
    const fix = 'Fix these fields in the story JSON; the story format says what each one holds.';
    return {trouble: {title, fix, docs: 'story-format.md', problems}};
  }
  return {story: parseStory(value, src)};
}
