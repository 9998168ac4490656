// The four elements rendered by Lit's server renderer in Node (`@lit-labs/ssr`): nothing they do
// while rendering may need a browser. The output is declarative shadow DOM with the story's text.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import 'story-widgets/story-summary.js';
import 'story-widgets/takes-by-lens.js';
import 'story-widgets/story-numbers.js';
import 'story-widgets/entity-chip.js';

const seed = JSON.parse(
  await readFile(new URL('../fixtures/venezuela-nino-guerrero-strike.json', import.meta.url), 'utf8')
);
/** Markup without Lit's hydration comments, and with white space collapsed, for reading. */
const serverRender = async (template) =>
  (await collectResult(render(template))).replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
/** Text as it stands in HTML. */
const escaped = (text) =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

test('<story-summary> renders the headline, dek, sections and the chips of its summary', async () => {
  const out = await serverRender(html`<story-summary .story=${seed}></story-summary>`);
  assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
  assert.ok(out.includes(escaped(seed.title)), 'headline');
  assert.ok(out.includes('More about this story'), 'compact, with its button');
  const full = await serverRender(
    html`<story-summary
      sections="meta summary why watch entities related link"
      .story=${seed}
    ></story-summary>`
  );
  assert.ok(full.includes('Why it matters'));
  assert.ok(out.includes('href="https://rbtfl.xyz/zh/entity/tren-de-aragua"'), 'a chip of the summary');
});

test('<takes-by-lens> renders every take under its lens', async () => {
  const out = await serverRender(html`<takes-by-lens .story=${seed}></takes-by-lens>`);
  for (const take of seed.lenses.flatMap((lens) => lens.takes)) {
    assert.ok(out.includes(escaped(take.outlet)), take.outlet);
  }
  assert.ok(out.includes('How outlets covered it'));
});

test('<story-numbers> renders the figures', async () => {
  const out = await serverRender(html`<story-numbers .story=${seed}></story-numbers>`);
  for (const {value, label} of seed.numbers)
    assert.ok(out.includes(escaped(value)) && out.includes(escaped(label)), value);
});

test('<entity-chip> renders bound to a story, and standalone', async () => {
  const bound = await serverRender(html`<entity-chip .story=${seed} entity="delcy-rodriguez"></entity-chip>`);
  assert.match(
    bound,
    /<a [^>]*href="https:\/\/rbtfl.xyz\/zh\/entity\/delcy-rodriguez"[^>]*>Delcy Rodriguez<\/a/
  );
  const standalone = await serverRender(
    html`<entity-chip name="Venezuela" href="https://rbtfl.xyz/zh/entity/venezuela"></entity-chip>`
  );
  assert.match(standalone, />Venezuela<\/a/);
});

test('an element with a src renders its loading state on the server, and makes no request', async () => {
  const out = await serverRender(html`<story-numbers src="https://example.org/story.json"></story-numbers>`);
  assert.match(out, /part="skeleton"/);
});
