// The elements in React apps: React 18 through the story-widgets/react wrappers (@lit/react),
// React 19 with the wrappers and with the custom elements written as they are.
import {expect} from '@open-wc/testing';
import type {StoryElement} from '../src/core/story-element.js';
import {seed, seedWith, storyFailed, storyLoaded} from './helpers.js';

type Harness = typeof import('./react/harness.js');
// Served by test/react/bundle.js: the harness bundled with each React.
const harnesses = {
  18: (await import(/* @vite-ignore */ '/test/react/react-18.js' as string)) as Harness,
  19: (await import(/* @vite-ignore */ '/test/react/react-19.js' as string)) as Harness,
};

/** A container on the page, and a counter of `type` events reaching the app's handler. */
function setup() {
  const container = document.createElement('div');
  document.body.append(container);
  return container;
}

/** Counts the renders of `el` from now on. */
function countUpdates(el: StoryElement) {
  let count = 0;
  const updated = (el as any).updated.bind(el);
  (el as any).updated = (changed: unknown) => {
    count++;
    updated(changed);
  };
  return () => count;
}

for (const [major, {version, mount, element}] of Object.entries(harnesses)) {
  /** How this React writes each element: the wrapper, and in React 19 the tag itself. */
  const ways: [string, string, (name: string) => string][] = [
    [
      'wrapper',
      'StorySummary',
      (event) => `on${event.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
    ],
  ];
  if (major === '19') ways.push(['custom element', 'story-summary', (event) => `on${event}`]);

  describe(`React ${major}`, () => {
    it(`is React ${major}`, () => expect(version.split('.')[0]).to.equal(major));

    for (const [way, name, handler] of ways) {
      it(`renders the story and calls the load handler once (${way})`, async () => {
        const container = setup();
        const loads: Event[] = [];
        const app = mount(
          container,
          element(name, {story: seed, [handler('story-load')]: (e: Event) => loads.push(e)})
        );
        const el = container.querySelector<StoryElement>('story-summary')!;
        await storyLoaded(el);
        expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(seed.title);
        expect(loads).to.have.length(1);
        expect((loads[0] as CustomEvent).detail.story.title).to.equal(seed.title);
        app.unmount();
        container.remove();
      });

      it(`a parent rendering again with an equal inline story changes nothing (${way})`, async () => {
        const container = setup();
        const errors: Event[] = [];
        const props = () => ({
          story: seedWith((s) => (s.title = 3)),
          [handler('story-error')]: (e: Event) => errors.push(e),
        });
        const app = mount(container, element(name, props()));
        const el = container.querySelector<StoryElement>('story-summary')!;
        await storyFailed(el);
        const renders = countUpdates(el);
        for (let i = 0; i < 3; i++) app.render(element(name, props()));
        await el.storyComplete;
        expect(errors).to.have.length(1);
        expect(renders()).to.equal(0);
        // A different story still counts.
        app.render(element(name, {...props(), story: seed}));
        await storyLoaded(el);
        expect(el.story!.title).to.equal(seed.title);
        app.unmount();
        container.remove();
      });
    }

    it('wrappers pass attributes, refs and link clicks', async () => {
      const container = setup();
      const clicks: CustomEvent[] = [];
      let ref: StoryElement | null = null;
      mount(
        container,
        element('EntityChip', {
          story: seed,
          entity: 'venezuela',
          ref: (el: StoryElement | null) => (ref = el ?? ref),
          onStoryLinkClick: (e: CustomEvent) => clicks.push(e),
        })
      );
      const chip = container.querySelector<StoryElement>('entity-chip')!;
      expect(ref).to.equal(chip);
      await storyLoaded(chip);
      const link = chip.shadowRoot!.querySelector('a')!;
      link.addEventListener('click', (event) => event.preventDefault());
      link.click();
      expect(clicks.map((e) => e.detail.id)).to.deep.equal(['venezuela']);
      mount(setup(), element('TakesByLens', {story: seed, lens: 'us-mainstream', headingLevel: 3}));
      const takes = document.querySelector<StoryElement>('takes-by-lens')!;
      await storyLoaded(takes);
      expect(takes.shadowRoot!.querySelector('h3')).to.not.equal(null);
      expect(takes.shadowRoot!.querySelectorAll('[part="take"]')).to.have.length(1);
      for (const el of document.querySelectorAll('entity-chip, takes-by-lens')) el.parentElement!.remove();
    });
  });
}
