// Bundled once with React 18 and once with React 19 (test/react/bundle.js): what a React app
// does with the elements. test/react.test.ts drives it.
import {createElement as h, version, type ReactElement} from 'react';
import {flushSync} from 'react-dom';
import {createRoot} from 'react-dom/client';
import {EntityChip, StoryNumbers, StorySummary, TakesByLens} from '../../src/react/index.js';

export {version};
export const wrappers = {StorySummary, TakesByLens, StoryNumbers, EntityChip};

/** Mounts `element` into `container`; `render` renders again, synchronously, as a parent would. */
export function mount(container: HTMLElement, element: ReactElement) {
  const root = createRoot(container);
  flushSync(() => root.render(element));
  return {
    render: (next: ReactElement) => flushSync(() => root.render(next)),
    unmount: () => root.unmount(),
  };
}

/** A React element: the wrapper `name`, or (React 19) the custom element `name` itself. */
export const element = (name: string, props: Record<string, unknown>) =>
  h((wrappers as unknown as Record<string, string>)[name] ?? name, props);
