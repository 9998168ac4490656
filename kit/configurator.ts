// configurator.html: an editor picks a story, an element and its options, and how the site loads
// the bundle; sees the element at a width in light and dark; and copies the codes
// (configurator-code.ts). Uses the publishers' bundle the page loads (one copy of the elements: the
// same module, imported again for its exports); reads stories with configurator-story.ts.
import {iframeCode, type EmbedChoice, type Integrity} from '../src/oembed/embed-code.js';
import type * as Library from '../src/story-widgets.js';
import type {Story} from '../src/data/schema.js';
import {articleCode, codeSize, selfContainedCode, siteCode, type SiteChoice} from './configurator-code.js';
import {choice, fill, offerLanguages, showOptions, type Choice} from './configurator-form.js';
import {readStory} from './configurator-story.js';
import {placeholderHint} from './placeholder-hint.js';

// From source (npm start's /kit/ page) the library is src/ and dist/ is the build beside it; built,
// both are this page's folder. No literal path: the build would bundle the library in again.
const fromSource = import.meta.url.endsWith('.ts');
const dist = fromSource
  ? new URL('/dist/', location.href).href
  : new URL(/* @vite-ignore */ './', import.meta.url).href;
// From source Lit runs its development build, which announces itself in the console; this page is
// a tool, not a test of Lit (lit.dev/docs/tools/development: warnings are silenced by code).
if (fromSource) (globalThis.litIssuedWarnings ??= new Set()).add('dev-mode');
const libraryUrl = fromSource ? ['', 'src', 'story-widgets.ts'].join('/') : `${dist}story-widgets.all.js`;
const lib: typeof Library = await import(/* @vite-ignore */ libraryUrl);
const integrity: Integrity = await (await fetch(`${dist}sri.json`)).json();
const docs = (page: string) => `https://github.com/story-widgets/story-widgets/blob/main/docs/${page}`;

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#choices');
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const seedUrl = `${dist}venezuela-nino-guerrero-strike.json`;
let story: Story | undefined;

field('self-hosted').value = dist;
field('cdn').value = `https://cdn.jsdelivr.net/npm/story-widgets@${integrity.version}/dist/`;
field('embed').value = `${dist}embed.html`;
offerLanguages(form, integrity);

/** A sentence, then a link into the documentation. */
function say(el: HTMLElement, text: string, page?: string, link = 'More in the documentation') {
  el.replaceChildren(text);
  if (page) el.append(' ', Object.assign(document.createElement('a'), {href: docs(page), textContent: link}));
  el.hidden = !text;
}

/** Loads and checks the story; says what is wrong, and what to do, when it cannot show. */
async function loadChosenStory(src: string) {
  const problems = $<HTMLUListElement>('#problems');
  const input = field('src');
  const reading = await readStory(src);
  story = 'story' in reading ? reading.story : undefined;
  const trouble = 'trouble' in reading ? reading.trouble : undefined;
  input.setAttribute('aria-invalid', String(Boolean(trouble)));
  $('#story-status').textContent = story ? `A valid story: ${story.title}` : trouble!.title;
  say($('#story-fix'), trouble?.fix ?? '', trouble?.docs);
  problems.replaceChildren(
    ...(trouble?.problems ?? []).map((p) => Object.assign(document.createElement('li'), {textContent: p}))
  );
  problems.hidden = !problems.children.length;
  fill(
    $('[name="lens"]'),
    (story?.lenses ?? []).map((lens) => [lens.id, lens.label]),
    'All lenses'
  );
  fill(
    $('[name="entity"]'),
    (story?.entities ?? []).map((entity) => [entity.id, entity.name])
  );
}

/** The element as the choice says, in one preview (`theme` forced to the preview's). */
function preview(frame: HTMLElement, chosen: Choice, theme: 'light' | 'dark') {
  let el = frame.firstElementChild as (HTMLElement & {storyComplete?: Promise<unknown>}) | null;
  if (el?.localName !== chosen.element) {
    el = document.createElement(chosen.element);
    frame.replaceChildren(el);
  }
  for (const {name} of [...el.attributes]) el.removeAttribute(name);
  for (const [name, value] of Object.entries({...chosen.attributes, src: chosen.src, theme}))
    if (name !== 'loading' && name !== 'refresh') el.setAttribute(name, value);
  // A CSSOM width: a strict CSP allows it, as it would not a style attribute.
  frame.style.width = `${chosen.width}px`;
  return el;
}

/** A code in its box (`site` or the article's), with what it adds to a page. */
async function show(box: 'site' | 'article', code: string, where: string) {
  const [textarea, size] = box === 'site' ? ['#site-code', '#site-size'] : ['#code', '#code-size'];
  $<HTMLTextAreaElement>(textarea).value = code;
  const {bytes, gzip} = await codeSize(code);
  $(size).textContent = code && where ? `${bytes} bytes (${gzip} gzip alone) ${where}.` : '';
  return bytes;
}

/** The codes of the kind chosen, with their notes. */
async function codes(chosen: Choice, light: HTMLElement) {
  const {element: tag, src, attributes, site, kind} = chosen;
  const inline = tag === 'entity-chip';
  const hint = inline ? undefined : await placeholderHint(light, (box) => preview(box, chosen, 'light'));
  const article = {tag, src, attributes, fallbackUrl: story?.url, placeholderHeight: hint};
  const [label, note] = [$('#code-label'), $('#code-note')];
  if (kind === 'split') {
    await show('site', siteCode(site), 'in every page of the site');
    await siteNote(siteCode(site), site);
    label.textContent = 'Article code: where the story shows';
    await show('article', articleCode(article), 'in every article that shows it');
    say(note, 'Any number of these on one page share the site code, the files and one request per story.');
  } else if (kind === 'single') {
    label.textContent = 'Self-contained code: where the story shows';
    const code = selfContainedCode(site, article);
    const bytes = await show('article', code, 'in every article that shows it');
    // What the element alone would not carry: every line before it.
    const more = bytes - (await codeSize(code.slice(code.lastIndexOf('\n') + 1))).bytes;
    const text = `For a CMS without access to the template. The stylesheet and the script come with every embed, ${more} bytes more than an article code (a browser still loads the files once). No import map, which a second embed's would conflict with: what they load later is not pinned. No defaults for the whole site.`;
    say(note, text, 'publishers.md#the-configurator', 'Site code and article code');
  } else if (kind === 'iframe') {
    label.textContent = 'Iframe: where the story shows';
    const {locale: lang, theme} = site.defaults ?? {};
    const embed = {src, element: tag, attributes, lang, theme: theme as EmbedChoice['theme']};
    const size = {
      title: story?.title ?? 'Story',
      width: chosen.width,
      height: Math.ceil(light.getBoundingClientRect().height) || 480,
    };
    await show('article', iframeCode(field('embed').value, embed, size), 'in every article that shows it');
    say(note, 'embed.html shows only stories from the origins it allows.', 'publishers.md#iframe', 'Iframe');
  } else {
    label.textContent = 'Story page URL: on a line of its own';
    await show('article', story?.url ?? '', '');
    const text = story?.url
      ? 'Paste this link on its own line in a CMS that knows your oEmbed provider.'
      : 'This story has no url: oEmbed needs the story page.';
    say(note, text, 'publishers.md#oembed', 'oEmbed');
  }
}

/** Everything again: previews, then the codes (which take the preview's height as their hint). */
async function update() {
  const chosen = choice(form, integrity);
  showOptions(form, chosen);
  await lib.setLocale(chosen.site.defaults?.locale ?? 'en');
  const light = preview($('#preview-light'), chosen, 'light');
  preview($('#preview-dark'), chosen, 'dark');
  await light.storyComplete;
  await codes(chosen, light);
  // For whoever waits on the page (the tests): previews and codes are current.
  document.dispatchEvent(new Event('configurator-update'));
}

/** Where the site code goes, and the hash a strict CSP needs for its import map. */
async function siteNote(code: string, site: SiteChoice) {
  const map = code.match(/<script type="importmap">(.*?)<\/script>/)?.[1];
  let text = 'In the <head> of every page, before any other module script.';
  if (map) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(map));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    text += ` Under a Content-Security-Policy without 'unsafe-inline', allow the import map: 'sha256-${hash}' in script-src.`;
  }
  if (!site.integrity)
    text += ' Unpinned: serve it from a versioned URL, so pages keep the files they were tested with.';
  say($('#site-note'), text, 'publishers.md#serving-it-yourself', 'Serving it yourself');
}

// From every control of the form, also those beside the codes (form="choices").
document.addEventListener('change', async (event) => {
  if ((event.target as HTMLInputElement).name === 'src') await loadChosenStory(field('src').value);
  await update();
});
$('#seed').addEventListener('click', async () => {
  field('src').value = seedUrl;
  await loadChosenStory(seedUrl);
  await update();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', async () => {
    const code = $<HTMLTextAreaElement>(`#${button.dataset.copy}`);
    const status = $(`[data-copied="${button.dataset.copy}"]`);
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = 'Copied.';
    } catch {
      code.select();
      status.textContent = 'Selected: copy it with Ctrl+C (⌘C on a Mac).';
    }
  });
}

field('src').value = seedUrl;
await loadChosenStory(seedUrl);
await update();
