import type {Story} from './schema.js';

/** What parseStory returned: valid, frozen, every URL already a link or gone. */
const validated = new WeakSet<object>();

/** Marks a story parseStory returned. */
export const markParsed = (story: Story) => void validated.add(story);

/** Whether `value` is a story parseStory returned: valid, and frozen all the way down. */
export const isParsedStory = (value: unknown): value is Story => validated.has(value as object);
