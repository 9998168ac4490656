/**
 * Elements with `loading="lazy"` wait here until they come within about one screen of the
 * viewport. One observer for the page, created by the first element that waits.
 */
let observer: IntersectionObserver | undefined;
const callbacks = new WeakMap<Element, () => void>();

export function whenNear(element: Element, callback: () => void) {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const {isIntersecting, target} of entries) {
        if (!isIntersecting) continue;
        observer!.unobserve(target);
        callbacks.get(target)?.();
        callbacks.delete(target);
      }
    },
    {rootMargin: '100% 0px'}
  );
  callbacks.set(element, callback);
  observer.observe(element);
}

export function stopWaiting(element: Element) {
  callbacks.delete(element);
  observer?.unobserve(element);
}
