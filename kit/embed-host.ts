// dist/embed-host.js, for the publisher's page: sizes every story-widgets iframe to its content.
// Only messages from the frame's own window and origin count; one copy handles every frame. A frame
// sandboxed without allow-same-origin has no origin but "null", which its messages carry.
addEventListener('message', (event: MessageEvent<{type?: string; height?: unknown}>) => {
  const {data} = event;
  if (data?.type !== 'story-widgets:size') return;
  const height = Number(data.height);
  if (!(height > 0 && height < 100_000)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-story-widgets]')) {
    if (frame.contentWindow !== event.source) continue;
    const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
    if ((opaque ? 'null' : new URL(frame.src, location.href).origin) !== event.origin) return;
    frame.height = String(Math.ceil(height));
  }
});
