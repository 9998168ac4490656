// The theming tokens hold together: every private `--_*` property a style uses is defined, every
// one defined is used, and every public `--story-*` property read is documented (@cssprop, so
// custom-elements.json, Storybook and the README list it).
import {expect} from '@open-wc/testing';
import type {CSSResultGroup} from 'lit';
import {
  EntityChipElement,
  StoryNumbersElement,
  StorySummaryElement,
  TakesByLensElement,
} from '../src/index.js';
import {blockViews} from '../src/block-views.js';

const cssText = (styles: CSSResultGroup): string =>
  Array.isArray(styles) ? styles.map(cssText).join('\n') : (styles as {cssText: string}).cssText;
const all = [StorySummaryElement, TakesByLensElement, StoryNumbersElement, EntityChipElement]
  .map((element) => cssText(element.styles))
  // What each block element adds with its first story (its views).
  .concat(
    [blockViews.summary, blockViews.takes, blockViews.numbers].map(({styles}) =>
      cssText(styles as CSSResultGroup)
    )
  )
  .join('\n');
const names = (pattern: RegExp) => new Set([...all.matchAll(pattern)].map((match) => match[1]));

describe('theming tokens', () => {
  it('defines every private token it uses, and uses every one it defines', () => {
    const defined = names(/(--_[\w-]+)\s*:/g);
    // --_i is the lens index, set per element from the template.
    const used = new Set([...names(/var\((--_[\w-]+)/g)].filter((name) => name !== '--_i'));
    expect(
      [...used].filter((name) => !defined.has(name)),
      'used, never defined'
    ).to.deep.equal([]);
    expect(
      [...defined].filter((name) => !used.has(name)),
      'defined, never used'
    ).to.deep.equal([]);
  });

  it('documents every public custom property it reads', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const documented = new Set<string>(
      manifest.modules
        .flatMap((module: any) => module.declarations ?? [])
        .filter((declaration: any) => declaration.customElement)
        .flatMap((declaration: any) => declaration.cssProperties.map((property: any) => property.name))
    );
    const read = names(/var\((--story-[\w-]+)/g);
    expect(read.size).to.be.greaterThan(10);
    expect([...read].filter((name) => !documented.has(name))).to.deep.equal([]);
    expect([...documented].filter((name) => !read.has(name))).to.deep.equal([]);
  });
});
