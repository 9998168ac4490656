import type {StoryError} from '../data/story-error.js';
import type {Story} from '../data/schema.js';
/** What a reader clicked: a take's source, an entity, the canonical story or a related story. */
export type StoryLinkKind = 'source' | 'entity' | 'story' | 'related';

const init = {bubbles: true, composed: true};

/** Fired once a story has rendered. */
export class StoryLoadEvent extends CustomEvent<{story: Story}> {
  constructor(story: Story) {
    super('story-load', {...init, detail: {story}});
  }
}

/**
 * Fired when a newer version of a live story (`refresh`) has rendered in place. Only the live
 * code (dist/live.js) dispatches it, so only that file carries the class.
 */
export class StoryUpdateEvent extends CustomEvent<{story: Story; previous: Story}> {
  constructor(story: Story, previous: Story) {
    super('story-update', {...init, detail: {story, previous}});
  }
}

/** Fired when a story cannot be shown; the publisher's fallback content is visible again. */
export class StoryErrorEvent extends CustomEvent<{error: StoryError}> {
  constructor(error: StoryError) {
    super('story-error', {...init, detail: {error}});
  }
}

/** Details of a followed link, for the publisher's own analytics. */
export interface StoryLinkClickDetail {
  /** Absolute URL of the link. */
  url: string;
  /** What was clicked. */
  kind: StoryLinkKind;
  /** The outlet, for a `source` link. */
  outlet?: string;
  /** The lens id, for a `source` link. */
  lens?: string;
  /** The entity id, for an `entity` link; the story id, for `story` and `related`. */
  id?: string;
}

/** Fired when a reader follows a link inside an element. */
export class StoryLinkClickEvent extends CustomEvent<StoryLinkClickDetail> {
  constructor(detail: StoryLinkClickDetail) {
    super('story-link-click', {...init, detail});
  }
}

interface StoryEventMap {
  'story-load': StoryLoadEvent;
  'story-update': StoryUpdateEvent;
  'story-error': StoryErrorEvent;
  'story-link-click': StoryLinkClickEvent;
}

// The events bubble out of shadow roots, so publishers may listen on the document too.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends StoryEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends StoryEventMap {}
}
