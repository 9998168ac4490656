// dist/configurator.html as an editor uses it: pick a story and an element, see the previews, read
// what is wrong with a story that cannot show, and copy the codes; the codes, pasted into a blank
// page, render the same element, as many times as an article carries them.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {StoryElement} from '../src/core/story-element.js';
import {storyLoaded, storyUrl} from './helpers.js';

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
type Page = Awaited<ReturnType<typeof open>>;

/** Sets a form control as an editor would, and waits for the page to catch up. */
async function set(page: Page, selector: string, value: string | boolean) {
  const control = page.$<HTMLInputElement>(selector);
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  const settled = page.settled();
  control.dispatchEvent(new Event('change', {bubbles: true}));
  await settled;
}

/** Copies a code with its button, pressed from the keyboard; resolves with what was copied. */
async function copy(page: Page, button: string) {
  let copied = '';
  page.win.navigator.clipboard.writeText = async (text: string) => void (copied = text);
  page.$(button).focus();
  await sendKeys({press: 'Enter'});
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return copied;
}

/** A blank page with `head` and `body`, once its elements are defined and have shown their stories. */
async function paste(head: string, body: string, lang = 'en') {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const doc = frame.contentDocument!;
  const elements = [...doc.querySelectorAll<StoryElement>('story-summary, takes-by-lens, story-numbers')];
  await Promise.all(elements.map((el) => frame.contentWindow!.customElements.whenDefined(el.localName)));
  await Promise.all(elements.map(storyLoaded));
  return {frame, doc, elements};
}

/** What an element shows: its shadow root's text, without the page's live region that may sit there for a few seconds. */
const text = (el: StoryElement) =>
  [...el.shadowRoot!.childNodes]
    .filter((node) => !(node instanceof Element && node.hasAttribute('aria-live')))
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ');
const absolute = (url: string) => new URL(url, location.href).href;

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

  it('lists the problems of a broken story with their paths, and links the story format', async () => {
    const page = await open();
    await set(page, '#src', absolute('/test/fixtures/invalid-take-url.json'));
    expect(page.$('#story-status').textContent).to.equal('1 problem in this story:');
    expect(page.$('#problems').textContent).to.equal(
      'lenses[2].takes[0].url: expected a string, got integer'
    );
    expect(page.$('#src').getAttribute('aria-invalid')).to.equal('true');
    expect(page.$<HTMLAnchorElement>('#story-fix a').href).to.match(/\/docs\/story-format\.md$/);
    page.frame.remove();
  });

  it('tells a server without CORS, no answer, an error status and an answer that is not JSON apart', async () => {
    const page = await open();
    const cases: [string, RegExp, RegExp, string][] = [
      [
        storyUrl({fail: 1000}, {crossOrigin: true}).url,
        /^127\.0\.0\.1:\d+ answered without Access-Control-Allow-Origin/,
        /"Access-Control-Allow-Origin: \*"/,
        '#serving-it-yourself',
      ],
      [
        'http://127.0.0.1:1/story.json',
        /^No answer from 127\.0\.0\.1:1\.$/,
        /^Check the URL/,
        '#troubleshooting',
      ],
      [
        absolute(storyUrl({status: 404}).url),
        / answered 404\b/,
        /^Nothing is published at this URL/,
        '#troubleshooting',
      ],
      [
        absolute(storyUrl({body: 'html'}).url),
        /^The answer is not JSON \(served as text\/html\)\.$/,
        /Use the URL of the story's JSON file\./,
        '#troubleshooting',
      ],
    ];
    const seen = [];
    for (const [url, status, fix, anchor] of cases) {
      await set(page, '#src', url);
      seen.push(page.$('#story-status').textContent);
      expect(page.$('#story-status').textContent).to.match(status);
      expect(page.$('#story-fix').textContent).to.match(fix);
      expect(page.$<HTMLAnchorElement>('#story-fix a').href).to.match(
        new RegExp(`/docs/publishers\\.md${anchor}$`)
      );
    }
    expect(new Set(seen).size).to.equal(cases.length);
    page.frame.remove();
  });

  it('writes a site code once and an article code for each embed: two in one page both show', async () => {
    const page = await open();
    await set(page, '[value="takes-by-lens"]', true);
    await set(page, '[name="limit"]', '2');
    await set(page, '[name="refresh"]', '60');
    const site = await copy(page, '[data-copy="site-code"]');
    expect(page.$('[data-copied="site-code"]').textContent).to.equal('Copied.');
    expect(site).to.equal(page.$<HTMLTextAreaElement>('#site-code').value);
    // The bundle beside the configurator (self-hosted), pinned, with the stylesheet that keeps the
    // element's place; no import map unless asked; no element.
    expect(site.split('\n')).to.have.length(2);
    expect(site).to.match(
      /^<link rel="stylesheet" href="http:\/\/[^"]+\/dist\/story-widgets\.css" integrity="sha384-[\w+/=]{64}" crossorigin="anonymous">$/m
    );
    expect(site).to.match(
      /^<script type="module" src="http:\/\/[^"]+\/dist\/story-widgets\.js" integrity="sha384-[\w+/=]{64}" crossorigin="anonymous"><\/script>$/m
    );
    const takes = await copy(page, '#copy');
    expect(takes).to.match(
      /^<takes-by-lens src="[^"]+" refresh="60" limit="2" style="--story-placeholder-height: max\(\d+(\.\d)?em - \d+(\.\d)?cqi, \d+(\.\d)?em\)"><a href="[^"]+">Read the story<\/a><\/takes-by-lens>$/
    );
    await set(page, '[value="story-numbers"]', true);
    const numbers = await copy(page, '#copy');
    expect(numbers).to.match(/^<story-numbers src="[^"]+"[^>]*>.*<\/story-numbers>$/);
    const size = (bytes: number, where: string) =>
      new RegExp(`^${bytes} bytes \\(\\d+ gzip alone\\) ${where}\\.$`);
    expect(page.$('#site-size').textContent).to.match(
      size(new Blob([site]).size, 'in every page of the site')
    );
    expect(page.$('#code-size').textContent).to.match(
      size(new Blob([numbers]).size, 'in every article that shows it')
    );

    const pasted = await paste(site, `<p>One story.</p>${takes}<p>And its figures.</p>${numbers}`);
    expect(pasted.elements.map((el) => el.localName)).to.deep.equal(['takes-by-lens', 'story-numbers']);
    expect(pasted.elements[0].refresh).to.equal(60);
    const preview = page.$('#preview-light').firstElementChild as StoryElement;
    expect(text(pasted.elements[1])).to.equal(text(preview));
    pasted.frame.remove();
    page.frame.remove();
  });

  it('pins what the bundle loads later only when asked, for only the languages ticked', async () => {
    const page = await open();
    expect(page.$<HTMLTextAreaElement>('#site-code').value).not.to.contain('importmap');
    await set(page, '[name="lang"]', 'de');
    await set(page, '[name="importmap"]', true);
    await set(page, '[name="pinned"][value="de"]', true);
    await set(page, '[name="pinned"][value="fr"]', true);
    const site = page.$<HTMLTextAreaElement>('#site-code').value;
    expect(site.split('\n')[0]).to.equal('<meta name="story-widgets:locale" content="de">');
    const map = JSON.parse(site.match(/<script type="importmap">(.*)<\/script>/)![1]);
    expect(Object.keys(map.integrity).map((url) => url.replace(/^.*\/dist\//, ''))).to.deep.equal([
      'story-widgets.all.js',
      'entity-chip.js',
      'blocks.js',
      'views.js',
      'block-views.js',
      'live.js',
      'locales/de.js',
      'locales/fr.js',
    ]);
    expect(page.$('#site-note').textContent).to.match(/'sha256-[\w+/=]{44}' in script-src/);
    // A German page with two article codes: the words of the module the import map pins.
    const article = page.$<HTMLTextAreaElement>('#code').value;
    const pasted = await paste(site, article + article, 'de');
    expect(pasted.elements).to.have.length(2);
    expect(text(pasted.elements[0])).to.contain('Mehr zu dieser Meldung');
    pasted.frame.remove();
    page.frame.remove();
  });

  it('writes one self-contained code for a CMS without the template, says its cost, and two of them get along', async () => {
    const page = await open();
    await set(page, '[name="theme"]', 'dark');
    await set(page, '[value="single"]', true);
    expect(page.$('#site-block').hidden).to.equal(true);
    const code = page.$<HTMLTextAreaElement>('#code').value;
    expect(code).not.to.contain('importmap');
    expect(code.split('\n').map((line) => line.replace(/[\s"=].*/, ''))).to.deep.equal([
      '<link',
      '<script',
      '<story-summary',
    ]);
    expect(code).to.match(/<story-summary src="[^"]+" theme="dark" style=/);
    const more = new Blob([code]).size - new Blob([code.split('\n')[2]]).size;
    expect(page.$('#code-note').textContent).to.contain(`${more} bytes more than an article code`);
    const pasted = await paste('', `<p>First.</p>${code}<p>Second.</p>${code}`);
    expect(pasted.elements).to.have.length(2);
    expect(pasted.elements.every((el) => el.matches(':state(ready)'))).to.equal(true);
    pasted.frame.remove();
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
    expect(page.$<HTMLAnchorElement>('#code-note a').href).to.match(/\/docs\/publishers\.md#iframe$/);
    await set(page, '[value="oembed"]', true);
    expect(page.$<HTMLTextAreaElement>('#code').value).to.equal(
      'https://rbtfl.xyz/zh/n/venezuela-nino-guerrero-strike'
    );
    expect(page.$<HTMLAnchorElement>('#code-note a').href).to.match(/\/docs\/publishers\.md#oembed$/);
    page.frame.remove();
  });

  it('draws its own controls, and takes an element from the keyboard', async () => {
    const page = await open();
    const plain = page.win.document.createElement('input');
    const blank = document.createElement('iframe');
    document.body.append(blank);
    blank.contentDocument!.body.append(plain);
    const look = (el: Element) => {
      const style = getComputedStyle(el);
      return [style.borderTopLeftRadius, style.paddingTop, style.borderTopColor];
    };
    expect(look(page.$('#src'))).not.to.deep.equal(look(plain));
    blank.remove();
    const summary = page.$<HTMLInputElement>('[value="story-summary"]');
    summary.focus();
    const settled = page.settled();
    await sendKeys({press: 'ArrowDown'});
    await settled;
    expect(page.$<HTMLInputElement>('[value="takes-by-lens"]').checked).to.equal(true);
    expect(page.$('#preview-light').firstElementChild!.localName).to.equal('takes-by-lens');
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
