// In development (Lit's dev mode, as here), an attribute value an element cannot use is named in
// a console warning; the publishers' bundle leaves the checks out (publisher-bundle.test.ts).
import {expect, fixture, html} from '@open-wc/testing';
import '../src/story-widgets.js';
import {seed, storyLoaded} from './helpers.js';

/** The console warnings `run` causes. */
async function warningsOf(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('invalid attribute values, in development', () => {
  it('are each named in a warning, with what the attribute accepts', async () => {
    const warnings = await warningsOf(async () => {
      const wrapper = await fixture(
        html`<div>
          <takes-by-lens
            .story=${seed}
            theme="blue"
            limit="abc"
            loading="sometimes"
            heading-level="9"
            refresh="5"
          ></takes-by-lens>
          <story-summary .story=${seed} sections="bogus why"></story-summary>
          <story-numbers .story=${seed} layout="cards"></story-numbers>
        </div>`
      );
      await Promise.all(
        [...wrapper.children].map((el) => storyLoaded(el as HTMLElementTagNameMap['story-summary']))
      );
    });
    expect(warnings).to.have.members([
      '<takes-by-lens> theme="blue" is not valid: expected "light" or "dark".',
      '<takes-by-lens> limit="abc" is not valid: expected a whole number, 0 or more.',
      '<takes-by-lens> loading="sometimes" is not valid: expected "eager" or "lazy".',
      '<takes-by-lens> heading-level="9" is not valid: expected a whole number from 2 to 6.',
      '<takes-by-lens> refresh="5" is not valid: expected a number of seconds, 10 or more (0: never). It counts as 10.',
      '<story-summary> sections="bogus why" is not valid: expected words from "meta summary why watch entities related link".',
      '<story-numbers> layout="cards" is not valid: expected "grid" or "list".',
    ]);
  });

  it('are silent about valid values', async () => {
    const warnings = await warningsOf(async () => {
      const el = await fixture<HTMLElementTagNameMap['takes-by-lens']>(
        html`<takes-by-lens
          .story=${seed}
          theme="dark"
          limit="0"
          loading="lazy"
          heading-level="3"
        ></takes-by-lens>`
      );
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });
});
