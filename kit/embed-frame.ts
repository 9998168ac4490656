// dist/embed-frame.js: what dist/embed.html says to the page around it, as a classic script. It
// loads and runs where the page's modules cannot: in a frame sandboxed without allow-same-origin
// (WordPress's, for a provider it discovered) the page's origin is null, so each module is a
// cross-origin request that its host must allow (Access-Control-Allow-Origin), and a classic
// script is not. It imports nothing: it is one file, not a module.
//   - The frame's height whenever it changes, in three protocols: `story-widgets:size`
//     (embed-host.js), AMP's `embed-size`, and WordPress's `height` (wp-embed.js, and the block
//     editor's preview).
//   - With WordPress's secret (`#?secret=…`, which it adds to a provider's frame it filtered),
//     the frame's links, as WordPress's `link`: a frame sandboxed with allow-scripts alone may not
//     open a tab, and WordPress navigates its page to a link on the frame's own host.
//   - Why nothing shows, when the page's modules do not load, instead of a blank frame.

const params = new URL(location.href).searchParams;
let secret: string | undefined;

/** WordPress's secret, from the fragment (which wp-embed.js may add after the page has loaded). */
const readSecret = () => (secret = /[#?&]secret=([a-zA-Z0-9]+)/.exec(location.hash)?.[1] ?? secret);

function reportHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  parent.postMessage({type: 'story-widgets:size', height, id: params.get('id') ?? undefined}, '*');
  parent.postMessage({sentinel: 'amp', type: 'embed-size', height}, '*');
  // Without a secret too: the block editor sizes a registered provider's frame, which has none, by it.
  parent.postMessage({message: 'height', value: height, secret}, '*');
}

readSecret();
addEventListener('hashchange', readSecret);
new ResizeObserver(reportHeight).observe(document.documentElement);
// A browser pauses the rendering of a frame its page hides, and ResizeObserver with it: WordPress
// hides a filtered provider's frame until the frame speaks. The moments that set the height speak too.
for (const type of ['DOMContentLoaded', 'load', 'story-load', 'story-error'])
  addEventListener(type, reportHeight);

// wp-embed.js says `ready` when it starts, in case the frame spoke before it listened.
addEventListener('message', ({source, data}) => {
  if (source === parent && secret && data?.message === 'ready' && data.secret === secret) reportHeight();
});

// As WordPress's own embeds do (wp-embed-template.js): a plain click on a link asks the page.
document.addEventListener('click', (event) => {
  if (!secret || event.defaultPrevented || event.button) return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  // The element's links are in its shadow root.
  const link = event
    .composedPath()
    .find(
      (node): node is HTMLAnchorElement =>
        node instanceof HTMLAnchorElement && /^https?:$/.test(node.protocol)
    );
  if (!link) return;
  event.preventDefault();
  parent.postMessage({message: 'link', value: link.href, secret}, '*');
});

// A module that does not load fires `error` at its script element, which does not bubble. Only the
// page's own count (beside it): not a script its host may add.
addEventListener(
  'error',
  ({target}) => {
    if (!(target instanceof HTMLScriptElement && target.src.startsWith(new URL('.', location.href).href)))
      return;
    const host = new URL(target.src).host;
    const text =
      origin === 'null'
        ? `This story cannot show here: this frame is sandboxed (its origin is null), and ${host} does not send Access-Control-Allow-Origin with its scripts.`
        : `This story cannot show here: its script did not load from ${host}.`;
    const p = Object.assign(document.createElement('p'), {className: 'problem', textContent: text});
    document.getElementById('embed')?.replaceChildren(p);
  },
  true
);
