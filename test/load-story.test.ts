import {expect} from '@open-wc/testing';
import {loadStory} from '../src/data/load-story.js';
import {StoryError} from '../src/data/story-error.js';
import {rejection, requestCount, seed, serverSaw, storyUrl} from './helpers.js';

describe('loadStory', () => {
  it('loads and validates a story over HTTP', async () => {
    const {url, key} = storyUrl();
    const story = await loadStory(url);
    expect(story.title).to.equal(seed.title);
    expect(story.entities![0].url).to.equal('https://rbtfl.xyz/zh/entity/venezuela-crisis');
    expect(await requestCount(key)).to.equal(1);
  });

  it('makes one request for ten concurrent callers', async () => {
    const {url, key} = storyUrl({delay: 50});
    const stories = await Promise.all(Array.from({length: 10}, () => loadStory(url)));
    expect(new Set(stories).size).to.equal(1);
    expect(await requestCount(key)).to.equal(1);
  });

  it('shares one request between relative and absolute spellings of a URL', async () => {
    const {url, key} = storyUrl();
    await Promise.all([loadStory(url), loadStory(new URL(url, location.href).href)]);
    expect(await requestCount(key)).to.equal(1);
  });

  it('cancels only the aborting caller', async () => {
    const {url, key} = storyUrl({delay: 100});
    const controller = new AbortController();
    const leaving = loadStory(url, {signal: controller.signal});
    const staying = loadStory(url);
    controller.abort();
    const error = await rejection(leaving);
    expect(error.name).to.equal('AbortError');
    expect((await staying).id).to.equal(seed.id);
    expect(await requestCount(key)).to.equal(1);
  });

  it('rejects at once for an already aborted signal', async () => {
    const {url, key} = storyUrl();
    const error = await rejection(loadStory(url, {signal: AbortSignal.abort()}));
    expect(error.name).to.equal('AbortError');
    expect(await requestCount(key)).to.equal(0);
  });

  it('drops the request when every caller aborts, and a later call starts afresh', async () => {
    const {url, key} = storyUrl({delay: 100});
    const a = new AbortController();
    const b = new AbortController();
    const first = loadStory(url, {signal: a.signal});
    const second = loadStory(url, {signal: b.signal});
    await serverSaw(key, 1);
    a.abort();
    b.abort();
    await rejection(first);
    await rejection(second);
    expect((await loadStory(url)).id).to.equal(seed.id);
    expect(await requestCount(key)).to.equal(2);
  });

  it('times out', async () => {
    const {url} = storyUrl({delay: 1000});
    const error: StoryError = await rejection(loadStory(url, {timeout: 100}));
    expect(error).to.be.instanceOf(StoryError);
    expect(error.kind).to.equal('timeout');
  });

  for (const status of [404, 500]) {
    it(`reports HTTP ${status} with its status`, async () => {
      const {url, key} = storyUrl({status});
      const error: StoryError = await rejection(loadStory(url));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(status);
      expect(error.message).to.contain(String(status));
      expect(await requestCount(key), 'no retry after an HTTP error').to.equal(1);
    });
  }

  it('reports HTML instead of JSON as a parse error', async () => {
    const {url} = storyUrl({body: 'html'});
    const error: StoryError = await rejection(loadStory(url));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('text/html');
  });

  it('reports truncated JSON as a parse error', async () => {
    const {url} = storyUrl({body: 'truncated'});
    const error: StoryError = await rejection(loadStory(url));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('not valid JSON');
  });

  it('reports an invalid document with the bad field', async () => {
    const error: StoryError = await rejection(loadStory('/test/fixtures/invalid-take-url.json'));
    expect(error.kind).to.equal('invalid');
    expect(error.message).to.contain('lenses[2].takes[0].url');
  });

  it('refuses a response over the size cap', async () => {
    const {url} = storyUrl({body: 'big'});
    const error: StoryError = await rejection(loadStory(url));
    expect(error.kind).to.equal('http');
    expect(error.message).to.contain('larger than');
  });

  it('retries once after a network failure', async () => {
    const {url, key} = storyUrl({fail: 1}, {crossOrigin: true});
    expect((await loadStory(url)).id).to.equal(seed.id);
    expect(await requestCount(key)).to.equal(2);
  });

  it('gives a network error after two network failures, and does not cache the failure', async () => {
    const {url, key} = storyUrl({fail: 2}, {crossOrigin: true});
    const error: StoryError = await rejection(loadStory(url));
    expect(error.kind).to.equal('network');
    expect(await requestCount(key)).to.equal(2);
    expect((await loadStory(url)).id).to.equal(seed.id);
    expect(await requestCount(key)).to.equal(3);
  });
});
