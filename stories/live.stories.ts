import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, render} from 'lit';
import {tags} from '../src/elements.js';
import type {StoryElement} from '../src/core/story-element.js';
import {AWAY_MINUTES, LIVE_SRC, serveLiveStory} from './live.js';
import {ownPage} from './support.js';

const meta: Meta = {
  title: 'Live story',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A story with `refresh`, on a clock that stands still: the page opens four minutes after the ' +
          'story was updated, the reader leaves the tab, and comes back when a second version is out.',
      },
    },
  },
};
export default meta;

let served: ReturnType<typeof serveLiveStory> | undefined;

/** The reader comes back; once the update has shown in place, says what screen readers heard. */
async function comeBackAndWatch(root: HTMLElement) {
  const elements = [...root.querySelectorAll<StoryElement>(tags.join(','))];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  await Promise.all(elements.map((el) => el.storyComplete));
  // What keeps the elements current loads after their first render, then follows them.
  await import('../src/live.js');
  await new Promise(requestAnimationFrame);
  const updated = new Promise((resolve) => root.addEventListener('story-update', resolve, {once: true}));
  served?.comeBack();
  await updated;
  await Promise.all(elements.map((el) => el.updateComplete));
  // The page's live region (src/page/announcer.ts) says it a moment after the update shows.
  const heard = () =>
    elements
      .map((el) => el.shadowRoot?.querySelector('[aria-live]')?.textContent?.trim())
      .find((words) => words && /take/i.test(words));
  const said = await new Promise<string | undefined>((resolve) => {
    const done = () => {
      if (!heard()) return;
      observer.disconnect();
      resolve(heard());
    };
    const observer = new MutationObserver(done);
    for (const el of elements)
      observer.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true});
    done();
  });
  root.querySelector('.said')!.textContent = said ? `“${said}”` : 'nothing';
  root.setAttribute('aria-busy', 'false');
}

/**
 * The second version shows in place: the summary's "Updated 3 min ago", the new take marked
 * "New" in its lens, and the one announcement screen readers hear, shown here in words.
 */
export const UpdatedInPlace: StoryObj = {
  ...ownPage({}, '72rem'),
  beforeEach: () => {
    served = serveLiveStory();
    return () => served?.restore();
  },
  render: () => {
    // Busy until the update has shown: the smoke and visual tests wait for it.
    const root = document.createElement('div');
    root.setAttribute('aria-busy', 'true');
    render(
      html`<p class="note">
          The page opened at 18:09 UTC; the reader left the tab and came back ${AWAY_MINUTES} minutes later,
          when the story had a new take. Screen readers heard: <span class="said">…</span>
        </p>
        <story-summary src=${LIVE_SRC} refresh="60" sections="meta summary"></story-summary>
        <takes-by-lens src=${LIVE_SRC} refresh="60" limit="3"></takes-by-lens>`,
      root
    );
    void comeBackAndWatch(root);
    return root;
  },
};
