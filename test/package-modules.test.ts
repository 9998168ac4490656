// The developers' build (dist/lib, from `npm run build`): what `import` of the package does.
import {expect} from '@open-wc/testing';

const tags = ['story-summary', 'takes-by-lens', 'story-numbers', 'entity-chip'];
const defined = () => tags.filter((tag) => customElements.get(tag));
/** Imports a built module by path (a variable, so TypeScript does not look for it at check time). */
const load = (path: string): Promise<any> => import(path);

describe('the package for developers (dist/lib)', () => {
  it("'story-widgets' gives classes and types and defines nothing; each element module defines its own", async () => {
    const lib = await load('../dist/lib/index.js');
    expect(Object.keys(lib)).to.include.members([
      'StorySummaryElement',
      'TakesByLensElement',
      'StoryNumbersElement',
      'EntityChipElement',
      'loadStory',
      'parseStory',
      'StoryError',
      'setLocale',
      'getLocale',
    ]);
    expect(defined()).to.deep.equal([]);

    await load('../dist/lib/story-numbers/story-numbers.js');
    expect(defined()).to.deep.equal(['story-numbers']);
    expect(customElements.get('story-numbers')).to.equal(lib.StoryNumbersElement);

    // story-summary brings the entity-chip it renders mentions with.
    await load('../dist/lib/story-summary/story-summary.js');
    expect(defined()).to.deep.equal(['story-summary', 'story-numbers', 'entity-chip']);
  });
});
