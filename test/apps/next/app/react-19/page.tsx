'use client';
// React 19's own custom-element support: it sets `src` as a property, but its `onstory-load`
// props are lost at hydration (facebook/react#35446). So the page listens through a ref callback,
// and the element waits for it: `defer-hydration`, which the callback removes once it listens.
import 'story-widgets/story-summary.js';
import type {} from 'story-widgets/types/react';
import {After} from '../after';
import {record} from '../record';

/** Listens for `story-load` while the element is mounted, then lets it start (React 19 ref cleanup). */
const listen = (element: HTMLElement | null) => {
  element?.addEventListener('story-load', record);
  element?.removeAttribute('defer-hydration');
  return () => element?.removeEventListener('story-load', record);
};

export default function Page() {
  return (
    <article>
      <h1>React 19 tags</h1>
      <story-summary src="/story.json" defer-hydration="" ref={listen} />
      <After />
    </article>
  );
}
