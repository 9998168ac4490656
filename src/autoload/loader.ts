// The publishers' script, dist/story-widgets.js: a loader that imports nothing up front. It waits
// for the page's first paint (afterFirstPaint), and defines nothing until one of the elements is in
// the page (or comes into it); then it imports the files the page needs (files.ts), all at once,
// and starts each story's request from the `src` it sees, beside them, with the page's locale
// module: the elements take those requests once defined (early-requests.ts), so the loader adds no
// round trip before a story, nor before its words. Built on its own
// (scripts/loader.vite.config.ts): what it imports is copied into it, never shared with the
// elements' files.
import {negotiateLocale, sourceLocale} from '../i18n/negotiate.js';
import {earlyRequestsKey, storyRequest} from './early-requests.js';
import {blockStoryFile, blockTags, chipTag, loaderFiles, storyFile} from './files.js';
// For the types only: the tags this script defines, in HTMLElementTagNameMap (no code).
export type {} from '../define.js';

// `import.meta.url` through a variable, as in scripts/vite/transforms.ts (Vite would otherwise
// look for the files at build time). Relative to this file: the query a page gives it
// (`story-widgets.js?v=3`) is not theirs, and the files name each other without one, so that each
// is one module whichever imports it first.
const base = import.meta.url;
const asked = new Set<string>();
const selector = [chipTag, ...blockTags].join();
let chipsOnly: boolean | undefined;

/** Imports dist/<name>.js once; a failure leaves the elements' fallback content showing. */
function load(name: string) {
  if (asked.has(name)) return;
  asked.add(name);
  import(/* @vite-ignore */ new URL(`./${name}.js`, base).href).catch((error: Error) =>
    console.warn(`story-widgets: ${name}.js`, error)
  );
}

/**
 * The page's `<meta name="story-widgets:…">`, as page/page-defaults.ts reads it for the elements
 * (of the four it reads, the loader needs two: a copy of these lines weighs less than the import).
 */
const pageDefault = (name: string) =>
  document
    .querySelector<HTMLMetaElement>(`meta[name="story-widgets:${name}" i]`)
    ?.content.trim()
    .toLowerCase() || undefined;

/**
 * Starts the story's request of an element that will ask for it at once, as it would ask. Not for
 * a lazy element (its request waits for the viewport), inline JSON (`#id`), a server's output
 * (it shows its story already) or an element a framework will hydrate.
 */
function requestEarly(element: Element, pageLoading?: string) {
  const src = element.getAttribute('src');
  const loading = element.getAttribute('loading')?.trim().toLowerCase() ?? pageLoading;
  if (!src || src[0] === '#' || loading === 'lazy' || element.shadowRoot) return;
  if (element.hasAttribute('data-server-rendered') || element.hasAttribute('defer-hydration')) return;
  try {
    const url = new URL(src, element.baseURI);
    url.username = url.password = '';
    const page = globalThis as {[earlyRequestsKey]?: Map<string, Promise<Response>>};
    const requests = (page[earlyRequestsKey] ??= new Map());
    if (!requests.has(url.href)) {
      const request = fetch(url, storyRequest);
      // Unclaimed, a failure is the element's to report when it asks again.
      request.catch(() => {});
      requests.set(url.href, request);
      // For the elements of the page as it loads: one that nobody took within the elements' own
      // timeout (an element removed before its file came) goes, or an element added much later
      // would show the story as it was then.
      setTimeout(() => requests.get(url.href) === request && requests.delete(url.href), 10_000);
    }
  } catch {
    // Not a URL: the element says so once defined.
  }
}

/**
 * Defines the elements in `root` and starts their stories. The loader watches the document for
 * elements added later; an element inside a shadow root is not in it: call `discover(shadowRoot)`
 * (exported), or import the element's module (`story-widgets/<tag>.js`).
 */
export function discover(root: ParentNode = document) {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.push(root);
  // Already defined (by the loader, an app's own import, another copy): each asks for its story.
  const waiting = found.filter((element) => !customElements.get(element.localName));
  if (!waiting.length) return;
  // The words of the page's language, as localization.ts negotiates them from the same places.
  const tag = pageDefault('locale') || document.documentElement.lang;
  const locale = negotiateLocale(tag);
  if (locale !== sourceLocale) load(`locales/${locale}`);
  const loading = pageDefault('loading');
  for (const element of waiting) requestEarly(element, loading);
  load(storyFile);
  const blocks = waiting.some((element) => element.localName !== chipTag);
  if (blocks) load(blockStoryFile);
  // The page's first elements choose: the whole in one file, or the chip's alone; blocks that
  // come later to a page of chips take their file on top of the chip's, never a second copy.
  chipsOnly ??= !blocks;
  const files = chipsOnly ? (blocks ? loaderFiles.blocks : loaderFiles.chip) : loaderFiles.all;
  files.forEach(load);
  warmIntl(tag);
}

let warmed = false;

/**
 * While the files are on their way, has the engine load the `Intl` data a first story needs:
 * otherwise it loads between the story's arrival and its paint. On a phone (4× CPU) a first
 * sentence `Segmenter` (the summary's cut) takes some 50 ms, a first date, number or region
 * name 5–20 ms each; later ones, well under 1 ms. Each in an idle moment of its own.
 */
function warmIntl(tag: string) {
  if (warmed) return;
  warmed = true;
  const locales = tag || undefined;
  const warm = [
    () => [...new Intl.Segmenter(locales, {granularity: 'sentence'}).segment('A. B.')],
    () => new Intl.DateTimeFormat(locales, {dateStyle: 'long'}).format(0),
    () => new Intl.NumberFormat(locales).format(1),
    () => new Intl.DisplayNames(locales, {type: 'region'}).of('US'),
  ];
  const idle = globalThis.requestIdleCallback ?? setTimeout;
  for (const make of warm)
    idle(() => {
      try {
        make();
      } catch {
        // A tag the engine refuses: the elements format in their own locale then.
      }
    });
}

/**
 * Runs `start` once the page has painted its first frame, as the browser reports it (Paint Timing,
 * once the frame is on screen). The page's own text and images paint without our requests
 * competing with theirs, and an element shows nothing before that frame anyway. A page that
 * paints nothing until the elements show reports no paint: it starts three frames on, by which a
 * paint would have been reported; a hidden page, which runs no frame, after `wait` ms.
 */
function afterFirstPaint(start: () => void, wait = 200) {
  let started = false;
  const once = () => started || ((started = true), start());
  const soon = () => setTimeout(once);
  if (PerformanceObserver.supportedEntryTypes?.includes('paint'))
    new PerformanceObserver((_, observer) => (observer.disconnect(), soon())).observe({
      type: 'paint',
      buffered: true,
    });
  let frames = 0;
  const frame = () => (++frames < 3 ? requestAnimationFrame(frame) : soon());
  requestAnimationFrame(frame);
  setTimeout(once, wait);
}

afterFirstPaint(() => {
  discover();
  // Elements that come later: added by a page's script, a framework, an infinite scroll; until
  // every element is on its way.
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    if (asked.has(loaderFiles.all[0]) || asked.has(loaderFiles.blocks[0])) observer.disconnect();
  });
  observer.observe(document, {childList: true, subtree: true});
});
