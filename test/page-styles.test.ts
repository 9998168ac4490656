// What the elements take from the page — its font, font size and colour scheme, the colour of
// the fallback content, its direction — and what stops at them: every other text style, even
// !important ones from a legacy theme.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/story-widgets.js';
import type {StoryElement} from '../src/core/story-element.js';
import {seed, storyLoaded} from './helpers.js';

function pageStyle(css: string) {
  const style = Object.assign(document.createElement('style'), {textContent: css});
  document.head.append(style);
  return () => style.remove();
}

describe('page styles', () => {
  it('stop at the element: a legacy theme’s !important text styles do not reach inside', async () => {
    const restore = pageStyle(`body, body * {
      letter-spacing: 4px !important; word-spacing: 9px !important; text-transform: uppercase !important;
      font-style: italic !important; text-indent: 3em !important; text-shadow: 1px 1px red !important;
      white-space: nowrap !important; font-weight: 900 !important; line-height: 1 !important }`);
    try {
      const el = await fixture<StoryElement>(html`<story-summary .story=${seed}></story-summary>`);
      await storyLoaded(el);
      const dek = getComputedStyle(el.shadowRoot!.querySelector('[part="dek"]')!);
      expect([dek.letterSpacing, dek.wordSpacing, dek.textTransform, dek.fontStyle]).to.deep.equal([
        'normal',
        '0px',
        'none',
        'normal',
      ]);
      expect([dek.textIndent, dek.textShadow, dek.whiteSpace, dek.fontWeight]).to.deep.equal([
        '0px',
        'none',
        'normal',
        '400',
      ]);
      expect(parseFloat(dek.lineHeight) / parseFloat(dek.fontSize)).to.be.closeTo(1.5, 0.01);
    } finally {
      restore();
    }
  });

  it('give the element their font and size, and the fallback content their colour', async () => {
    const restore = pageStyle(
      'body { font: 21px Georgia, serif !important; color: rgb(10, 120, 30) !important }'
    );
    try {
      const el = await fixture<StoryElement>(
        html`<story-numbers src="/no-such-story.json"><a href="/s">Read the story</a></story-numbers>`
      );
      await el.storyComplete;
      const fallback = getComputedStyle(el.querySelector('a')!.parentElement!);
      expect(fallback.color).to.equal('rgb(10, 120, 30)');
      const el2 = await fixture<StoryElement>(html`<story-numbers .story=${seed}></story-numbers>`);
      await storyLoaded(el2);
      const label = getComputedStyle(el2.shadowRoot!.querySelector('dd')!);
      expect(label.fontFamily).to.contain('Georgia');
      expect(parseFloat(getComputedStyle(el2).fontSize)).to.equal(21);
    } finally {
      restore();
    }
  });

  it('survive a move into another document (an iframe)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
    const el = await fixture<StoryElement>(html`<story-numbers .story=${seed}></story-numbers>`);
    await storyLoaded(el);
    const doc = frame.contentDocument!;
    doc.body.append(doc.adoptNode(el));
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(frame.contentWindow!.getComputedStyle(base).borderTopWidth).to.equal('1px');
    expect(frame.contentWindow!.getComputedStyle(el).display).to.equal('block');
  });
});
