import type {RendersAgain as Host} from '../chunks.js';

const timers = new WeakMap<Host, ReturnType<typeof setTimeout>>();

/**
 * Renders `host` again in `ms` milliseconds, when a time it shows ("4 min ago") will read
 * differently: one timer per element, set to that moment, not a tick every second. A server's
 * element (never connected) sets none.
 */
export function renderAgainIn(host: Host, ms: number) {
  if (!host.isConnected) return;
  clearTimeout(timers.get(host));
  timers.set(
    host,
    setTimeout(() => host.isConnected && host.requestUpdate(), ms)
  );
}
