/**
 * Story requests the publishers' loader (src/autoload/loader.ts) started before any element was
 * defined, by absolute URL: the first load of each takes its response instead of asking again, so
 * defining the elements adds no round trip before their story. Page-global, by a registered
 * symbol, because the loader shares no module with the elements: it imports nothing, so that a
 * page starts it at once.
 */
export const earlyRequestsKey = Symbol.for('story-widgets.early-requests');

/** How every story is requested: no cookies, JSON asked for. The loader asks the same way. */
export const storyRequest = {credentials: 'omit', headers: {accept: 'application/json'}} as const;

type Registry = Map<string, Promise<Response>>;

/**
 * The response a loader started for `url`, once, bound to `signal` (aborting it rejects and
 * cancels the body, as `fetch` does); `undefined` when no loader did.
 */
export function takeEarly(url: string, signal: AbortSignal): Promise<Response> | undefined {
  const requests = (globalThis as {[earlyRequestsKey]?: Registry})[earlyRequestsKey];
  const early = requests?.get(url);
  if (!early) return undefined;
  requests!.delete(url);
  return new Promise((resolve, reject) => {
    const abort = () => {
      reject(signal.reason);
      void early.then((response) => response.body?.cancel()).catch(() => {});
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, {once: true});
    early.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
