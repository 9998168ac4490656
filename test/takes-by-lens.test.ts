import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/takes-by-lens/takes-by-lens.js';
import type {TakesByLensElement} from '../src/takes-by-lens/takes-by-lens.component.js';
import {seed, SEED_URL, seedWith, shown, spoken, storyLoaded, texts} from './helpers.js';

const allOutlets = seed.lenses.flatMap((lens: any) => lens.takes.map((take: any) => take.outlet));

/** The outlets' names as shown: each the link to its source, without the words only screen readers hear. */
const outlets = (root: Element | ShadowRoot) =>
  [...root.querySelectorAll('[part~="outlet"]')].map((outlet) =>
    [...outlet.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
  );

describe('<takes-by-lens>', () => {
  it('renders all 11 takes of the seed under its 4 lens labels, with counts', async () => {
    const el = await fixture<TakesByLensElement>(html`<takes-by-lens src=${SEED_URL}></takes-by-lens>`);
    await storyLoaded(el);
    expect(texts(el, 'h2')).to.deep.equal(['How outlets covered it']);
    // The unlabelled takes under a name in the reader's words; the others under the story's.
    expect(texts(el, 'h3')).to.deep.equal([
      'Other coverage 8 takes',
      'US mainstream 1 take',
      'foreign-policy think tank 1 take',
      'opinion / critical 1 take',
    ]);
    expect(outlets(el.shadowRoot!)).to.deep.equal(allOutlets);
  });

  it('gives each take its region, summary, quote and a safe source link', async () => {
    const el = await fixture<TakesByLensElement>(html`<takes-by-lens .story=${seed}></takes-by-lens>`);
    await storyLoaded(el);
    const takes = [...el.shadowRoot!.querySelectorAll('[part="take"]')];
    const cnn = takes[8];
    expect(outlets(cnn)).to.deep.equal(['CNN']);
    expect(cnn.querySelector('[part="region"]')!.textContent).to.equal('United States');
    expect(cnn.querySelector('[part="take-summary"]')!.textContent).to.contain('SOUTHCOM');
    const quote = cnn.querySelector('blockquote')!;
    expect(quote.getAttribute('cite')).to.equal(seed.lenses[1].takes[0].url);
    expect(quote.textContent!.trim()).to.equal(seed.lenses[1].takes[0].quote);
    // The outlet's name is the link to its source.
    const link = cnn.querySelector<HTMLAnchorElement>('a[part~="outlet"][part~="source-link"]')!;
    expect(link.href).to.equal(seed.lenses[1].takes[0].url);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.equal('CNN (opens in a new tab)');
    expect(link.getAttribute('lang')).to.equal('en');
    expect(link.querySelector('.visually-hidden')!.getAttribute('lang')).to.equal('en');
    expect(takes[4].querySelector('[part="region"]')!.textContent).to.equal('Qatar');
    // No language shown when a take is in the page's language.
    expect(el.shadowRoot!.querySelector('[part="language"]')?.outerHTML).to.equal(undefined);
  });

  it('reads the distribution bar as text: each lens with its number of takes', async () => {
    const el = await fixture<TakesByLensElement>(html`<takes-by-lens .story=${seed}></takes-by-lens>`);
    await storyLoaded(el);
    expect(el.shadowRoot!.querySelector('[part="bar"]')!.getAttribute('aria-hidden')).to.equal('true');
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!;
    expect(legend.getAttribute('aria-label')).to.equal('Takes per lens');
    // Read with units and its share (a screen reader), shown short (the eye).
    expect(spoken(el, '[part="legend"] li')).to.deep.equal([
      'Other coverage: 8 takes, 73%',
      'US mainstream: 1 take, 9%',
      'foreign-policy think tank: 1 take, 9%',
      'opinion / critical: 1 take, 9%',
    ]);
    expect(shown(el, '[part="legend"] li')).to.deep.equal([
      'Other coverage 8·73%',
      'US mainstream 1·9%',
      'foreign-policy think tank 1·9%',
      'opinion / critical 1·9%',
    ]);
    const segments = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.segment')];
    const widths = segments.map((s) => s.getBoundingClientRect().width);
    expect(widths[0]).to.be.greaterThan(widths[1] * 5);
  });

  it('marks a take in another language with its lang and shows the language name', async () => {
    const story = seedWith((s) => {
      s.lenses[1].takes[0] = {...s.lenses[1].takes[0], lang: 'es', country: 'MX', quote: 'Una nueva era.'};
      s.lenses[2].takes[0] = {...s.lenses[2].takes[0], lang: 'ar', quote: 'عصر جديد'};
    });
    const el = await fixture<TakesByLensElement>(html`<takes-by-lens .story=${story}></takes-by-lens>`);
    await storyLoaded(el);
    const [es, ar] = [...el.shadowRoot!.querySelectorAll('[part="take"]')].slice(8, 10);
    expect(es.querySelector('[part="language"]')!.textContent).to.equal('Spanish');
    expect(es.querySelector('[part="region"]')!.textContent).to.equal('Mexico');
    expect(es.querySelector('blockquote')!.getAttribute('lang')).to.equal('es');
    expect(es.querySelector('[part="take-summary"]')!.getAttribute('lang')).to.equal('es');
    const arQuote = ar.querySelector('blockquote')!;
    expect(arQuote.getAttribute('lang')).to.equal('ar');
    // The take's language sets its content's direction; the row is the page's.
    expect(getComputedStyle(ar).direction).to.equal('ltr');
    expect(getComputedStyle(arQuote).direction).to.equal('rtl');
    expect(getComputedStyle(ar.querySelector('[part~="outlet"]')!).direction).to.equal('rtl');
    expect(getComputedStyle(es.querySelector('blockquote')!).direction).to.equal('ltr');
  });

  it('shows one lens by id with `lens`', async () => {
    const el = await fixture<TakesByLensElement>(
      html`<takes-by-lens lens="opinion-critical" .story=${seed}></takes-by-lens>`
    );
    await storyLoaded(el);
    expect(texts(el, 'h3')).to.deep.equal(['opinion / critical 1 take']);
    expect(outlets(el.shadowRoot!)).to.deep.equal(['MSNBC']);
    expect(el.shadowRoot!.querySelector('[part="bar"]')?.outerHTML).to.equal(undefined);
  });

  it('collapses a long lens behind "Show N more", operable by keyboard, focus on the first revealed take', async () => {
    const el = await fixture<TakesByLensElement>(
      html`<takes-by-lens limit="3" .story=${seed}></takes-by-lens>`
    );
    await storyLoaded(el);
    const first = el.shadowRoot!.querySelector('.lens')!;
    expect(first.querySelectorAll('[part="take"]')).to.have.length(3);
    const button = first.querySelector<HTMLButtonElement>('button[part="show-more"]')!;
    expect(button.textContent!.trim()).to.equal('Show 5 more takes');
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(1);
    await expect(el).to.be.accessible();

    button.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    const takes = first.querySelectorAll<HTMLElement>('[part="take"]');
    expect(takes).to.have.length(8);
    expect(first.querySelector('button')?.outerHTML).to.equal(undefined);
    expect(el.shadowRoot!.activeElement === takes[3], 'focus on the first revealed take').to.equal(true);
    expect(takes[3].textContent).to.contain('CNN (profile)');
    // Tab moves on to the next link after the revealed take.
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement === takes[3].querySelector('a'), 'focus on its link').to.equal(true);
  });

  it('says "Show 1 more take" in the singular, and the Space key works too', async () => {
    const el = await fixture<TakesByLensElement>(
      html`<takes-by-lens limit="7" .story=${seed}></takes-by-lens>`
    );
    await storyLoaded(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent!.trim()).to.equal('Show 1 more take');
    button.focus();
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="take"]')).to.have.length(11);
  });

  it('forgets which lenses a reader expanded when the story changes', async () => {
    const el = await fixture<TakesByLensElement>(
      html`<takes-by-lens limit="3" .story=${seed}></takes-by-lens>`
    );
    await storyLoaded(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="show-more"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.lens')!.querySelectorAll('[part="take"]')).to.have.length(8);
    el.story = seedWith((s) => (s.id = 'another-story'));
    await storyLoaded(el);
    const first = el.shadowRoot!.querySelector('.lens')!;
    expect(first.querySelectorAll('[part="take"]')).to.have.length(3);
    expect(texts(el, 'button[part="show-more"]')[0]).to.equal('Show 5 more takes');
  });

  it('fires story-link-click with the outlet and lens of a source', async () => {
    const el = await fixture<TakesByLensElement>(html`<takes-by-lens .story=${seed}></takes-by-lens>`);
    await storyLoaded(el);
    const link = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="source-link"]')[10];
    link.addEventListener('click', (event) => event.preventDefault());
    const clicked = oneEvent(el, 'story-link-click');
    link.click();
    const {detail} = await clicked;
    expect(detail).to.deep.equal({
      url: seed.lenses[3].takes[0].url,
      kind: 'source',
      outlet: 'MSNBC',
      lens: 'opinion-critical',
    });
  });

  it('renders a take with an unsafe URL without a link', async () => {
    const story = seedWith((s) => (s.lenses[1].takes[0].url = 'javascript:alert(1)'));
    const el = await fixture<TakesByLensElement>(html`<takes-by-lens .story=${story}></takes-by-lens>`);
    await storyLoaded(el);
    const take = el.shadowRoot!.querySelectorAll('[part="take"]')[8];
    expect(outlets(take)).to.deep.equal(['CNN']);
    expect(take.querySelector('[part~="outlet"]')!.localName).to.equal('span');
    expect(take.querySelector('a')?.outerHTML).to.equal(undefined);
    expect(take.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
  });

  it('renders nothing for a story without lenses, or with empty ones', async () => {
    const el = await fixture<TakesByLensElement>(
      html`<takes-by-lens
        .story=${seedWith((s) => (s.lenses = [{id: 'a', label: 'A', takes: []}]))}
      ></takes-by-lens>`
    );
    await storyLoaded(el);
    expect(el.shadowRoot!.querySelector('h2, section, ul')?.outerHTML).to.equal(undefined);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('is accessible', async () => {
    const el = await fixture<TakesByLensElement>(html`<takes-by-lens .story=${seed}></takes-by-lens>`);
    await storyLoaded(el);
    await expect(el).to.be.accessible();
  });
});
