/** A task of its own, as soon as may be: `scheduler.yield()` where there is one. */
export const nextTask = () =>
  (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler?.yield?.() ??
  new Promise<void>((resolve) => setTimeout(resolve));
