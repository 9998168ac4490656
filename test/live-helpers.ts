// What the live-story tests drive: a story that changes on the test server (live-server.js),
// the page's visibility, and the clock StoryPoll reads to decide that a request is due.

import type {StoryElement} from '../src/core/story-element.js';
import {nextFrame, storyLoaded} from './helpers.js';

/** Adds `n` new takes to the story's second lens. */
export const newTakes = (story: any, n: number) =>
  story.lenses[1].takes.push(
    ...Array.from({length: n}, (_, i) => ({outlet: `Outlet ${i}`, url: `https://example.org/new-${i}`}))
  );

let keys = 0;

/** A live story URL of its own (the seed until `publish`), and its key. */
export function liveUrl({crossOrigin = false} = {}) {
  const key = `live${Date.now()}-${keys++}`;
  const origin = crossOrigin ? `http://127.0.0.1:${location.port}` : '';
  return {url: `${origin}/api/live?key=${key}`, key};
}

/** Publishes a new version of the story at `key`. */
export async function publish(key: string, story: unknown) {
  await fetch(`/api/live?key=${key}`, {method: 'PUT', body: JSON.stringify(story)});
}

/** Makes the next `n` requests for `key` fail with a 503. */
export async function failNext(key: string, n: number) {
  await fetch(`/api/live?key=${key}&fail=${n}`, {method: 'PUT'});
}

export interface Logged {
  method: string;
  status: number;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
}

/** Every request the server saw for `key`. */
export async function log(key: string): Promise<Logged[]> {
  return (await fetch(`/api/live/log?key=${key}`)).json();
}

/** Resolves once the server has logged `count` requests for `key`. */
export async function logged(key: string, count: number): Promise<Logged[]> {
  for (;;) {
    const entries = await log(key);
    if (entries.length >= count) return entries;
    await new Promise(requestAnimationFrame);
  }
}

let shift = 0;
const realNow = Date.now;

/** Moves the clock `seconds` on, as if the reader had stayed that long; `reset` puts it back. */
export function later(seconds: number) {
  shift += seconds * 1000;
  Date.now = () => realNow() + shift;
}

let hidden = false;
Object.defineProperty(document, 'visibilityState', {
  configurable: true,
  get: () => (hidden ? 'hidden' : 'visible'),
});

/** Hides or shows the page, as switching tabs does. */
export function pageHidden(value: boolean) {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The reader comes back after `seconds` away: hidden, the clock moves on, shown. */
export function comeBackAfter(seconds: number) {
  pageHidden(true);
  later(seconds);
  pageHidden(false);
}

export function reset() {
  shift = 0;
  Date.now = realNow;
  hidden = false;
}

/** A `tag` element showing the live story at `url`, every 60 s unless `attributes` say otherwise. */
export async function live(tag: string, url: string, attributes: Record<string, string> = {}) {
  const element = document.createElement(tag) as StoryElement;
  for (const [name, value] of Object.entries({src: url, refresh: '60', ...attributes}))
    element.setAttribute(name, value);
  document.body.append(element);
  await storyLoaded(element);
  // What keeps it current loads after its first render, and then follows it.
  await import('../src/live.js');
  await nextFrame();
  return element;
}

/**
 * Another live story on the page has made its next check: whatever check was due for the story
 * under test has been made by then too (both polls are woken by the same return).
 */
export async function aLaterCheck(tag = 'story-numbers') {
  const control = liveUrl();
  await live(tag, control.url);
  comeBackAfter(61);
  await logged(control.key, 2);
}
