import type {StoryError} from '../data/story-error.js';
import type {Story} from '../data/schema.js';
import type {StoryUpdateEvent} from '../live/live-update.js';

// Declared with live stories (dist/live.js), named here with the others.
export type {StoryUpdateEvent};

/** What a reader clicked: a take's source, an entity, the canonical story or a related story. */
export type StoryLinkKind = 'source' | 'entity' | 'story' | 'related';

const init = {bubbles: true, composed: true};

/** Fired once a story has rendered. */
export class StoryLoadEvent extends CustomEvent<{story: Story}> {
  constructor(story: Story) {
    super('story-load', {...init, detail: {story}});
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
