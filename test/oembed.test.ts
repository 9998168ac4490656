// The oEmbed answer where a CMS keeps its HTML whole (WordPress with the provider registered):
// the height it hints at against what the frame then takes, at the width asked for, and
// WordPress's fallback kept out of sight.
import {expect} from '@open-wc/testing';
import {tags} from '../src/elements.js';
import {oembed} from '../src/oembed/index.js';
import {placeholderHeight} from '../src/render/placeholder.js';
import type {StoryElement} from '../src/core/story-element.js';
import {storyLoaded} from './helpers.js';

const site = {
  embedUrl: `${location.origin}/dist/embed.html`,
  origins: [location.origin],
  pages: /https?:\/\/[^/]+\/n\/[a-z-]+/,
  storyJson: () => `${location.origin}/dist/venezuela-nino-guerrero-strike.json`,
  providerName: 'The Daily Meridian',
};

/** The answer for `element` at `maxwidth`, pasted whole into a box as wide; once its frame shows its story. */
async function embedded(element: string, maxwidth: number) {
  const query = new URLSearchParams({url: `${location.origin}/n/strike`, maxwidth: String(maxwidth)});
  const attributes: Record<string, string> = element === 'entity-chip' ? {entity: 'venezuela'} : {};
  const {status, body} = await oembed(query, {...site, embed: {element, attributes}});
  expect(status).to.equal(200);
  const box = Object.assign(document.createElement('div'), {className: 'cms'});
  box.style.width = `${maxwidth}px`;
  // As a CMS prints it: its script runs (embed-host.js).
  box.append(document.createRange().createContextualFragment(body.html as string));
  document.body.prepend(box);
  const frame = box.querySelector('iframe')!;
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const el = frame.contentDocument!.querySelector<StoryElement>(element)!;
  await frame.contentWindow!.customElements.whenDefined(element);
  await storyLoaded(el);
  const content = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
  while (Number(frame.height) !== content())
    await new Promise((resolve) => addEventListener('message', resolve, {once: true}));
  return {box, frame, hint: body.height as number, content: content()};
}

describe('the oEmbed answer, kept whole', () => {
  for (const element of tags) {
    it(`hints at the height <${element}> takes at 390, 500 and 680 px, within 15 %`, async () => {
      for (const width of [390, 500, 680]) {
        const {box, frame, hint, content} = await embedded(element, width);
        expect(frame.getBoundingClientRect().width).to.equal(width);
        expect(
          Math.abs(hint - content) / content,
          `${hint} px for ${content} px at ${width} px`
        ).to.be.at.most(0.15);
        box.remove();
      }
    });
  }

  it("keeps WordPress's fallback hidden: the frame shows the story", async () => {
    const {box, frame} = await embedded('story-summary', 500);
    const quote = box.querySelector('blockquote.wp-embedded-content')!;
    expect(quote.querySelector('a')!.href).to.equal(`${location.origin}/n/strike`);
    expect(quote.getBoundingClientRect().height).to.equal(0);
    expect(frame.getBoundingClientRect().height).to.be.greaterThan(200);
    box.remove();
  });

  it('reckons the place an element keeps as dist/story-widgets.css does, by its attributes', async () => {
    const sheet = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: '/dist/story-widgets.css',
    });
    await new Promise((resolve) => document.head.append(Object.assign(sheet, {onload: resolve})));
    const variants: [string, Record<string, string>][] = [
      ['story-summary', {}],
      ['story-summary', {sections: 'summary why link'}],
      ['story-summary', {sections: ''}],
      ['takes-by-lens', {}],
      ['takes-by-lens', {limit: '2'}],
      ['takes-by-lens', {limit: '0'}],
      ['story-numbers', {layout: 'LIST'}],
    ];
    for (const width of [390, 680]) {
      for (const [tag, attributes] of variants) {
        // Never defined on this page: the stylesheet keeps its place.
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        el.style.width = `${width}px`;
        document.body.append(el);
        const kept = el.getBoundingClientRect().height;
        expect(placeholderHeight(tag, attributes, width)).to.be.closeTo(kept, 0.5, `${el.outerHTML}`);
        el.remove();
      }
    }
    sheet.remove();
  });
});
