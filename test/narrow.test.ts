// A phone's column and a sidebar: nothing overflows 320 px or 280 px, whatever the words and the
// reader's font size.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/story-widgets.js';
import type {StoryElement} from '../src/core/story-element.js';
import {overflowing, seedWith, storyLoaded} from './helpers.js';

const word = 'Donaudampfschifffahrtsgesellschaftskapitän'; // 42 characters
const url = `https://example.org/${'x'.repeat(60)}`;
const longWords = seedWith((s) => {
  s.lang = 'de';
  s.title = `${word} ${word}`;
  s.dek = word;
  s.type = word;
  s.heads = [word];
  s.summary = [`${word} `, {entity: 'venezuela', text: word}, ` ${url}`];
  s.whyItMatters = `${word} ${url}`;
  s.watch = [word];
  s.entities = s.entities.map((e: any) => ({...e, name: word}));
  s.related = [{id: 'r', title: word, url}];
  s.numbers = [{value: word, label: word}, ...s.numbers];
  s.lenses[0].label = word;
  for (const take of s.lenses.flatMap((l: any) => l.takes)) {
    Object.assign(take, {outlet: word, summary: `${word} ${url}`, quote: word, lang: 'de'});
  }
});

describe('in a narrow column', () => {
  for (const width of [320, 280]) {
    for (const fontSize of [16, 24]) {
      it(`nothing overflows ${width} px with 40-character words, at ${fontSize} px type`, async () => {
        const column = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px; font-size: ${fontSize}px">
            <story-summary .story=${longWords}></story-summary>
            <takes-by-lens .story=${longWords}></takes-by-lens>
            <story-numbers .story=${longWords}></story-numbers>
            <p>
              In <entity-chip .story=${longWords} entity="venezuela"></entity-chip> and
              <entity-chip name=${word} href=${url}></entity-chip>.
            </p>
          </div>`
        );
        const elements = [
          ...column.querySelectorAll<StoryElement>(
            'story-summary, takes-by-lens, story-numbers, entity-chip'
          ),
        ];
        // The chip with a name and a link has no story to complete: its update is all there is.
        const standalone = (el: StoryElement) => !el.src && el.story === undefined && el.hasAttribute('name');
        await Promise.all(
          elements.map((el) =>
            standalone(el) ? el.updateComplete : el.storyComplete.then(() => el.updateComplete)
          )
        );
        await Promise.all(elements.filter((el) => el.story).map(storyLoaded));
        const rect = column.getBoundingClientRect();
        for (const el of elements) expect(overflowing(el, rect).join(' '), el.localName).to.equal('');
        expect(column.scrollWidth).to.equal(column.clientWidth);
      });
    }
  }
});
