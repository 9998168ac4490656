// configurator.html: an editor picks a story, an element and its options, sees it at a width in
// light and dark, and copies the embed code. Uses the publishers' bundle the page loads (one
// copy of the elements: the same module, imported again for its exports); checks stories with
// the data layer's validator, which this page carries itself.
import {iframeCode, scriptCode, type EmbedChoice, type Integrity} from '../src/oembed/embed-code.js';
import type * as Library from '../src/story-widgets.js';
import type {Story} from '../src/data/schema.js';
import {parseStory, storyProblems} from '../src/data/story-format.js';
import {elements, isTag} from '../src/elements.js';
import {placeholderHint} from './placeholder-hint.js';

// From source (Vite's dev server, the tests) the library is src/; built, it is the file beside.
// No literal path: the build would bundle the library into this page again.
const fromSource = import.meta.url.endsWith('.ts');
const beside = (file: string) => new URL(/* @vite-ignore */ file, import.meta.url).href;
const libraryUrl = fromSource ? ['', 'src', 'story-widgets.ts'].join('/') : beside('story-widgets.js');
const lib: typeof Library = await import(/* @vite-ignore */ libraryUrl);
const integrity: Integrity = await (await fetch(fromSource ? '/dist/sri.json' : beside('sri.json'))).json();

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#choices');
const codeForm = $<HTMLFormElement>('#code-form');
const code = $<HTMLTextAreaElement>('#code');
// Built, the seed is beside this page; from source, the dev server serves it at its root.
const seedUrl = new URL(`${fromSource ? '/' : ''}venezuela-nino-guerrero-strike.json`, location.href).href;
let story: Story | undefined;

$<HTMLInputElement>('#cdn').value = `https://cdn.jsdelivr.net/npm/story-widgets@${integrity.version}/dist/`;
$<HTMLInputElement>('#embed-url').value = new URL('embed.html', location.href).href;

/** The attributes of `element` the form offers: all it has but those the form sets apart. */
const options = (element: string) =>
  isTag(element)
    ? Object.keys(elements[element].attributes).filter((name) => !['src', 'loading', 'theme'].includes(name))
    : [];

/** What the form says to embed. */
function choice(): EmbedChoice & {element: string} {
  const data = new FormData(form);
  const element = String(data.get('element'));
  const attributes: Record<string, string> = {};
  // Every option of the form that is an attribute of the element (src/elements.ts).
  for (const name of options(element)) {
    const value = data.getAll(name).map(String).filter(Boolean).join(' ');
    if (value) attributes[name] = value;
  }
  if (data.get('lazy')) attributes.loading = 'lazy';
  const theme = data.get('theme') as EmbedChoice['theme'] | '';
  const lang = String(data.get('lang') ?? '');
  return {
    src: String(data.get('src')),
    element,
    attributes,
    theme: theme || undefined,
    lang: lang || undefined,
  };
}

/** Options that apply to the chosen element only. */
function showOptions(element: string) {
  for (const option of document.querySelectorAll<HTMLElement>('[data-option]')) {
    option.hidden = !options(element).includes(option.dataset.option!);
  }
}

/** `<option>`s of a select, from the story's lenses or entities. */
function fill(select: HTMLSelectElement, options: [string, string][], empty?: string) {
  const current = select.value;
  select.replaceChildren(
    ...(empty ? [new Option(empty, '')] : []),
    ...options.map(([value, text]) => new Option(text, value, false, value === current))
  );
}

/** Loads and checks the story; lists every problem with its path. */
async function loadChosenStory(src: string) {
  const status = $('#story-status');
  const problems = $<HTMLUListElement>('#problems');
  problems.hidden = true;
  story = undefined;
  let value: unknown;
  try {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    value = JSON.parse(await response.text());
  } catch (error) {
    status.textContent = `The story could not be read: ${(error as Error).message}`;
    return;
  }
  const found = storyProblems(value, src);
  if (found.length) {
    status.textContent = `${found.length} problem${found.length > 1 ? 's' : ''} in this story:`;
    problems.replaceChildren(
      ...found.map((p) => Object.assign(document.createElement('li'), {textContent: p.message}))
    );
    problems.hidden = false;
    return;
  }
  story = parseStory(value, src);
  status.textContent = `A valid story: ${story.title}`;
  fill(
    $('[name="lens"]'),
    (story.lenses ?? []).map((lens) => [lens.id, lens.label]),
    'All lenses'
  );
  fill(
    $('[name="entity"]'),
    (story.entities ?? []).map((entity) => [entity.id, entity.name])
  );
}

/** The element as the choice says, in one preview (`theme` forced to the preview's). */
function preview(frame: HTMLElement, chosen: ReturnType<typeof choice>, theme: 'light' | 'dark') {
  let el = frame.firstElementChild as (HTMLElement & {storyComplete?: Promise<unknown>}) | null;
  if (el?.localName !== chosen.element) {
    el = document.createElement(chosen.element);
    frame.replaceChildren(el);
  }
  for (const {name} of [...el.attributes]) el.removeAttribute(name);
  for (const [name, value] of Object.entries({...chosen.attributes, src: chosen.src, theme}))
    el.setAttribute(name, value);
  el.removeAttribute('loading');
  // A CSSOM width: a strict CSP allows it, as it would not a style attribute.
  frame.style.width = `${new FormData(form).get('width')}px`;
  return el;
}

/** Everything again: previews, then the code (which takes the preview's height as its hint). */
async function update() {
  const chosen = choice();
  showOptions(chosen.element);
  await lib.setLocale(chosen.lang ?? 'en');
  const [light] = [
    preview($('#preview-light'), chosen, 'light'),
    preview($('#preview-dark'), chosen, 'dark'),
  ];
  await light.storyComplete;
  const height = Math.ceil(light.getBoundingClientRect().height) || 480;
  const width = Number(new FormData(form).get('width'));
  const kind = new FormData(codeForm).get('kind');
  const cdn = $<HTMLInputElement>('#cdn').value;
  const embed = $<HTMLInputElement>('#embed-url').value;
  const note = $('#code-note');
  if (kind === 'iframe') {
    code.value = iframeCode(embed, chosen, {title: story?.title ?? 'Story', width, height});
    note.textContent = 'embed.html shows only stories from the origins it allows (README, "Iframe").';
  } else if (kind === 'oembed') {
    code.value = story?.url ?? '';
    note.textContent = story?.url
      ? 'Paste this link on its own line in a CMS that knows your oEmbed provider (README, "oEmbed").'
      : 'This story has no url: oEmbed needs the story page.';
  } else {
    const inline = chosen.element === 'entity-chip';
    const hint = inline ? undefined : await placeholderHint(light, (box) => preview(box, chosen, 'light'));
    code.value = scriptCode(cdn, integrity, chosen, {fallbackUrl: story?.url, placeholderHeight: hint});
    note.textContent = 'The meta and the import map go in your page’s head, before any other module script.';
  }
  // For whoever waits on the page (the tests): previews and code are current.
  document.dispatchEvent(new Event('configurator-update'));
}

form.addEventListener('change', async (event) => {
  if ((event.target as HTMLInputElement).name === 'src') await loadChosenStory(choice().src);
  await update();
});
for (const input of document.querySelectorAll('[name="kind"], #code-form input'))
  input.addEventListener('change', () => void update());
$('#seed').addEventListener('click', async () => {
  $<HTMLInputElement>('#src').value = seedUrl;
  await loadChosenStory(seedUrl);
  await update();
});
$('#copy').addEventListener('click', async () => {
  const status = $('#copy-status');
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = 'Copied.';
  } catch {
    code.select();
    status.textContent = 'Selected: copy it with Ctrl+C (⌘C on a Mac).';
  }
});

$<HTMLInputElement>('#src').value = seedUrl;
await loadChosenStory(seedUrl);
await update();
