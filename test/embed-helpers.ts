// Frames of dist/embed.html on a publisher's page, as the embed tests make them, and the messages
// each sends its parent.

export type Frame = HTMLIFrameElement & {messages: any[]};

/** The publisher's page loads the host script, once. */
export async function loadHost() {
  const script = Object.assign(document.createElement('script'), {src: '/dist/embed-host.js'});
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
  document.head.append(script);
  await loaded;
}

/** WordPress's sandbox for a provider it discovered: scripts, nothing else (origin null). */
export const WORDPRESS_SANDBOX = ['allow-scripts'];

/**
 * An iframe of `page` (`/dist/embed.html?…`), sandboxed as the documented code does unless
 * `sandbox` says otherwise, with the messages it sends; once its page has loaded.
 */
export async function embed(
  page: string,
  {
    sandbox = ['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-popups-to-escape-sandbox'],
    width = 600,
  } = {}
): Promise<Frame> {
  const frame = Object.assign(document.createElement('iframe'), {messages: [] as any[]});
  addEventListener(
    'message',
    (event) => event.source === frame.contentWindow && frame.messages.push(event.data)
  );
  frame.dataset.storyWidgets = '';
  frame.src = page;
  frame.sandbox.add(...sandbox);
  frame.height = '50';
  frame.width = String(width);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The last message from `frame` that `matches`, once it has come. */
export async function messageFrom(frame: Frame, matches: (data: any) => boolean) {
  const match = () => frame.messages.findLast((data) => data && matches(data));
  while (!match()) await new Promise((resolve) => addEventListener('message', resolve, {once: true}));
  return match();
}

/** The frame's message of `type` whose height `matches`, once it has come. */
export const message = (frame: Frame, type: string, matches: (height: number) => boolean = (h) => h > 100) =>
  messageFrom(frame, (data) => data.type === type && matches(data.height));
