// Module state, because frames are the page's: the elements whose first stories are ready before
// the next frame wait for it here, each with the function that lets it render.
let batch: [Element, () => void][] | undefined;

/** Runs `run` as the next frame starts, or after 100 ms if none comes (the page was hidden since). */
const nextFrame = (run: () => void) => {
  requestAnimationFrame(run);
  setTimeout(run, 100);
};

/**
 * The turn of `element` to render its first story. Elements sharing a story get it in the same
 * moment, and a frame waits for the layout of all of them: the first would paint only with the
 * last (on a phone, some 100 ms later with the four of the README's page). So the elements whose
 * first stories are ready before a frame wait for it: the first of them in the page's order
 * renders as the frame starts, and paints in it, as it would have without the wait; the others
 * render once it has painted (a task posted from the frame's callback runs after its paint). A
 * hidden page paints nothing, and would only stretch the wait (its timers run late): none there.
 */
export const firstPaintTurn = (element: Element) =>
  new Promise<void>((go) => {
    if (document.hidden) return go();
    if (!batch) {
      const mine: [Element, () => void][] = (batch = []);
      nextFrame(() => {
        if (batch === mine) batch = undefined;
        // Emptied by the first call: the second (the timer, or the frame) finds no one.
        const [first, ...rest] = mine
          .splice(0)
          .sort(([a], [b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
        first?.[1]();
        // Each in a task of its own, as every render (rendering.ts).
        for (const [, go] of rest) setTimeout(go);
      });
    }
    batch.push([element, go]);
  });
