// `story-widgets/data`: the story format, its validator and loader, with no DOM and no Lit.
// Runs in browsers, workers and Node (the command line and server rendering build on it).
export {storySchema} from './schema.js';
export type {Entity, EntityMention, Figure, Lens, RelatedStory, Segment, Story, Take} from './schema.js';
export {parseStory, parseStoryJson, resolveUrl, storyCounts, storyProblems} from './story-format.js';
export {loadStory, type LoadStoryOptions} from './load-story.js';
export {StoryError, type StoryErrorKind} from './story-error.js';
export {httpHref} from './safe-url.js';
export {fetchOnOrigins} from './fetch-on-origins.js';
export {MIN_REFRESH, StoryPoll, type StoryPollOptions} from './story-poll.js';
