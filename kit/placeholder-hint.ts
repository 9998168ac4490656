// The height the configurator measures for the chosen story and options, for the code it writes
// (`--story-placeholder-height`): the element keeps it until the story arrives.

/** An element's width and height in its own em. */
function measure(el: HTMLElement) {
  const {width, height} = el.getBoundingClientRect();
  const em = parseFloat(getComputedStyle(el).fontSize);
  return [width / em, height / em];
}

/**
 * The height `shown` (a rendered preview) takes, as a function of its width: measured as it is
 * and, hidden, at a second width — a phone's column for a wide preview, an article's for a narrow
 * one — in the probe `make` puts in the box it is given; as `max(a − b·w, c)` em, the formula of
 * src/placeholders.ts: the line through both, no shorter than at the wider.
 */
export async function placeholderHint(
  shown: HTMLElement,
  make: (box: HTMLElement) => HTMLElement & {storyComplete?: Promise<unknown>}
): Promise<string | undefined> {
  const [w1, h1] = measure(shown);
  const box = Object.assign(document.createElement('div'), {className: 'measure'});
  const probe = make(box);
  // A CSSOM width: a strict CSP allows it, as it would not a style attribute.
  box.style.width = `${shown.getBoundingClientRect().width > 500 ? 375 : 680}px`;
  document.body.append(box);
  await probe.storyComplete;
  const [w2, h2] = measure(probe);
  box.remove();
  if (!h1 || !h2 || w1 === w2) return undefined;
  const slope = (h2 - h1) / (w2 - w1);
  const round = (n: number) => Math.round(n * 10) / 10;
  return `max(${round(h1 - slope * w1)}em - ${round(-slope * 100)}cqi, ${round(Math.min(h1, h2))}em)`;
}
