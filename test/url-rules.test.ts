// The URL rules of the story format: what becomes a link, from every source a story comes from.
import {expect} from '@open-wc/testing';
import {parseStory} from '../src/data/index.js';
import {httpHref} from '../src/data/safe-url.js';
import {seed, seedWith} from './helpers.js';

describe('URL rules', () => {
  it('resolves relative URLs against the story url', () => {
    const story = parseStory(seed);
    expect(story.entities![1].url).to.equal('https://rbtfl.xyz/zh/entity/venezuela');
    expect(story.related![0].url).to.equal('https://rbtfl.xyz/zh/n/venezuela-delcy-rodriguez-interim');
    expect(story.lenses![0].takes[0].url).to.equal(seed.lenses[0].takes[0].url);
  });

  it('resolves against the JSON URL when the story has no url, never the page', () => {
    const story = parseStory(
      seedWith((s) => delete s.url),
      'https://cdn.example.org/stories/strike.json'
    );
    expect(story.entities![1].url).to.equal('https://cdn.example.org/zh/entity/venezuela');
    // Inline JSON or a story object has no URL of its own: a relative link stays no link at all.
    const bare = parseStory(seedWith((s) => delete s.url));
    expect(bare.entities![1].url).to.equal(undefined);
  });

  it('resolves a relative story url against the JSON URL', () => {
    const story = parseStory(
      seedWith((s) => ((s.url = '/n/x'), (s.entities[1].url = 'e/v'))),
      'https://site.example/data/x.json'
    );
    expect(story.url).to.equal('https://site.example/n/x');
    expect(story.entities![1].url).to.equal('https://site.example/n/e/v');
  });

  it('allows only http and https links', () => {
    expect(httpHref('https://rbtfl.xyz/a')).to.equal('https://rbtfl.xyz/a');
    expect(httpHref('http://example.org')).to.equal('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://example.org/file',
      'mailto:a@example.org',
      '//example.org/protocol-relative-without-base',
      '/relative',
      'http://',
      '',
      undefined,
    ]) {
      expect(httpHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('keeps a hostile URL unlinkable after resolution', () => {
    const story = parseStory(seedWith((s) => (s.entities[0].url = 'javascript:alert(1)')));
    expect(httpHref(story.entities![0].url)).to.equal(undefined);
  });
});

describe('one URL rule for every source', () => {
  it('gives every URL field an absolute http(s) URL or none: optional ones go, a take keeps an empty one', () => {
    const story = parseStory(
      seedWith((s) => {
        delete s.url;
        s.entities[0].url = '//evil.example/x';
        s.entities[1].url = '/zh/entity/venezuela';
        s.entities[2].url = 'javascript:alert(1)';
        s.related[0].url = 'data:text/html,x';
        s.lenses[0].takes[0].url = 'vbscript:x';
      })
    );
    expect(story.entities!.slice(0, 3).map((e) => e.url)).to.deep.equal([undefined, undefined, undefined]);
    expect(story.related![0].url).to.equal(undefined);
    expect(story.lenses![0].takes[0].url).to.equal('');
  });

  it('does not link an empty URL, which would resolve to the story page itself', () => {
    const story = parseStory(seedWith((s) => ((s.entities[0].url = ''), (s.related[0].url = '  '))));
    expect(story.entities![0].url).to.equal(undefined);
    expect(story.related![0].url).to.equal(undefined);
  });

  it('links a URL with credentials without them', () => {
    const story = parseStory(seedWith((s) => (s.entities[0].url = 'https://user:secret@example.org/e')));
    expect(story.entities![0].url).to.equal('https://example.org/e');
    expect(httpHref('https://user:secret@example.org/x')).to.equal('https://example.org/x');
  });

  it('takes no base from a story url that is not http(s)', () => {
    const story = parseStory(
      seedWith((s) => (s.url = 'javascript:alert(1)')),
      'https://cdn.example.org/s.json'
    );
    expect(story.url).to.equal(undefined);
    expect(story.entities![1].url).to.equal('https://cdn.example.org/zh/entity/venezuela');
  });
});
