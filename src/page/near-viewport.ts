// Module state, because one observer serves the page: each element watched, to whom it tells.
let observer: IntersectionObserver | undefined;
const told = new WeakMap<Element, Set<(near: boolean) => void>>();
const waiting = new WeakMap<Element, () => void>();

/**
 * Tells `callback` whether `element` is within about one screen of the viewport: at once, then
 * each time that changes, until the function returned is called. Lazy loading waits on it, and a
 * live story polls only while one of its elements is near (live/live-stories.ts).
 */
export function whenNearness(element: Element, callback: (near: boolean) => void) {
  observer ??= new IntersectionObserver(
    (entries) => entries.forEach((e) => told.get(e.target)?.forEach((f) => f(e.isIntersecting))),
    {rootMargin: '100% 0px'}
  );
  const callbacks = told.get(element) ?? new Set();
  told.set(element, callbacks.add(callback));
  // Observed again, it tells every callback where the element is, the new one too.
  observer.unobserve(element);
  observer.observe(element);
  return () => callbacks.delete(callback) && !callbacks.size && observer!.unobserve(element);
}

/** Elements with `loading="lazy"` wait here until they come near the viewport, once. */
export function whenNear(element: Element, callback: () => void) {
  stopWaiting(element);
  const stop = whenNearness(element, (near) => near && (stop(), callback()));
  waiting.set(element, stop);
}

export const stopWaiting = (element: Element) => void waiting.get(element)?.();
