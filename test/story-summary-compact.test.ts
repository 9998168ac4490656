// <story-summary> as an embed: compact by default, the rest one button away, everything in print.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/story-summary/story-summary.js';
import type {StorySummaryElement} from '../src/story-summary/story-summary.component.js';
import {seed, seedWith, storyLoaded, texts} from './helpers.js';

const sectionTitles = ['Why it matters', 'What to watch', 'People and organisations', 'Related stories'];

describe('<story-summary>, compact', () => {
  it('shows headline, dek, meta line, the first sentence of the summary and the link', async () => {
    const el = await fixture<StorySummaryElement>(
      html`<story-summary .story=${seed} style="width: 600px"></story-summary>`
    );
    await storyLoaded(el);
    const root = el.shadowRoot!;
    expect(texts(el, 'h2')).to.deep.equal([seed.title]);
    expect(root.querySelector('[part="dek"], [part="meta"], [part="link"]')).not.to.equal(null);
    expect(texts(el, 'h3')).to.deep.equal([]);
    // Whole sentences, cut nowhere: no ellipsis, no line or chip cut in half, nothing hidden.
    const [summary] = texts(el, '[part~="summary"]');
    expect(summary).to.match(/^On 12 June 2026 .* Western Hemisphere\.$/);
    expect(summary).to.not.contain('…');
    const paragraph = root.querySelector<HTMLElement>('[part~="summary"]')!;
    expect(paragraph.scrollHeight).to.equal(paragraph.clientHeight);
    expect(root.querySelectorAll('[part~="summary"] entity-chip')).to.have.length(1);
  });

  it('shows the rest after its "More about this story" button, by keyboard too, and hides it again', async () => {
    const el = await fixture<StorySummaryElement>(html`<story-summary .story=${seed}></story-summary>`);
    await storyLoaded(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="more"]')!;
    expect([button.textContent!.trim(), button.getAttribute('aria-expanded')]).to.deep.equal([
      'More about this story',
      'false',
    ]);
    const controlled = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(controlled.hidden).to.equal(true);
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(texts(el, 'h3')).to.deep.equal(sectionTitles.slice(0, 3));
    // Its name stays; its state says what it did. What it revealed comes after it.
    expect([button.textContent!.trim(), button.getAttribute('aria-expanded')]).to.deep.equal([
      'More about this story',
      'true',
    ]);
    expect(controlled.hidden).to.equal(false);
    expect(button.compareDocumentPosition(controlled) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const [rest] = texts(el, '[part~="summary-rest"]');
    expect(rest).to.match(/^Washington called it coordinated with Caracas/);
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(texts(el, 'h3')).to.deep.equal([]);
  });

  it('starts compact again with a new story', async () => {
    const el = await fixture<StorySummaryElement>(html`<story-summary .story=${seed}></story-summary>`);
    await storyLoaded(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="more"]')!.click();
    el.story = seedWith((s) => (s.id = 'next'));
    await storyLoaded(el);
    expect(texts(el, 'h3')).to.deep.equal([]);
  });

  it('shows exactly the parts `sections` names, with no button', async () => {
    const el = await fixture<StorySummaryElement>(
      html`<story-summary sections="why watch" .story=${seed}></story-summary>`
    );
    await storyLoaded(el);
    expect(texts(el, 'h3')).to.deep.equal(['Why it matters', 'What to watch']);
    expect(el.shadowRoot!.querySelector('button')?.outerHTML).to.equal(undefined);
  });

  it('prints everything, without the button', async () => {
    const el = await fixture<StorySummaryElement>(html`<story-summary .story=${seed}></story-summary>`);
    await storyLoaded(el);
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(texts(el, 'h3')).to.deep.equal(sectionTitles.slice(0, 3));
    expect(el.shadowRoot!.querySelector('button')?.outerHTML).to.equal(undefined);
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(texts(el, 'h3')).to.deep.equal([]);
  });

  it('adds a provider line on request: the story’s host, or the name given', async () => {
    const el = await fixture<StorySummaryElement>(
      html`<story-summary provider .story=${seed}></story-summary>`
    );
    await storyLoaded(el);
    expect(texts(el, '[part="provider"]')).to.deep.equal(['Story analysis by rbtfl.xyz']);
    el.setAttribute('provider', 'The Meridian Desk');
    await el.updateComplete;
    expect(texts(el, '[part="provider"]')).to.deep.equal(['Story analysis by The Meridian Desk']);
    el.removeAttribute('provider');
    await el.updateComplete;
    expect(texts(el, '[part="provider"]')).to.deep.equal([]);
  });
});
