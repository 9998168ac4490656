// The README's quick start works as pasted: its page, with the origin `npm start` serves on
// replaced by this test server's, shows the seed story (the built bundle, the seed beside it).
import {expect} from '@open-wc/testing';
import type {StoryElement} from '../src/core/story-element.js';
import {storyLoaded} from './helpers.js';

describe("the README's quick start", () => {
  it('shows the local story with the built bundle, as pasted', async () => {
    const readme = await (await fetch('/README.md')).text();
    const page = readme.match(/```html\n([^]*?)```/)![1];
    expect(page).to.contain('http://localhost:5173/dist/story-widgets.js');
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    // npm start serves the seed at the root (vite's publicDir); the build copies it into dist/.
    frame.srcdoc = page
      .replaceAll('http://localhost:5173/dist/', `${location.origin}/dist/`)
      .replaceAll('http://localhost:5173/', `${location.origin}/dist/`);
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow!;
    await win.customElements.whenDefined('story-summary');
    const summary = frame.contentDocument!.querySelector<StoryElement>('story-summary')!;
    await storyLoaded(summary);
    expect(summary.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Niño Guerrero');
    const takes = frame.contentDocument!.querySelector<StoryElement>('takes-by-lens')!;
    await storyLoaded(takes);
    expect(takes.shadowRoot!.querySelectorAll('[part~="take"]').length).to.be.above(3);
    frame.remove();
  });
});
