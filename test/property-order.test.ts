// Frameworks set properties on live elements: React hydrates elements already upgraded, Vue,
// Svelte and Angular set them after connection. Whatever the order, the next render shows them.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/story-widgets.js';
import type {Story} from '../src/data/schema.js';
import type {StoryElement} from '../src/core/story-element.js';
import {seed, seedWith, SEED_URL, storyLoaded, texts} from './helpers.js';

const tags = ['story-summary', 'takes-by-lens', 'story-numbers', 'entity-chip'] as const;

/** What a reader sees of the story in each element: its headline, lenses, first figure, the chip. */
const shown: Record<(typeof tags)[number], (el: Element) => string | undefined> = {
  'story-summary': (el) => texts(el, '[part="title"]')[0],
  'takes-by-lens': (el) => texts(el, '[part~="lens-label"]').join(' | '),
  'story-numbers': (el) => texts(el, '[part="value"]')[0],
  'entity-chip': (el) => texts(el, '[part~="chip"]')[0],
};

/** The same story, told apart from the seed in every element. */
const other = seedWith((story) => {
  story.id = 'another-story';
  story.title = 'Another headline';
  story.lenses[1].label = 'Another lens';
  story.numbers[0].value = '42';
  story.entities.find((entity: {id: string}) => entity.id === 'venezuela').name = 'Venezuela (other)';
});

/** A fresh element of `tag`, not yet in the page; the chip shows `venezuela`. */
function create(tag: string, fallback = '') {
  const el = document.createElement(tag) as StoryElement;
  if (tag === 'entity-chip') el.setAttribute('entity', 'venezuela');
  el.textContent = fallback;
  return el;
}

/** Puts `el` in the page and waits for its first update. */
async function connected<T extends StoryElement>(el: T): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

for (const tag of tags) {
  describe(`<${tag}> story property, set at any time`, () => {
    it('renders a story set before the element is connected', async () => {
      const el = create(tag);
      el.story = seed;
      await storyLoaded(await connected(el));
      expect(shown[tag](el)).to.equal(shown[tag](await loadedWith(tag, seed)));
    });

    it('renders a story set after connection, before the first update', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = create(tag);
      wrapper.append(el);
      el.story = other;
      await storyLoaded(el);
      expect(shown[tag](el)).to.contain(tag === 'story-summary' ? 'Another headline' : '');
      expect(shown[tag](el)).to.equal(shown[tag](await loadedWith(tag, other)));
    });

    it('renders a story set after the first update, then another story', async () => {
      const el = await connected(create(tag));
      expect(el.story).to.equal(undefined);
      const first = oneEvent(el, 'story-load');
      el.story = seed;
      expect((await first).detail.story.id).to.equal(seed.id);
      await storyLoaded(el);
      const seedText = shown[tag](el);
      expect(seedText).to.be.a('string').and.not.equal('');

      const second = oneEvent(el, 'story-load');
      el.story = other;
      expect((await second).detail.story.id).to.equal('another-story');
      expect(shown[tag](el)).to.not.equal(seedText);
    });

    it('does nothing when given the same story again', async () => {
      const el = await connected(create(tag));
      el.story = seed;
      await storyLoaded(el);
      let loads = 0;
      el.addEventListener('story-load', () => loads++);
      el.story = seed;
      el.story = structuredClone(seed);
      expect(el.isUpdatePending).to.equal(false);
      // The story it shows (validated and frozen) given again is the same story too.
      const shownStory = el.story;
      el.story = shownStory;
      expect(el.isUpdatePending).to.equal(false);
      await el.updateComplete;
      expect(loads).to.equal(0);
    });

    it('falls back to src when the story is set to undefined', async () => {
      const el = await connected(create(tag));
      el.story = other;
      await storyLoaded(el);
      el.src = SEED_URL;
      await storyLoaded(el);
      expect(el.story!.id).to.equal(other.id, 'a story object wins over src');
      el.story = undefined;
      await storyLoaded(el);
      expect(el.story!.id).to.equal(seed.id);
    });

    it('falls back to the fallback content when the story is set to undefined without src', async () => {
      const el = await connected(create(tag, 'Fallback text'));
      // A parsed story (another element's) is the case where the story shown is the one given.
      el.story = (await loadedWith(tag, seed)).story;
      await storyLoaded(el);
      el.story = undefined;
      await el.updateComplete;
      expect(el.story).to.equal(undefined);
      const slot = el.shadowRoot!.querySelector('slot');
      expect(slot, 'the fallback slot renders').to.not.equal(null);
      expect(slot!.assignedNodes().map((node) => node.textContent)).to.deep.equal(['Fallback text']);
    });
  });
}

/** An element of `tag` showing `story`, to compare what each order shows. */
async function loadedWith(tag: string, story: Story): Promise<StoryElement> {
  const el = create(tag);
  el.story = story;
  return storyLoaded(await connected(el));
}

/**
 * Every other attribute, set as an attribute or as its property once the element shows its
 * story: the next render shows it. `check` reads what a reader would see.
 */
const changes: {tag: string; attribute: string; value: string; check: (el: Element) => unknown}[] = [
  {
    tag: 'story-summary',
    attribute: 'sections',
    value: 'why',
    check: (el) => texts(el, '[part="why"]').length,
  },
  {
    tag: 'story-summary',
    attribute: 'heading-level',
    value: '4',
    check: (el) => el.shadowRoot!.querySelector('[part="title"]')!.localName,
  },
  {
    tag: 'story-summary',
    attribute: 'provider',
    value: 'Example Desk',
    check: (el) => texts(el, '[part="provider"]'),
  },
  {
    tag: 'story-summary',
    attribute: 'theme',
    value: 'dark',
    check: (el) => getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).colorScheme,
  },
  {tag: 'takes-by-lens', attribute: 'limit', value: '0', check: (el) => texts(el, '[part~="take"]').length},
  {
    tag: 'takes-by-lens',
    attribute: 'lens',
    value: 'us-mainstream',
    check: (el) => texts(el, '[part~="lens-label"]'),
  },
  {
    tag: 'story-numbers',
    attribute: 'layout',
    value: 'list',
    check: (el) => getComputedStyle(el.shadowRoot!.querySelector('[part="figure"]')!).flexDirection,
  },
  {
    tag: 'entity-chip',
    attribute: 'entity',
    value: 'delcy-rodriguez',
    check: (el) => texts(el, '[part~="chip"]'),
  },
];

describe('attributes and properties set at any time', () => {
  for (const {tag, attribute, value, check} of changes) {
    for (const via of ['attribute', 'property'] as const) {
      it(`<${tag}> ${attribute}, set as ${via === 'attribute' ? 'an attribute' : 'a property'} after the story shows`, async () => {
        const el = create(tag);
        el.story = seed;
        await storyLoaded(await connected(el));
        const before = JSON.stringify(check(el));
        if (via === 'attribute') el.setAttribute(attribute, value);
        else (el as any)[attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = value;
        await el.updateComplete;
        const after = JSON.stringify(check(el));
        expect(after).to.not.equal(before);
        // The same as an element that had the attribute from the start.
        const fresh = create(tag);
        fresh.setAttribute(attribute, value);
        fresh.story = seed;
        await storyLoaded(await connected(fresh));
        expect(after).to.equal(JSON.stringify(check(fresh)));
      });
    }
  }
});

describe('an element and its own attributes', () => {
  it('adds none to itself: what the page wrote is what stays', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <story-summary src=${SEED_URL}></story-summary>
        <takes-by-lens src=${SEED_URL}></takes-by-lens>
        <story-numbers src=${SEED_URL}></story-numbers>
        <entity-chip src=${SEED_URL}></entity-chip>
      </div>`
    );
    const elements = [...wrapper.children] as StoryElement[];
    (elements[3] as any).entity = 'venezuela';
    (elements[2] as any).layout = 'list';
    await Promise.all(elements.map(storyLoaded));
    for (const el of elements) expect(el.getAttributeNames(), el.localName).to.deep.equal(['src']);
  });
});
