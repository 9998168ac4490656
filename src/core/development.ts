import type {PropertyValues, ReactiveElement} from 'lit';

declare global {
  /**
   * Set by Lit's development build only: present exactly when Lit runs in development (the
   * `development` export condition, as in an app's dev server or the tests), so that the
   * elements' development warnings follow Lit's own. The publishers' bundle defines it as
   * `undefined` (vite.config.ts), which leaves them out of it.
   */
  var litIssuedWarnings: Set<string> | undefined;
}

/**
 * Warns about attributes the element cannot use, in development only (attribute-checks.ts): an
 * app's production build, like the publishers' bundle, leaves the checks and the rules they read
 * out of what it loads.
 */
export function checkAttributes(element: ReactiveElement, changed: PropertyValues) {
  if (!globalThis.litIssuedWarnings) return;
  const changes = new Map(changed);
  void import('./attribute-checks.js').then(({warnAboutInvalidAttributes}) =>
    warnAboutInvalidAttributes(element, changes)
  );
}
