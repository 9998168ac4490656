// The hostile corpus of StoryPoll, third pass: intervals that are not numbers, given to the
// constructor and the setter. Requests are counted over an hour of a simulated clock: none for
// an interval that is not a number of seconds (and a warning naming it), never two less than
// 10 s apart for one that is. The elements' paths (attribute, property, meta, the shared poll,
// embed.html) are counted in a browser: test/hostile-refresh.test.ts.
import assert from 'node:assert/strict';
import {mock, test} from 'node:test';
import {StoryPoll} from 'story-widgets/data';
import {host, pass, url} from './poll-clock.js';

/** Each interval that is no number of seconds, as an app or a framework may pass one. */
const notIntervals = [NaN, undefined, '30s', '', Infinity, -5, true, {seconds: 30}, '1e400'];

/** The warnings `run` made. */
async function warnings(run) {
  const warn = mock.method(console, 'warn', () => {});
  try {
    await run();
    return warn.mock.calls.map((call) => String(call.arguments[0]));
  } finally {
    warn.mock.restore();
  }
}

/** The shortest time between two of `requests`, in seconds. */
const shortestGap = (requests) =>
  Math.min(...requests.slice(1).map((request, i) => (request.at - requests[i].at) / 1000));

test('3. StoryPoll given an interval that is not a number of seconds makes no request in an hour, and warns', async () => {
  const servers = notIntervals.map(() => host());
  const said = await warnings(async () => {
    const polls = notIntervals.map(
      (interval, i) => new StoryPoll(url, {interval, fetch: servers[i].fetch, onUpdate() {}})
    );
    polls.forEach((poll) => poll.start());
    await pass(3600);
    assert.deepEqual(
      polls.map((poll) => poll.due),
      polls.map(() => false),
      'never due'
    );
    polls.forEach((poll) => poll.stop());
  });
  assert.deepEqual(
    servers.map((server) => server.requests.length),
    servers.map(() => 0)
  );
  assert.equal(said.length, notIntervals.length);
  for (const [i, shown] of [
    'NaN',
    'undefined',
    '"30s"',
    '""',
    'Infinity',
    '-5',
    'true',
    '[object Object]',
    '"1e400"',
  ].entries())
    assert.ok(said[i].includes(shown) && /no polling/.test(said[i]), said[i]);
});

test('3. StoryPoll whose interval is set to one that is not a number stops; with a number, start() goes on', async () => {
  const server = host();
  const poll = new StoryPoll(url, {interval: 60, fetch: server.fetch, onUpdate() {}});
  poll.start();
  await pass(60);
  assert.equal(server.requests.length, 1);
  const said = await warnings(async () => {
    for (const interval of [NaN, '30s', -1]) {
      poll.interval = interval;
      assert.equal(poll.interval, 0);
      assert.equal(poll.running, false);
      await pass(1200);
    }
  });
  assert.equal(server.requests.length, 1, 'no request while the interval was none');
  assert.equal(said.length, 3);
  poll.interval = 30;
  poll.start();
  await pass(30);
  assert.equal(server.requests.length, 2);
  poll.stop();
});

test('3. 0 means never; under 10 s counts as 10; an interval past an hour is kept, not cut to an hour', async () => {
  const never = host();
  const fast = host();
  const slow = host();
  const polls = [
    new StoryPoll(url, {interval: 0, fetch: never.fetch, onUpdate() {}}),
    new StoryPoll(url, {interval: '0.5', fetch: fast.fetch, onUpdate() {}}),
    new StoryPoll(url, {interval: 5400, fetch: slow.fetch, onUpdate() {}}),
  ];
  polls.forEach((poll) => poll.start());
  await pass(5400);
  polls.forEach((poll) => poll.stop());
  assert.equal(never.requests.length, 0);
  assert.equal(fast.requests.length, 540);
  assert.equal(shortestGap(fast.requests), 10);
  assert.deepEqual(
    slow.requests.map((request) => request.at),
    [5_400_000]
  );
});

test('3. whatever happens to it (failures, intervals changed, shown again), no two requests are 10 s apart', async () => {
  const server = host();
  const poll = new StoryPoll(url, {interval: 1, fetch: server.fetch, onUpdate() {}, onError() {}});
  poll.start();
  await pass(25);
  server.fail = true;
  poll.interval = 2;
  await pass(100);
  server.fail = false;
  for (const interval of [3, 10, 0.1, '1']) {
    poll.interval = interval;
    if (poll.due) await poll.now();
    await pass(7);
  }
  poll.stop();
  assert.ok(server.requests.length > 5);
  // fetchText retries a failed connection once, at once: one request each time, then.
  const attempts = server.requests.filter((request, i, all) => request.at !== all[i - 1]?.at);
  assert.ok(shortestGap(attempts) >= 10, `${shortestGap(attempts)} s`);
});
