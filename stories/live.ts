// What the Live story runs on, all inside the page: a story that changes once, served to the
// elements' own requests (as holdRequests serves the loading state: nothing leaves the machine),
// a clock that stands still, and a reader who leaves the tab and comes back.
import type {Story} from '../src/index.js';
import {seed} from './support.js';

/** Where the live story is published: answered by `serveLiveStory`, never by a server. */
export const LIVE_SRC = 'fixtures/live/venezuela-nino-guerrero-strike.json';

/** The clock: four minutes after the first version, as the reader opens the page. */
export const OPENED = Date.parse('2026-06-12T18:09:00Z');
/** How long the reader is away from the tab: the second version comes out meanwhile. */
export const AWAY_MINUTES = 11;

const first: Story = {...seed, updated: '2026-06-12T18:05:00Z'};

/** The second version: one more take, published three minutes before the reader comes back. */
const second: Story = {
  ...seed,
  updated: '2026-06-12T18:17:00Z',
  lenses: seed.lenses?.map((lens) =>
    lens.id === 'us-mainstream'
      ? {
          ...lens,
          takes: [
            ...lens.takes,
            {
              outlet: 'Example Wire',
              url: 'https://news.example.org/2026/06/12/strike-caracas-confirms',
              country: 'US',
              lang: 'en',
              summary: 'Caracas confirms the joint operation and names the units that took part.',
            },
          ],
        }
      : lens
  ),
};

/**
 * Answers requests for `LIVE_SRC`: the first version to the first request, the second to every
 * later one; other requests go through. Freezes the clock at `OPENED`; `comeBack()` moves it on.
 * Returns what puts the page back as it was.
 */
export function serveLiveStory() {
  const {fetch: realFetch} = window;
  const realNow = Date.now;
  let requests = 0;
  let now = OPENED;
  let hidden = false;
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes(LIVE_SRC)
      ? Promise.resolve(
          new Response(JSON.stringify(requests++ ? second : first), {
            headers: {'content-type': 'application/json'},
          })
        )
      : realFetch(input, init);
  Date.now = () => now;
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  return {
    /** The reader leaves the tab and comes back `AWAY_MINUTES` later: a check is due at once. */
    comeBack() {
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      now += AWAY_MINUTES * 60_000;
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
    },
    restore() {
      window.fetch = realFetch;
      Date.now = realNow;
      delete (document as {visibilityState?: unknown}).visibilityState;
    },
  };
}
