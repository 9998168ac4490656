import {fixture, html} from '@open-wc/testing';
import {emulateMedia, executeServerCommand} from '@web/test-runner-commands';
import {nothing} from 'lit';
import {StoryError} from '../src/data/story-error.js';
import type {StoryState} from '../src/core/story-controller.js';
import type {StoryElement} from '../src/core/story-element.js';

export const SEED_URL = '/test/fixtures/venezuela-nino-guerrero-strike.json';
export const seed = await (await fetch(SEED_URL)).json();

/** A fresh copy of the seed with `patch` applied, for one test to spoil. */
export function seedWith(patch: (story: any) => void = () => {}): any {
  const story = structuredClone(seed);
  patch(story);
  return story;
}

/**
 * A URL of the counting story endpoint (test/server.js), unique to the calling test.
 * `crossOrigin` puts it on 127.0.0.1 instead of the page's localhost, for `fail=N`.
 */
export function storyUrl(
  options: Record<string, string | number> = {},
  {crossOrigin = false} = {}
): {url: string; key: string} {
  // Unique across the pages that run at once, not only within this one.
  const key = `k${crypto.randomUUID()}`;
  const params = new URLSearchParams({key});
  for (const [name, value] of Object.entries(options)) params.set(name, String(value));
  const origin = crossOrigin ? `http://127.0.0.1:${location.port}` : '';
  return {url: `${origin}/api/story?${params}`, key};
}

/** How many requests the server saw for `key`. */
export async function requestCount(key: string): Promise<number> {
  return (await (await fetch(`/api/count?key=${key}`)).json()).count;
}

/** Resolves once the server has seen `count` requests for `key` (a request is in flight). */
export async function serverSaw(key: string, count: number): Promise<void> {
  while ((await requestCount(key)) < count) await new Promise(requestAnimationFrame);
}

/** The rejection of `promise`, failing the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** The StoryError thrown by `fn`. */
export function storyErrorOf(fn: () => unknown): StoryError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoryError) return error;
    throw error;
  }
  throw new Error('expected a StoryError');
}

type Settling = Element & {storyComplete: Promise<StoryState>};

/** Resolves once `el` has rendered its story; fails the test if the story failed instead. */
export async function storyLoaded<T extends Settling>(el: T): Promise<T> {
  const state = await el.storyComplete;
  if (state.status !== 'ready') {
    throw new Error(
      `<${el.localName}> ${state.status}${state.status === 'error' ? `: ${state.error.message}` : ''}`
    );
  }
  return el;
}

/** Resolves with the error once `el` has failed to show its story; fails the test if it rendered. */
export async function storyFailed(el: Settling): Promise<StoryError> {
  const state = await el.storyComplete;
  if (state.status !== 'error') throw new Error(`<${el.localName}> ${state.status}, expected an error`);
  return state.error;
}

/**
 * The four elements on one story, as a publisher places them, each with a fallback link; the
 * chip shows the entity `venezuela`.
 */
export async function allFour({src, story}: {src?: string; story?: unknown}): Promise<StoryElement[]> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <story-summary src=${src ?? nothing} .story=${story}
        ><a href="https://example.org/s">Summary fallback</a></story-summary
      >
      <takes-by-lens src=${src ?? nothing} .story=${story} limit="2"
        ><a href="https://example.org/t">Takes fallback</a></takes-by-lens
      >
      <story-numbers src=${src ?? nothing} .story=${story}
        ><a href="https://example.org/n">Numbers fallback</a></story-numbers
      >
      <entity-chip src=${src ?? nothing} .story=${story} entity="venezuela"
        ><a href="https://example.org/c">Chip fallback</a></entity-chip
      >
    </div>`
  );
  return [...wrapper.children] as StoryElement[];
}

const inlined: Element[] = [];
afterEach(() => inlined.splice(0).forEach((script) => script.remove()));

/**
 * A `<script type="application/json" id=…>` holding `story` (or JSON text), as a CMS inlines it,
 * removed after the test. Returns the `src` that names it: `#id`.
 */
/**
 * Opens a test page in an 800 × 600 iframe of this document, once loaded; `problems` are what
 * test/pages/record-problems.js saw there.
 */
export async function openFrame(src: string) {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow! as Window & typeof globalThis & {problems: string[]};
  return {frame, win, problems: win.problems};
}

/** Resolves when `el`, in its page's window, is defined and has rendered its story. */
export async function definedAndLoaded<T extends Settling>(el: T): Promise<T> {
  await el.ownerDocument.defaultView!.customElements.whenDefined(el.localName);
  return storyLoaded(el);
}

/**
 * Server output in an iframe of this document, as a publisher's page holds it: `body` in a page
 * of language `lang` (right to left for Arabic) under the publishers' strictest policy, which
 * allows the fixtures' style nonce, with `head` added; `scripts: false` sandboxes it.
 */
export async function openServerOutput(
  body: string,
  {lang, height, scripts = true, head = ''}: {lang: string; height: number; scripts?: boolean; head?: string}
) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.width = '640';
  frame.height = String(height);
  // Firefox reads 'self' in an about:srcdoc page as no origin: the test server's, by name.
  const self = location.origin;
  frame.srcdoc = `<!doctype html>
    <html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src ${self}; script-src ${self}; style-src ${self} 'nonce-fixture'; require-trusted-types-for 'script'; trusted-types lit-html test">
    <script src="/test/pages/record-problems.js"></script>${head}
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return {frame, win: frame.contentWindow as Window & typeof globalThis & {problems?: string[]}};
}

/**
 * Adds the publishers' script to `win`'s page, as a publisher's own script loader would: through
 * a Trusted Types policy where the engine has them (the pages' CSP requires them).
 */
export function addPublishersScript(win: Window & typeof globalThis) {
  const script = win.document.createElement('script');
  script.type = 'module';
  const {trustedTypes} = win as unknown as {
    trustedTypes?: {createPolicy: (name: string, rules: object) => any};
  };
  const policy = trustedTypes?.createPolicy('test', {createScriptURL: (url: string) => url});
  script.src = (policy?.createScriptURL('/dist/story-widgets.js') ?? '/dist/story-widgets.js') as string;
  win.document.head.append(script);
}

export function inlineStory(id: string, story: unknown): string {
  const script = Object.assign(document.createElement('script'), {type: 'application/json', id});
  script.text = typeof story === 'string' ? story : JSON.stringify(story);
  document.body.append(script);
  inlined.push(script);
  return `#${id}`;
}

/** Text of every element matching `selector` in `el`'s shadow root, trimmed. */
export function texts(el: Element, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((node) =>
    node.textContent!.replace(/\s+/g, ' ').trim()
  );
}

/**
 * What a screen reader says of each element matching `selector` in `el`'s shadow root, roughly:
 * its text without what is hidden from it (`aria-hidden`), spaces tidied.
 */
export function spoken(el: Element, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((node) => {
    const copy = node.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
}

/** What a sighted reader sees of `node`: its text without what only screen readers get. */
export function visibleText(node: Node): string {
  const copy = document.createElement('div');
  copy.append(...[...node.childNodes].map((child) => child.cloneNode(true)));
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** What a sighted reader sees of each element matching `selector` in `el`'s shadow root. */
export function shown(el: Element, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map(visibleText);
}

/** Lets the browser run a rendering step, where IntersectionObserver callbacks are delivered. */
export const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Skips the running test and says why in its title, which the run's summary lists: where the
 * engines differ, a test says so instead of passing silently.
 */
export function skipBecause(context: Mocha.Context, reason: string): never {
  context.test!.title += ` (${reason})`;
  context.skip();
}

/** The engine is WebKit (Safari's; here WebKitGTK): Chromium's user agent names WebKit too. */
/** The engine is Gecko (Firefox ESR here). */
export const isFirefox = /Firefox\//.test(navigator.userAgent);

export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrom/.test(navigator.userAgent);

/** WebKitGTK's network stack hands on a corrupt gzip body as an empty one, without an error. */
export const corruptGzipIsEmptyInWebKit =
  'WebKitGTK hands on a corrupt gzip body as an empty one, with no network error: it reads as a parse error';

/** Whether the engine can emulate the system colour scheme; known after the first try. */
let emulates: boolean | undefined;

/**
 * Gives the page the reader's system colour scheme. Chromium emulates it; WebDriver cannot, so
 * in Firefox and WebKit the run's own system decides: a test that needs the other scheme is
 * skipped in the main pass and runs in that engine's dark-system pass.
 */
export async function systemScheme(context: Mocha.Context, scheme: 'light' | 'dark') {
  if (emulates !== false) {
    emulates = await emulateMedia({colorScheme: scheme}).then(
      () => true,
      () => false
    );
  }
  if (!emulates && !matchMedia(`(prefers-color-scheme: ${scheme})`).matches) {
    const pass = scheme === 'dark' ? 'dark-system pass' : 'main pass';
    skipBecause(context, `this engine cannot emulate a ${scheme} system; its ${pass} runs this test`);
  }
}

/** Ends an emulated system colour scheme. */
export async function resetSystemScheme() {
  if (emulates) await emulateMedia({colorScheme: 'light'});
}

/** Every box in `el`'s shadow tree (and its chips') that reaches past `column`'s edges. */
/**
 * What a reader can see of `box` across the page: its box, cut by every ancestor (in its shadow
 * tree) that clips its overflow — a separator a meta line clips at the start of a line is no
 * overflow.
 */
function visibleRect(box: Element) {
  let {left, right} = box.getBoundingClientRect();
  for (let at = box.parentElement; at; at = at.parentElement) {
    if (!/hidden|clip/.test(getComputedStyle(at).overflowX)) continue;
    const clip = at.getBoundingClientRect();
    left = Math.max(left, clip.left + at.clientLeft);
    right = Math.min(right, clip.left + at.clientLeft + at.clientWidth);
  }
  return {left, right, width: Math.max(0, right - left)};
}

export function overflowing(el: Element, column: DOMRect): string[] {
  const boxes = [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
    node.shadowRoot ? [node, ...node.shadowRoot.querySelectorAll('*')] : [node]
  );
  return boxes
    .filter((box) => !box.closest('.visually-hidden') && box.getClientRects().length)
    .filter((box) => {
      const rect = visibleRect(box);
      return rect.width > 0 && (rect.left < column.left - 0.5 || rect.right > column.right + 0.5);
    })
    .map((box) => `${box.localName}${box.getAttribute('part') ? `[part=${box.getAttribute('part')}]` : ''}`);
}

/**
 * Emulates media features (`forced-colors`, `prefers-contrast`) for the running test, or skips it
 * where the engine cannot (only Chromium can, through its DevTools protocol).
 */
export async function mediaFeatures(context: Mocha.Context, features: {name: string; value: string}[]) {
  try {
    await executeServerCommand('media-features', {features});
  } catch {
    skipBecause(context, `this engine cannot emulate ${features.map((f) => f.name).join(' and ')}`);
  }
}

/** Ends emulated media features and print media (where they were emulated). */
export async function resetMedia() {
  await executeServerCommand('media-features', {features: []}).catch(() => {});
  if (emulates !== false) await emulateMedia({media: 'screen'}).catch(() => {});
}
