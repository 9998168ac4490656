import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/story-summary/story-summary.js';
import type {StorySummaryElement} from '../src/story-summary/story-summary.component.js';
import {seed, SEED_URL, seedWith, spoken, storyLoaded, texts} from './helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
/** Every part: the summary in full. */
const full = 'meta summary why watch entities related link';

describe('<story-summary>', () => {
  it('renders the seed: headline, dek, meta line, summary, sections and the canonical link', async () => {
    const el = await fixture<StorySummaryElement>(
      html`<story-summary sections=${full} src=${SEED_URL}></story-summary>`
    );
    await storyLoaded(el);
    const root = shadow(el);
    const title = root.querySelector('h2')!;
    expect(title.textContent!.trim()).to.equal(seed.title);
    expect(title.getAttribute('part')).to.equal('title');
    expect(texts(el, '[part="dek"]')).to.deep.equal([seed.dek]);
    expect(texts(el, '[part="type"]')).to.deep.equal(['Event']);
    const time = root.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-06-12');
    expect(time.textContent).to.equal('June 12, 2026');
    expect(texts(el, '[part="head"]')).to.deep.equal(['什么崩了', '谁的钱']);
    expect(spoken(el, '[part="counts"] > span')).to.deep.equal(['11 takes', '4 lenses', '2 regions']);
    // The seed's one related story has no title: nothing shows of it, not its id.
    expect(texts(el, 'h3')).to.deep.equal(['Why it matters', 'What to watch', 'People and organisations']);
    expect(texts(el, '[part="why"]')).to.deep.equal([seed.whyItMatters]);
    expect(texts(el, '[part="watch"] li')).to.deep.equal(seed.watch);
    const link = root.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal(seed.url);
    expect(link.textContent!.trim()).to.equal('Read the full story');
    expect(texts(el, '[part="related-link"]')).to.deep.equal([]);
  });

  it('lists related stories by their titles, and leaves out one without a title', async () => {
    const story = seedWith((s) => {
      s.related = [
        {...s.related[0], title: 'Delcy Rodríguez, interim president'},
        {id: 'no-title', url: '/n/x'},
      ];
    });
    const el = await fixture<StorySummaryElement>(
      html`<story-summary sections="related" .story=${story}></story-summary>`
    );
    await storyLoaded(el);
    expect(texts(el, '[part="related-link"]')).to.deep.equal(['Delcy Rodríguez, interim president']);
    expect(shadow(el).querySelector<HTMLAnchorElement>('a[part="related-link"]')!.href).to.equal(
      'https://rbtfl.xyz/zh/n/venezuela-delcy-rodriguez-interim'
    );
  });

  it('renders entity mentions as chips linking to absolute entity pages', async () => {
    const el = await fixture<StorySummaryElement>(
      html`<story-summary sections="summary" .story=${seed}></story-summary>`
    );
    await storyLoaded(el);
    const chips = [...shadow(el).querySelectorAll('[part="summary"] entity-chip')];
    await Promise.all(chips.map((chip: any) => chip.updateComplete));
    const links = chips.map((chip) => {
      const a = chip.shadowRoot!.querySelector('a')!;
      return [a.textContent!.trim(), a.href];
    });
    expect(links).to.deep.equal([
      ['Tren De Aragua', 'https://rbtfl.xyz/zh/entity/tren-de-aragua'],
      ['Delcy Rodríguez', 'https://rbtfl.xyz/zh/entity/delcy-rodriguez'],
      ['Venezuela', 'https://rbtfl.xyz/zh/entity/venezuela'],
      ['Nicolás Maduro', 'https://rbtfl.xyz/zh/entity/venezuela-crisis'],
    ]);
    expect(shadow(el).querySelector('[part="summary"]')!.textContent).to.contain('in Bolívar state');
  });

  it('lists the entities as chips; one without a URL is a plain, non-focusable chip', async () => {
    const el = await fixture<StorySummaryElement>(
      html`<story-summary sections=${full} .story=${seed}></story-summary>`
    );
    await storyLoaded(el);
    const chips = [...shadow(el).querySelectorAll('[part="entities"] entity-chip')];
    await Promise.all(chips.map((chip: any) => chip.updateComplete));
    expect(chips.map((chip) => chip.shadowRoot!.textContent!.trim())).to.deep.equal(
      seed.entities.map((e: any) => e.name)
    );
    const usa = chips[3].shadowRoot!;
    expect(usa.querySelector('a')?.outerHTML).to.equal(undefined);
    expect(usa.querySelector<HTMLElement>('span[part~="chip"]')!.tabIndex).to.equal(-1);
  });

  it('renders a mention of an unknown entity, or of "constructor", as plain text', async () => {
    const story = seedWith((s) => {
      s.summary = [
        'See ',
        {entity: 'nobody', text: 'Nobody'},
        ' and ',
        {entity: 'constructor', text: 'Ctor'},
      ];
    });
    const el = await fixture<StorySummaryElement>(html`<story-summary .story=${story}></story-summary>`);
    await storyLoaded(el);
    const summary = shadow(el).querySelector('[part="summary"]')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('See Nobody and Ctor');
    expect(summary.querySelector('entity-chip')?.outerHTML).to.equal(undefined);
  });

  it('picks parts with `sections`', async () => {
    const el = await fixture<StorySummaryElement>(
      html`<story-summary sections="why link" .story=${seed}></story-summary>`
    );
    await storyLoaded(el);
    expect(texts(el, 'h3')).to.deep.equal(['Why it matters']);
    expect(shadow(el).querySelector('[part="meta"], [part="summary"]')?.outerHTML).to.equal(undefined);
    expect(shadow(el).querySelector('a[part="link"]')).not.to.equal(null);
  });

  it('sets the heading level from `heading-level`', async () => {
    const el = await fixture<StorySummaryElement>(
      html`<story-summary heading-level="4" sections=${full} .story=${seed}></story-summary>`
    );
    await storyLoaded(el);
    expect(shadow(el).querySelector('h4')!.textContent!.trim()).to.equal(seed.title);
    expect(shadow(el).querySelectorAll('h5')).to.have.length(3);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(shadow(el).querySelector('h6[part="title"]')).not.to.equal(null);
  });

  it('renders a minimal story with no empty headings or sections', async () => {
    const el = await fixture<StorySummaryElement>(
      html`<story-summary src="/test/fixtures/minimal.json"></story-summary>`
    );
    await storyLoaded(el);
    expect(texts(el, 'h2')).to.deep.equal(['A story with only a title']);
    expect(
      shadow(el).querySelectorAll('h3, section, [part="dek"], [part="link"], [part="counts"]')
    ).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows every string as text, never HTML, and links only http(s) URLs', async () => {
    const story = seedWith((s) => {
      s.title = '<img src=x onerror="window.hacked=1">';
      s.dek = '<b>bold</b>';
      s.url = 'javascript:alert(1)';
      s.summary = ['<script>window.hacked=1</script>'];
      s.entities = [{id: 'e', name: '<i>x</i>', url: 'data:text/html,hi'}];
      s.related = [{id: 'r', title: 'Related', url: 'vbscript:x'}];
    });
    const el = await fixture<StorySummaryElement>(
      html`<story-summary sections=${full} .story=${story}></story-summary>`
    );
    await storyLoaded(el);
    expect(texts(el, '[part="title"]')).to.deep.equal(['<img src=x onerror="window.hacked=1">']);
    expect(texts(el, '[part="dek"]')).to.deep.equal(['<b>bold</b>']);
    expect(shadow(el).querySelectorAll('img, b, script, i')).to.have.length(0);
    expect(shadow(el).querySelector('a[part="link"]')?.outerHTML).to.equal(undefined);
    expect(shadow(el).querySelector('a[part="related-link"]')?.outerHTML).to.equal(undefined);
    const chip = shadow(el).querySelector('entity-chip')!;
    await (chip as any).updateComplete;
    expect(chip.shadowRoot!.querySelector('a')?.outerHTML).to.equal(undefined);
    expect((window as any).hacked).to.equal(undefined);
  });

  it('fires story-link-click when a reader follows the canonical link', async () => {
    const el = await fixture<StorySummaryElement>(html`<story-summary .story=${seed}></story-summary>`);
    await storyLoaded(el);
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[part="link"]')!;
    link.addEventListener('click', (event) => event.preventDefault());
    const clicked = oneEvent(document, 'story-link-click');
    link.click();
    const {detail} = await clicked;
    expect(detail).to.deep.equal({url: seed.url, kind: 'story', id: seed.id});
  });

  it('fires story-link-click with kind "entity" from a mention chip, across shadow roots', async () => {
    const el = await fixture<StorySummaryElement>(html`<story-summary .story=${seed}></story-summary>`);
    await storyLoaded(el);
    const chip = shadow(el).querySelector('entity-chip')!;
    await (chip as any).updateComplete;
    const a = chip.shadowRoot!.querySelector('a')!;
    a.addEventListener('click', (event) => event.preventDefault());
    const clicked = oneEvent(el, 'story-link-click');
    a.click();
    const {detail} = await clicked;
    expect(detail).to.deep.equal({
      url: 'https://rbtfl.xyz/zh/entity/tren-de-aragua',
      kind: 'entity',
      id: 'tren-de-aragua',
    });
  });

  it('marks content with its language and leaves UI text in the page language', async () => {
    const el = await fixture<StorySummaryElement>(
      html`<story-summary sections=${full} .story=${seedWith((s) => (s.lang = 'es'))}></story-summary>`
    );
    await storyLoaded(el);
    for (const part of ['dek', 'summary', 'why', 'watch']) {
      expect(shadow(el).querySelector(`[part="${part}"]`)!.getAttribute('lang'), part).to.equal('es');
    }
    expect(shadow(el).querySelector('[part="title"] [lang]')!.getAttribute('lang')).to.equal('es');
    expect(shadow(el).querySelector('h3')!.closest('[lang]')?.outerHTML).to.equal(undefined);
  });

  it('lets a page style every entity chip with story-summary::part(chip)', async () => {
    const style = Object.assign(document.createElement('style'), {
      textContent: 'story-summary::part(chip) { outline: 3px solid rgb(200, 0, 0) }',
    });
    document.head.append(style);
    try {
      const el = await fixture<StorySummaryElement>(
        html`<story-summary sections=${full} .story=${seed}></story-summary>`
      );
      await storyLoaded(el);
      const chips = [...shadow(el).querySelectorAll('entity-chip')];
      await Promise.all(chips.map((chip: any) => chip.updateComplete));
      expect(chips).to.have.length(4 + seed.entities.length);
      for (const chip of chips) {
        const inner = chip.shadowRoot!.querySelector('[part~="chip"]')!;
        expect(getComputedStyle(inner).outlineColor).to.equal('rgb(200, 0, 0)');
      }
    } finally {
      style.remove();
    }
  });

  it('is accessible', async () => {
    const el = await fixture<StorySummaryElement>(html`<story-summary .story=${seed}></story-summary>`);
    await storyLoaded(el);
    await expect(el).to.be.accessible();
  });
});
