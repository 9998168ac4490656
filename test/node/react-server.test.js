// story-widgets/react on a server (React 19's renderToString, as Next.js's server renders client
// components): a wrapper given a story renders the element's server output as its own children.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {createElement} from 'react';
import {renderToString} from 'react-dom/server';
import {EntityChip, StorySummary, TakesByLens} from 'story-widgets/react';

const seed = JSON.parse(
  readFileSync(new URL('../fixtures/venezuela-nino-guerrero-strike.json', import.meta.url))
);

test('a wrapper given a story renders it as a declarative shadow root, for the browser to take over', () => {
  const html = renderToString(
    createElement(StorySummary, {
      story: seed,
      sections: 'meta summary',
      headingLevel: 3,
      onStoryLoad: () => {},
    })
  );
  const host = html.match(/^<story-summary[^>]*>/)[0];
  // Its attributes, the place its server output takes, and a start that waits for the browser's listeners.
  assert.match(host, /sections="meta summary"/);
  assert.match(host, /heading-level="3"/);
  assert.match(host, /data-server-rendered=""/);
  assert.match(host, /defer-hydration=""/);
  assert.doesNotMatch(host, /onStoryLoad|story=/);
  assert.match(html, /<template shadowrootmode="open"><!--story-widgets:en-->/);
  assert.match(html, /<h3 part="title"/);
  assert.ok(html.includes('US airstrike kills Tren de Aragua chief Niño Guerrero'));
  // The story travels as the prop, not a second time as inline JSON.
  assert.doesNotMatch(html, /application\/json/);
});

test('a wrapper with src, or with a story that is not valid, renders the element for the browser', () => {
  const takes = renderToString(createElement(TakesByLens, {src: '/story.json', limit: 2}, 'Fallback'));
  assert.equal(
    takes,
    '<takes-by-lens defer-hydration="" src="/story.json" limit="2">Fallback</takes-by-lens>'
  );
  const invalid = renderToString(createElement(EntityChip, {story: {version: 1}, entity: 'venezuela'}));
  assert.doesNotMatch(invalid, /template|data-server-rendered/);
});
