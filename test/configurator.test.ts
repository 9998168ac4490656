// dist/configurator.html as an editor uses it: pick a story and an element, see the previews,
// copy the code; the code, pasted into a blank page, renders the same element.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {StoryElement} from '../src/shared/story-element.js';
import {storyLoaded} from './helpers.js';

type Win = Window & typeof globalThis;

/** The configurator in a frame, once it has shown the seed; `settled()` waits for its next update. */
async function open({csp = true} = {}) {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '900';
  // Without its policy (test/server.js), axe can be put into the page.
  frame.src = csp ? '/dist/configurator.html' : '/dist/configurator.html?no-csp';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Win;
  const settled = () =>
    new Promise((resolve) => win.document.addEventListener('configurator-update', resolve, {once: true}));
  const $ = <T extends Element = HTMLElement>(selector: string) => win.document.querySelector<T>(selector)!;
  while (!$<HTMLTextAreaElement>('#code').value) await settled();
  return {frame, win, $, settled};
}

/** Sets a form control as an editor would, and waits for the page to catch up. */
async function set(page: Awaited<ReturnType<typeof open>>, selector: string, value: string | boolean) {
  const control = page.$<HTMLInputElement>(selector);
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  const settled = page.settled();
  control.dispatchEvent(new Event('change', {bubbles: true}));
  await settled;
}

describe('dist/configurator.html', () => {
  it('shows the seed in light and dark previews at the chosen width', async () => {
    const page = await open();
    expect(page.$('#story-status').textContent).to.match(/^A valid story: US airstrike kills/);
    const light = page.$('#preview-light').firstElementChild as StoryElement;
    const dark = page.$('#preview-dark').firstElementChild as StoryElement;
    await Promise.all([storyLoaded(light), storyLoaded(dark)]);
    expect([light.localName, light.getAttribute('theme'), dark.getAttribute('theme')]).to.deep.equal([
      'story-summary',
      'light',
      'dark',
    ]);
    await set(page, '[name="width"]', '320');
    expect(light.getBoundingClientRect().width).to.equal(320);
    page.frame.remove();
  });

  it('lists the problems of a broken story with their paths', async () => {
    const page = await open();
    await set(page, '#src', new URL('/test/fixtures/invalid-take-url.json', location.href).href);
    expect(page.$('#story-status').textContent).to.equal('1 problem in this story:');
    expect(page.$('#problems').textContent).to.equal(
      'lenses[2].takes[0].url: expected a string, got integer'
    );
    page.frame.remove();
  });

  it('copies a script tag with integrity that, pasted into a blank page, renders the same element', async () => {
    const page = await open();
    await set(page, '[value="takes-by-lens"]', true);
    await set(page, '[name="limit"]', '2');
    await set(page, '#cdn', `${location.origin}/dist/`);
    let copied = '';
    page.win.navigator.clipboard.writeText = async (text: string) => void (copied = text);
    page.$('#copy').focus();
    await sendKeys({press: 'Enter'});
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(page.$('#copy-status').textContent).to.equal('Copied.');
    expect(copied).to.equal(page.$<HTMLTextAreaElement>('#code').value);
    expect(copied).to.match(
      /<script type="module" src="[^"]+" integrity="sha384-[\w+/=]{64}" crossorigin="anonymous">/
    );
    // The stylesheet that keeps the element's place, pinned too, and the height it measured.
    expect(copied).to.match(
      /<link rel="stylesheet" href="[^"]+\/dist\/story-widgets\.css" integrity="sha384-[\w+/=]{64}" crossorigin="anonymous">/
    );
    expect(copied).to.match(
      / style="--story-placeholder-height: max\(\d+(\.\d)?em - \d+(\.\d)?cqi, \d+(\.\d)?em\)"/
    );
    expect(copied).to.include('<takes-by-lens src=');
    expect(copied).to.include('limit="2"');

    const blank = document.createElement('iframe');
    blank.width = '1200';
    blank.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${copied}</body></html>`;
    document.body.append(blank);
    await new Promise((resolve) => blank.addEventListener('load', resolve, {once: true}));
    const pasted = blank.contentDocument!.querySelector<StoryElement>('takes-by-lens')!;
    await blank.contentWindow!.customElements.whenDefined('takes-by-lens');
    await storyLoaded(pasted);
    const preview = page.$('#preview-light').firstElementChild as StoryElement;
    const text = (el: StoryElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text(pasted)).to.equal(text(preview));
    blank.remove();

    // Before its script runs, the pasted element keeps the height the configurator measured, in a
    // column as wide as the preview's and in its font size.
    const {width} = preview.getBoundingClientRect();
    const size = getComputedStyle(preview).fontSize;
    const early = document.createElement('iframe');
    early.width = '1200';
    early.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0; width: ${width}px; font-size: ${size}">${copied.replace(/<script[^]*?<\/script>/g, '')}</body></html>`;
    document.body.append(early);
    await new Promise((resolve) => early.addEventListener('load', resolve, {once: true}));
    const waiting = early.contentDocument!.querySelector('takes-by-lens')!;
    expect(waiting.matches(':defined')).to.equal(false);
    expect(waiting.getBoundingClientRect().height).to.be.closeTo(preview.getBoundingClientRect().height, 2);
    early.remove();
    page.frame.remove();
  });

  it('writes the iframe code and the story page URL for oEmbed', async () => {
    const page = await open();
    await set(page, '[value="iframe"]', true);
    const iframe = page.$<HTMLTextAreaElement>('#code').value;
    expect(iframe).to.match(
      /^<iframe data-story-widgets src="[^"]*\/embed\.html\?src=[^"]+&amp;element=story-summary"/
    );
    expect(iframe).to.match(/loading="lazy"/);
    expect(iframe).to.match(
      /sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"/
    );
    expect(iframe).to.match(/ height="\d{3,4}"/);
    expect(iframe).to.match(/<script async src="[^"]*\/embed-host\.js"><\/script>$/);
    await set(page, '[value="oembed"]', true);
    expect(page.$<HTMLTextAreaElement>('#code').value).to.equal(
      'https://rbtfl.xyz/zh/n/venezuela-nino-guerrero-strike'
    );
    page.frame.remove();
  });

  it('is axe-clean', async () => {
    const page = await open({csp: false});
    const script = Object.assign(page.win.document.createElement('script'), {
      src: '/node_modules/axe-core/axe.min.js',
    });
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    page.win.document.head.append(script);
    await loaded;
    const {axe} = page.win as Win & {axe: {run: (...args: unknown[]) => Promise<any>}};
    const results = await axe.run(page.win.document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    expect(
      results.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target).join(', ')}`)
    ).to.deep.equal([]);
    page.frame.remove();
  });
});
