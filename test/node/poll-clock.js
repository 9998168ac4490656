// What the StoryPoll tests run on: a simulated clock (node:test's mock timers) and a story host
// that answers conditional requests and records when each came.
import {readFile} from 'node:fs/promises';
import {afterEach, beforeEach, mock} from 'node:test';

export const seed = JSON.parse(
  await readFile(new URL('../fixtures/venezuela-nino-guerrero-strike.json', import.meta.url), 'utf8')
);
export const url = 'https://stories.example/story.json';

beforeEach(() => mock.timers.enable({apis: ['setTimeout', 'Date'], now: 0}));
afterEach(() => mock.timers.reset());

/** A story host: `body` is what it serves, `etag` its version; it records every request. */
export function host() {
  const state = {body: JSON.stringify(seed), version: 1, fail: false, requests: []};
  state.fetch = async (href, init) => {
    const headers = new Headers(init.headers);
    state.requests.push({at: Date.now(), ifNoneMatch: headers.get('if-none-match')});
    if (state.fail) throw new TypeError('connection reset');
    const etag = `"v${state.version}"`;
    if (headers.get('if-none-match') === etag) return new Response(null, {status: 304});
    return new Response(state.body, {headers: {etag, 'content-type': 'application/json'}});
  };
  return state;
}

/** Lets the simulated clock run `seconds`, and the requests it starts settle. */
export async function pass(seconds) {
  for (let s = 0; s < seconds; s++) {
    mock.timers.tick(1000);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  }
}
