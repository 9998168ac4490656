// StoryPoll in Node, on a simulated clock (node:test's mock timers) against a story host that
// answers conditional requests: what is requested when, with which validators, and what reaches
// onUpdate and onError. The browsers' side (their HTTP cache, the elements) is live.test.ts's.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseStory, StoryPoll} from 'story-widgets/data';
import {host, pass, seed, url} from './poll-clock.js';

test('asks again every interval with the last ETag; a 304 changes nothing, a new version updates', async () => {
  const server = host();
  const updates = [];
  const poll = new StoryPoll(url, {
    interval: 60,
    story: parseStory(seed, url),
    fetch: server.fetch,
    onUpdate: (story, previous) => updates.push({story, previous}),
  });
  poll.start();
  await pass(59);
  assert.equal(server.requests.length, 0, 'nothing before the interval');
  await pass(1);
  // The first answer is a 200 (the poll has no validators yet) with the story already shown.
  assert.equal(server.requests.length, 1);
  assert.equal(updates.length, 0, 'the same story again is no update');
  await pass(60);
  assert.deepEqual(server.requests[1], {at: 120_000, ifNoneMatch: '"v1"'});
  assert.equal(updates.length, 0, 'a 304 is no update');
  server.version = 2;
  server.body = JSON.stringify({...seed, dek: 'Revised dek'});
  await pass(60);
  assert.equal(updates.length, 1);
  assert.equal(updates[0].story.dek, 'Revised dek');
  assert.equal(updates[0].previous.dek, seed.dek);
  assert.equal(poll.story.dek, 'Revised dek');
  await pass(60);
  assert.equal(server.requests.at(-1).ifNoneMatch, '"v2"');
  assert.equal(updates.length, 1);
  poll.stop();
  await pass(300);
  assert.equal(server.requests.length, 4, 'stopped: no request');
});

test('an interval under 10 s is raised to 10 s; a change of interval takes effect at once', async () => {
  const server = host();
  const poll = new StoryPoll(url, {interval: 1, fetch: server.fetch, onUpdate() {}});
  assert.equal(poll.interval, 10);
  poll.start();
  await pass(30);
  assert.deepEqual(
    server.requests.map((r) => r.at),
    [10_000, 20_000, 30_000]
  );
  poll.interval = 60;
  await pass(60);
  assert.deepEqual(
    server.requests.map((r) => r.at),
    [10_000, 20_000, 30_000, 90_000]
  );
  poll.stop();
});

test('failures back off (twice, four times the interval) and keep the story; success resets', async () => {
  const server = host();
  const errors = [];
  const updates = [];
  const story = parseStory(seed, url);
  const poll = new StoryPoll(url, {
    interval: 10,
    story,
    fetch: server.fetch,
    onUpdate: (s) => updates.push(s),
    onError: (error) => errors.push(error),
  });
  server.fail = true;
  poll.start();
  await pass(10 + 20 + 40);
  // fetchText retries a network failure once: two requests per attempt.
  assert.deepEqual([...new Set(server.requests.map((r) => r.at))], [10_000, 30_000, 70_000]);
  assert.equal(errors.length, 3);
  assert.equal(errors[0].kind, 'network');
  assert.equal(poll.story, story, 'the shown story stays');
  server.fail = false;
  server.version = 2;
  server.body = 'not json';
  await pass(80);
  assert.equal(errors.length, 4, 'a broken document is an error too');
  assert.equal(errors[3].kind, 'parse');
  assert.equal(updates.length, 0);
  server.body = JSON.stringify({...seed, title: 'New title'});
  server.version = 3;
  await pass(160);
  assert.equal(updates.length, 1);
  const after = server.requests.length;
  await pass(10);
  assert.equal(server.requests.length, after + 1, 'back to the interval');
  poll.stop();
});

test('now() asks at once; due says whether an interval has passed', async () => {
  const server = host();
  const poll = new StoryPoll(url, {interval: 60, fetch: server.fetch, onUpdate() {}});
  assert.equal(poll.due, true);
  await poll.now();
  assert.equal(server.requests.length, 1);
  assert.equal(poll.due, false);
  await pass(60);
  assert.equal(server.requests.length, 2, 'now() scheduled the next');
  poll.stop();
  assert.throws(() => new StoryPoll('http://[bad', {interval: 60, onUpdate() {}}), /Not a URL/);
});
