/** A task of its own, as soon as may be: `scheduler.yield()` where there is one. */
export const nextTask = () =>
  (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler?.yield?.() ??
  new Promise<void>((resolve) => setTimeout(resolve));

/** After the page's next paint, in a task of its own; at once where nothing paints (a hidden page). */
export const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    if (document.visibilityState === 'hidden') void nextTask().then(resolve);
    else requestAnimationFrame(() => void nextTask().then(resolve));
  });
