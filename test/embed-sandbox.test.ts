// dist/embed.html in a frame sandboxed with allow-scripts alone, as WordPress frames a provider it
// discovered: the frame's origin is null, it may not open a tab, and every module it loads is a
// cross-origin request. It speaks WordPress's protocol (wp-includes/js/wp-embed.js) there.
import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {StoryElement} from '../src/core/story-element.js';
import {embed, loadHost, messageFrom, WORDPRESS_SANDBOX, type Frame} from './embed-helpers.js';
import {storyLoaded} from './helpers.js';

before(loadHost);

const SECRET = 'Wp3mbedT3st';
/** embed.html on a host that allows it (CORS), showing the seed in `element`, with `more`. */
const page = (element: string, more = '') =>
  `/cors/dist/embed.html?src=${encodeURIComponent('/cors/dist/venezuela-nino-guerrero-strike.json')}&element=${element}${more}`;

/** The height `element` takes in a frame 600 px wide, measured in a frame the test may look into. */
async function contentHeight(element: string) {
  const frame = await embed(page(element));
  const el = frame.contentDocument!.querySelector<StoryElement>(element)!;
  await frame.contentWindow!.customElements.whenDefined(element);
  await storyLoaded(el);
  const height = Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
  frame.remove();
  return height;
}

/** WordPress's `height` message of `frame` with `secret`, once it says `height`. */
const wordpressHeight = (frame: Frame, height: number, secret?: string) =>
  messageFrom(frame, (data) => data.message === 'height' && data.secret === secret && data.value === height);

describe('dist/embed.html in a frame sandboxed with allow-scripts alone', () => {
  it("tells WordPress its height with WordPress's secret, and again when WordPress is ready", async () => {
    const height = await contentHeight('story-numbers');
    const frame = await embed(`${page('story-numbers')}#?secret=${SECRET}`, {sandbox: WORDPRESS_SANDBOX});
    await wordpressHeight(frame, height, SECRET);
    // wp-embed.js says `ready` to every frame it finds; a wrong secret is not WordPress's.
    const before = frame.messages.length;
    const answers = () => frame.messages.slice(before).filter((data) => data.message === 'height');
    frame.contentWindow!.postMessage({message: 'ready', secret: 'n0tTheS3cret'}, '*');
    frame.contentWindow!.postMessage({message: 'ready', secret: SECRET}, '*');
    while (!answers().length)
      await new Promise((resolve) => addEventListener('message', resolve, {once: true}));
    expect(answers()).to.deep.equal([{message: 'height', value: height, secret: SECRET}]);
    frame.remove();
  });

  it('tells its height while WordPress keeps it clipped, a frame whose drawing the browser pauses', async () => {
    const height = await contentHeight('story-numbers');
    const frame = Object.assign(document.createElement('iframe'), {messages: [] as any[]}) as Frame;
    addEventListener(
      'message',
      (event) => event.source === frame.contentWindow && frame.messages.push(event.data)
    );
    frame.src = `${page('story-numbers')}#?secret=${SECRET}`;
    frame.sandbox.add(...WORDPRESS_SANDBOX);
    frame.width = '600';
    // As wp_filter_oembed_result() prints it, until wp-embed.js hears the frame.
    frame.setAttribute('style', 'position: absolute; clip: rect(1px, 1px, 1px, 1px);');
    document.body.append(frame);
    await wordpressHeight(frame, height, SECRET);
    frame.remove();
  });

  it('says its height without a secret too (the block editor sizes a registered embed by it)', async () => {
    const height = await contentHeight('story-numbers');
    const frame = await embed(page('story-numbers'));
    await wordpressHeight(frame, height, undefined);
    frame.remove();
  });

  it('asks WordPress to open a link the reader follows, as the sandbox lets it open no tab', async () => {
    const height = await contentHeight('story-summary');
    const frame = await embed(`${page('story-summary')}#?secret=${SECRET}`, {sandbox: WORDPRESS_SANDBOX});
    // Its story shows: not the skeleton, which has no link.
    await wordpressHeight(frame, height, SECRET);
    // The reader clicks the frame's corner, tabs to its first link (the summary's first entity), and
    // follows it.
    const {left, top} = frame.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.ceil(left) + 4, Math.ceil(top) + 4]});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Enter'});
    const link = await messageFrom(frame, (data) => data.message === 'link');
    expect(link).to.deep.equal({
      message: 'link',
      value: 'https://rbtfl.xyz/zh/entity/tren-de-aragua',
      secret: SECRET,
    });
    frame.remove();
  });

  it('embed-host.js sizes it: its messages come from origin "null"', async () => {
    const height = await contentHeight('story-numbers');
    const frame = await embed(page('story-numbers'), {sandbox: WORDPRESS_SANDBOX});
    await wordpressHeight(frame, height, undefined);
    expect(Number(frame.height)).to.equal(height);
    frame.remove();
  });

  it('says so, instead of staying blank, when its host sends no CORS headers with its scripts', async () => {
    const frame = await embed(`/no-cors/dist/embed.html?src=${encodeURIComponent('/dist/x.json')}`, {
      sandbox: WORDPRESS_SANDBOX,
    });
    // A blank page is 0 px tall.
    expect(
      (await messageFrom(frame, (data) => data.message === 'height' && data.value > 30)).value
    ).to.be.below(200);
    frame.remove();
    // Where the test may read it: a host that lost the modules.
    const lost = await embed(`/broken/dist/embed.html?src=${encodeURIComponent('/dist/x.json')}`);
    await messageFrom(lost, (data) => data.message === 'height' && data.value > 30);
    expect(lost.contentDocument!.querySelector('#embed')!.textContent).to.equal(
      `This story cannot show here: its script did not load from ${location.host}.`
    );
    lost.remove();
  });

  it('adds why to its fallback when the story comes without CORS headers', async () => {
    const frameOf = (src: string) =>
      embed(`/cors/dist/embed.html?src=${encodeURIComponent(src)}&element=story-numbers`, {
        sandbox: WORDPRESS_SANDBOX,
      });
    // The skeleton first (about 200 px), then the fallback: a link, one line.
    const missing = await frameOf('/cors/dist/no-such-story.json');
    const {value: link} = await messageFrom(
      missing,
      (data) => data.message === 'height' && data.value > 0 && data.value < 100
    );
    missing.remove();
    // With the CORS error, the line saying so under it.
    const refused = await frameOf('/no-cors/dist/venezuela-nino-guerrero-strike.json');
    await messageFrom(
      refused,
      (data) => data.message === 'height' && data.value > link + 30 && data.value < 150
    );
    refused.remove();
  });
});
