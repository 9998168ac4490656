// What a screen reader hears, read from the accessibility tree (Chromium's; other engines skip
// what only it gives): the disclosure in reading order, nothing focusable hidden, words that leave,
// loading and failure said once, every language marked, counts with their units, the outline.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/story-widgets.js';
import {setLocale} from '../src/i18n/localization.js';
import type {StoryElement} from '../src/core/story-element.js';
import {after, axTree, byRole, inOrder, spokenText} from './ax-helpers.js';
import {seed, seedWith, SEED_URL, storyFailed, storyLoaded, storyUrl} from './helpers.js';

const langOf = (node: Node) =>
  (node.nodeType === 1 ? (node as Element) : node.parentElement)!.closest('[lang]')?.getAttribute('lang');

describe('what a screen reader hears', () => {
  afterEach(() => setLocale('en'));

  it('meets the button before what it reveals, and the button keeps its name', async function () {
    const el = await fixture<StoryElement>(html`<story-summary .story=${seed}></story-summary>`);
    await storyLoaded(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    const nodes = inOrder(await axTree(this, el));
    const button = nodes.find((n) => n.role === 'button')!;
    expect(button).to.include({name: 'More about this story', expanded: true});
    const next = after(nodes, button);
    expect(spokenText({role: 'x', children: next})).to.match(
      /^Washington called it coordinated with Caracas/
    );
    expect(next.find((n) => n.role === 'heading')?.name).to.equal('Why it matters');
    // Tab goes there too: the next stop after the button is in what it revealed.
    await sendKeys({press: 'Tab'});
    const focused = el.shadowRoot!.activeElement;
    expect(focused && el.shadowRoot!.getElementById('more')!.contains(focused)).to.equal(true);
  });

  it('keeps nothing focusable out of sight in a compact summary at 375 px, and no focus scrolls it', async () => {
    const el = await fixture<StoryElement>(
      html`<story-summary style="width: 375px" .story=${seed}></story-summary>`
    );
    await storyLoaded(el);
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part~="summary"]')!;
    const chips = [...summary.querySelectorAll<StoryElement>('entity-chip')];
    await Promise.all(chips.map((chip) => chip.updateComplete));
    const links = chips.map((chip) => chip.shadowRoot!.querySelector<HTMLAnchorElement>('a')!);
    expect(links.length).to.be.above(0);
    for (const link of links) {
      link.focus();
      const box = summary.getBoundingClientRect();
      const rect = link.getBoundingClientRect();
      expect(rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1, link.textContent!).to.equal(true);
      for (const scrolled of [summary, ...el.shadowRoot!.querySelectorAll('*')])
        expect((scrolled as HTMLElement).scrollTop).to.equal(0);
    }
  });

  it('names no link with a separator, and reads a new take’s mark as a word', async function () {
    const el = await fixture<StoryElement>(html`<takes-by-lens .story=${seed}></takes-by-lens>`);
    await storyLoaded(el);
    const links = byRole(await axTree(this, el), 'link');
    expect(links.length).to.be.above(5);
    for (const link of links) expect(link.name).to.not.match(/·/);
  });

  it('reads legend items and lens headings with their units and spaces', async function () {
    for (const [locale, legend, heading] of [
      ['en', 'Other coverage: 8 takes, 73%', 'Other coverage 8 takes'],
      ['de', 'Weitere Berichterstattung: 8 Beiträge, 73 %', 'Weitere Berichterstattung 8 Beiträge'],
      ['ar', 'تغطية أخرى: 8 قراءات، 73%', 'تغطية أخرى 8 قراءات'],
      ['ja', 'その他の報道：報道8件、73%', 'その他の報道 報道8件'],
    ]) {
      await setLocale(locale);
      const el = await fixture<StoryElement>(html`<takes-by-lens .story=${seed}></takes-by-lens>`);
      await storyLoaded(el);
      const tree = await axTree(this, el);
      const item = byRole(tree, 'listitem')[0];
      expect(spokenText(item).replace(/[\u200e\u200f\u061c]/g, ''), locale).to.equal(legend);
      expect(byRole(tree, 'heading')[1].name!.replace(/\s+/g, ' '), locale).to.equal(heading);
    }
  });

  it('names the summary by its headline, keeps the outline, and reads “~” as a word', async function () {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <story-summary heading-level="3" .story=${seed}></story-summary>
        <takes-by-lens heading-level="6" .story=${seed}></takes-by-lens>
        <story-numbers .story=${seed}></story-numbers>
      </div>`
    );
    const [summary, takes, numbers] = [...page.children] as StoryElement[];
    await Promise.all([summary, takes, numbers].map(storyLoaded));
    const article = byRole(await axTree(this, summary), 'article')[0];
    expect(article.name).to.equal(seed.title);
    const levels = byRole(await axTree(this, takes), 'heading').map((h) => h.level);
    expect(levels).to.deep.equal([6, 7, 7, 7, 7]);
    expect(spokenText(await axTree(this, numbers))).to.contain('about 8 million');
  });

  it('says once, politely, which parts of the page could not load, and that the page’s own content shows', async () => {
    const bad = storyUrl({status: 500}).url;
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <story-summary src=${bad}><a href="https://example.org/s">Read the story</a></story-summary>
        <story-numbers src=${bad}><a href="https://example.org/n">The figures</a></story-numbers>
        <story-numbers src=${SEED_URL}></story-numbers>
      </div>`
    );
    const [summary, failed, ok] = [...page.children] as StoryElement[];
    await Promise.all([storyFailed(summary), storyFailed(failed), storyLoaded(ok)]);
    const regions = () =>
      [...page.children].flatMap((el) => [...el.shadowRoot!.querySelectorAll('[aria-live]')]);
    await new Promise<void>((done) => {
      const check = () => regions()[0]?.textContent && done();
      for (const el of page.children)
        new MutationObserver(check).observe(el.shadowRoot!, {subtree: true, childList: true});
      check();
    });
    expect(regions()).to.have.length(1);
    const said = regions()[0].textContent!;
    expect(said).to.contain(
      'Could not be loaded: Story summary, By the numbers. The page shows its own content instead.'
    );
    expect(said).to.contain('Loaded: By the numbers.');
    // The notice in each failed element is no second live region.
    for (const el of [summary, failed])
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
  });

  it('says the parts of one story together, though the first paints a frame before the others', async () => {
    const {url} = storyUrl({delay: 100});
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <story-summary src=${url}></story-summary>
        <takes-by-lens src=${url}></takes-by-lens>
        <story-numbers src=${url}></story-numbers>
      </div>`
    );
    const elements = [...page.children] as StoryElement[];
    await Promise.all(elements.map(storyLoaded));
    const region = () => elements.map((el) => el.shadowRoot!.querySelector('[aria-live]')).find(Boolean);
    await new Promise<void>((done) => {
      const check = () => region()?.textContent && done();
      for (const el of elements)
        new MutationObserver(check).observe(el.shadowRoot!, {subtree: true, childList: true});
      check();
    });
    expect(region()!.textContent).to.equal('Loaded: Story summary, How outlets covered it, By the numbers.');
  });

  it('lets a loading chip say nothing in its sentence', async function () {
    const p = await fixture<HTMLParagraphElement>(
      html`<p>
        The government of
        <entity-chip src=${storyUrl({delay: 5000}).url} entity="venezuela"></entity-chip> said so.
      </p>`
    );
    await (p.firstElementChild as StoryElement).updateComplete;
    expect(spokenText(await axTree(this, p))).to.equal('The government of said so.');
  });

  it('marks every language: topic tags, legend names as their headings, a chip’s words', async () => {
    const story = seedWith((s) => (s.headsLang = 'zh'));
    const page = await fixture<HTMLDivElement>(
      html`<div lang="ar" dir="rtl">
        <story-summary .story=${story}></story-summary>
        <takes-by-lens .story=${story}></takes-by-lens>
        <p>
          حكومة <entity-chip .story=${story} entity="venezuela">فنزويلا</entity-chip> و<entity-chip
            .story=${story}
            entity="venezuela"
          ></entity-chip>
        </p>
      </div>`
    );
    const [summary, takes] = page.querySelectorAll<StoryElement>('story-summary, takes-by-lens');
    const chips = [...page.querySelectorAll<StoryElement>('entity-chip')];
    await Promise.all([summary, takes, ...chips].map(storyLoaded));
    for (const head of summary.shadowRoot!.querySelectorAll('[part="head"]'))
      expect(head.getAttribute('lang')).to.equal('zh');
    const legend = [...takes.shadowRoot!.querySelectorAll('[part="legend"] li')];
    const headings = [...takes.shadowRoot!.querySelectorAll('h3')];
    legend.forEach((item, i) => {
      const [name, heading] = [item.childNodes, headings[i].childNodes].map((nodes) =>
        [...nodes].find((n) => n.textContent!.trim() && (n as Element).localName === 'span')!
      );
      expect(langOf(name.firstChild ?? name), `legend ${i}`).to.equal(langOf(heading.firstChild ?? heading));
    });
    // The publisher's Arabic stays; without it, the story's English name is marked English.
    expect(chips[0].shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal('');
    expect(
      (chips[0].shadowRoot!.querySelector('a slot') as HTMLSlotElement).assignedNodes()[0].textContent
    ).to.equal('فنزويلا');
    expect(chips[1].shadowRoot!.querySelector('a [lang]')!.getAttribute('lang')).to.equal('en');
  });
});
