import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {nothing} from 'lit';
import '../src/entity-chip/entity-chip.js';
import type {EntityChipElement} from '../src/entity-chip/entity-chip.component.js';
import {requestCount, seed, SEED_URL, serverSaw, storyFailed, storyLoaded, storyUrl} from './helpers.js';

const chipOf = (el: EntityChipElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="chip"]')!;

describe('<entity-chip>', () => {
  it('is a link from its attributes, standalone', async () => {
    const el = await fixture<EntityChipElement>(
      html`<entity-chip name="Venezuela" href="https://rbtfl.xyz/zh/entity/venezuela"></entity-chip>`
    );
    const chip = chipOf(el);
    expect(chip.localName).to.equal('a');
    expect(chip.textContent).to.equal('Venezuela');
    expect((chip as HTMLAnchorElement).href).to.equal('https://rbtfl.xyz/zh/entity/venezuela');
    await expect(el).to.be.accessible();
  });

  it('takes slotted text for its name', async () => {
    const el = await fixture<EntityChipElement>(
      html`<entity-chip href="https://rbtfl.xyz/zh/entity/venezuela">Venezuela</entity-chip>`
    );
    const chip = chipOf(el);
    const slot = chip.querySelector('slot')!;
    expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['Venezuela']);
    // The slotted name is the link's text: what a reader clicks and a screen reader announces.
    expect(chip.localName).to.equal('a');
    expect(slot.closest('a')).to.equal(chip);
  });

  it('is a plain, non-focusable chip without a URL, or with an unsafe one', async () => {
    for (const href of [undefined, 'javascript:alert(1)']) {
      const el = await fixture<EntityChipElement>(
        html`<entity-chip name="United States" href=${href as any}></entity-chip>`
      );
      const chip = chipOf(el);
      expect(chip.localName).to.equal('span');
      expect(chip.tabIndex).to.equal(-1);
      expect(chip.textContent).to.equal('United States');
    }
  });

  it('resolves a relative href against the page, as any link the publisher writes', async () => {
    const el = await fixture<EntityChipElement>(html`<entity-chip name="X" href="/entity/x"></entity-chip>`);
    expect((chipOf(el) as HTMLAnchorElement).href).to.equal(new URL('/entity/x', location.href).href);
  });

  it('finds its entity by id in a story given by src, with an absolute link', async () => {
    const el = await fixture<EntityChipElement>(
      html`<entity-chip src=${SEED_URL} entity="delcy-rodriguez"></entity-chip>`
    );
    await storyLoaded(el);
    const chip = chipOf(el) as HTMLAnchorElement;
    expect(chip.textContent).to.equal('Delcy Rodriguez');
    expect(chip.href).to.equal('https://rbtfl.xyz/zh/entity/delcy-rodriguez');
  });

  it('shows its fallback content when the bound entity is not in the story', async () => {
    const el = await fixture<EntityChipElement>(
      html`<entity-chip .story=${seed} entity="constructor">Fallback name</entity-chip>`
    );
    await storyLoaded(el);
    expect(el.shadowRoot!.querySelector('[part~="chip"]')?.outerHTML).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('slot')!.assignedNodes()[0].textContent).to.equal('Fallback name');
  });

  it('fires story-link-click with kind "entity"', async () => {
    const el = await fixture<EntityChipElement>(
      html`<entity-chip .story=${seed} entity="venezuela"></entity-chip>`
    );
    await storyLoaded(el);
    const chip = chipOf(el);
    chip.addEventListener('click', (event) => event.preventDefault());
    const clicked = oneEvent(el, 'story-link-click');
    chip.click();
    expect((await clicked).detail).to.deep.equal({
      url: 'https://rbtfl.xyz/zh/entity/venezuela',
      kind: 'entity',
      id: 'venezuela',
    });
  });

  it('makes no request when standalone', async () => {
    const {key} = storyUrl();
    await fixture(html`<entity-chip name="Venezuela" href="https://rbtfl.xyz/"></entity-chip>`);
    expect(await requestCount(key)).to.equal(0);
  });

  describe('in a sentence', () => {
    /**
     * A one-line paragraph, 16 px type on a 1.2 line height, holding `chip`. Sans-serif: in
     * Firefox, DejaVu Serif's bold face alone makes a line 0.5 px taller, chip or not.
     */
    const sentence = (chip: unknown) =>
      fixture<HTMLParagraphElement>(
        html`<p style="white-space: nowrap; margin: 0; font: 16px/1.2 sans-serif">
          The strike, run with the government in ${chip}, marks a turn in how Washington fights.
        </p>`
      );
    const height = (p: HTMLElement) => p.getBoundingClientRect().height;
    const chipIn = (p: HTMLElement) => p.querySelector('entity-chip')!;

    it('keeps the sentence’s line height in every state: loading, ready, failed, standalone', async () => {
      const plain = height(await sentence('Venezuela'));
      const slow = storyUrl({delay: 5000});
      for (const name of [undefined, 'Venezuela']) {
        const p = await sentence(
          html`<entity-chip entity="venezuela" src=${slow.url} name=${name ?? nothing}></entity-chip>`
        );
        await serverSaw(slow.key, 1);
        const state = `loading, ${name ? 'with' : 'without'} a name`;
        expect(chipIn(p).matches(':state(loading)'), state).to.equal(true);
        expect(height(p), state).to.be.closeTo(plain, 0.01);
        // In a sentence, a chip loading says nothing of loading: its name, or a silent placeholder.
        expect(chipIn(p).shadowRoot!.textContent!.trim(), state).to.equal(name ?? '');
        if (!name)
          expect(
            chipIn(p).shadowRoot!.querySelector('[part="skeleton"]')!.getAttribute('aria-hidden')
          ).to.equal('true');
      }
      const ready = await sentence(html`<entity-chip entity="venezuela" src=${SEED_URL}></entity-chip>`);
      await storyLoaded(chipIn(ready) as EntityChipElement);
      expect(height(ready), 'ready').to.be.closeTo(plain, 0.01);
      const failed = await sentence(
        html`<entity-chip
          entity="venezuela"
          name="Venezuela"
          src=${storyUrl({status: 404}).url}
        ></entity-chip>`
      );
      await storyFailed(chipIn(failed) as EntityChipElement);
      expect(chipOf(chipIn(failed) as EntityChipElement).textContent).to.equal('Venezuela');
      expect(height(failed), 'failed').to.be.closeTo(plain, 0.01);
      const standalone = await sentence(html`<entity-chip name="Venezuela" href="/v"></entity-chip>`);
      expect(height(standalone), 'standalone').to.be.closeTo(plain, 0.01);
    });

    it('inherits the sentence’s line-height instead of setting its own', async () => {
      const p = await sentence(html`<entity-chip name="Venezuela" href="/v"></entity-chip>`);
      expect(getComputedStyle(chipIn(p)).lineHeight).to.equal(getComputedStyle(p).lineHeight);
    });
  });
});
