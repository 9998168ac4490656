import {emulateMedia} from '@web/test-runner-commands';
import {StoryError} from '../src/shared/story-error.js';

export const SEED_URL = '/test/fixtures/venezuela-nino-guerrero-strike.json';
export const seed = await (await fetch(SEED_URL)).json();

/** A fresh copy of the seed with `patch` applied, for one test to spoil. */
export function seedWith(patch: (story: any) => void = () => {}): any {
  const story = structuredClone(seed);
  patch(story);
  return story;
}

let keys = 0;
/**
 * A URL of the counting story endpoint (test/server.js), unique to the calling test.
 * `crossOrigin` puts it on 127.0.0.1 instead of the page's localhost, for `fail=N`.
 */
export function storyUrl(
  options: Record<string, string | number> = {},
  {crossOrigin = false} = {}
): {url: string; key: string} {
  const key = `k${Date.now()}-${keys++}`;
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

/** Resolves once `el` reaches `status`, announced by `event`, or at once if it already has. */
async function settled<T extends HTMLElement>(el: T, status: string, event: string): Promise<T> {
  await (el as any).updateComplete;
  if ((el as any).status !== status)
    await new Promise((resolve) => el.addEventListener(event, resolve, {once: true}));
  return el;
}

/** Resolves once `el` has rendered a story, or at once if it already has. */
export const storyLoaded = <T extends HTMLElement>(el: T) => settled(el, 'ready', 'story-load');

/** Resolves once `el` has failed to show a story (`story-error`), or at once if it already has. */
export const storyFailed = <T extends HTMLElement>(el: T) => settled(el, 'error', 'story-error');

/** Text of every element matching `selector` in `el`'s shadow root, trimmed. */
export function texts(el: Element, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((node) =>
    node.textContent!.replace(/\s+/g, ' ').trim()
  );
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

/**
 * Gives the page the reader's system colour scheme. Chromium emulates it; WebDriver cannot, so
 * in Firefox and WebKit the run's own system decides: a test that needs the other scheme is
 * skipped in the light pass and runs in that engine's dark-system pass.
 */
export async function systemScheme(context: Mocha.Context, scheme: 'light' | 'dark') {
  try {
    await emulateMedia({colorScheme: scheme});
  } catch {
    if (!matchMedia(`(prefers-color-scheme: ${scheme})`).matches) {
      const pass = scheme === 'dark' ? 'dark-system pass' : 'main pass';
      skipBecause(context, `this engine cannot emulate a ${scheme} system; its ${pass} runs this test`);
    }
  }
}
