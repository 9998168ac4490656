// What the checks read: the story events the page's own handlers received, in order.
declare global {
  interface Window {
    storyEvents?: string[];
  }
}

/** A page's handler for a story event: records its type, element and story. */
export function record(event: Event) {
  const story = (event as CustomEvent<{story?: {id: string}}>).detail?.story;
  (window.storyEvents ??= []).push(
    `${event.type} <${(event.target as Element).localName}> ${story?.id ?? ''}`.trim()
  );
}
