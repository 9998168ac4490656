import {expect} from '@open-wc/testing';
import {loadStory} from '../src/data/load-story.js';
import {StoryError} from '../src/data/story-error.js';
import {
  corruptGzipIsEmptyInWebKit,
  isWebKit,
  rejection,
  requestCount,
  seed,
  serverSaw,
  skipBecause,
  storyUrl,
} from './helpers.js';

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
    expect(error.message).to.match(/not JSON at line \d+, column \d+$/);
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

describe('loadStory on a broken network', () => {
  it('retries once when the body breaks off mid-stream, and reports a network error if it breaks again', async () => {
    const once = storyUrl({body: 'drop', break: 1});
    expect((await loadStory(once.url)).id).to.equal(seed.id);
    expect(await requestCount(once.key)).to.equal(2);
    const twice = storyUrl({body: 'drop', break: 2});
    const error = await rejection(loadStory(twice.url));
    expect(error).to.be.instanceOf(StoryError);
    expect(error.kind).to.equal('network');
    expect(await requestCount(twice.key)).to.equal(2);
  });

  it('treats a corrupt gzip body as a network failure, retried once', async function () {
    if (isWebKit) skipBecause(this, corruptGzipIsEmptyInWebKit);
    const once = storyUrl({body: 'gzip', break: 1});
    expect((await loadStory(once.url)).id).to.equal(seed.id);
    const twice = storyUrl({body: 'gzip', break: 2});
    const error = await rejection(loadStory(twice.url));
    expect([error.constructor.name, error.kind]).to.deep.equal(['StoryError', 'network']);
  });

  it('reports a connection reset as a network error', async () => {
    const {url} = storyUrl({body: 'reset', break: 99});
    const error = await rejection(loadStory(url));
    expect([error.constructor.name, error.kind]).to.deep.equal(['StoryError', 'network']);
  });

  it('times out on a body that never ends', async () => {
    const {url} = storyUrl({body: 'never', break: 9});
    const error = await rejection(loadStory(url, {timeout: 300}));
    expect([error.constructor.name, error.kind]).to.deep.equal(['StoryError', 'timeout']);
  });

  it('times out even when fetch ignores the abort and never settles', async () => {
    const real = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const error = await rejection(loadStory(storyUrl().url, {timeout: 200}));
      expect([error.constructor.name, error.kind]).to.deep.equal(['StoryError', 'timeout']);
    } finally {
      window.fetch = real;
    }
  });

  it('rejects a malformed URL with a StoryError instead of throwing', async () => {
    let promise: Promise<unknown> | undefined;
    expect(() => (promise = loadStory('http://[::1'))).not.to.throw();
    const error = await rejection(promise!);
    expect(error).to.be.instanceOf(StoryError);
    expect(error.message).to.equal('Not a URL');
  });

  it('reports 204 No Content as an HTTP error', async () => {
    const error = await rejection(loadStory(storyUrl({status: 204}).url));
    expect([error.kind, error.status]).to.deep.equal(['http', 204]);
  });

  it('accepts a story served as text/plain', async () => {
    expect((await loadStory(storyUrl({body: 'text'}).url)).id).to.equal(seed.id);
  });

  it('reads its options by own properties only: a polluted prototype changes nothing', async () => {
    const proto = Object.prototype as any;
    proto.timeout = 1;
    try {
      expect((await loadStory(storyUrl({delay: 100}).url, {})).id).to.equal(seed.id);
    } finally {
      delete proto.timeout;
    }
  });

  it('fetches again with reload, revalidating with the server', async () => {
    const {url, key} = storyUrl();
    await loadStory(url);
    await loadStory(url);
    expect(await requestCount(key)).to.equal(1);
    await loadStory(url, {reload: true});
    expect(await requestCount(key)).to.equal(2);
  });

  it('gives a story nobody can change: a listener that mutates it changes no later render', async () => {
    const story = await loadStory(storyUrl().url);
    expect(Object.isFrozen(story) && Object.isFrozen(story.lenses![0].takes[0])).to.equal(true);
    expect(() => ((story as any).title = 'changed')).to.throw(TypeError);
  });
});
