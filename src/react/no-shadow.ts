// The React wrappers in a browser (`#react-server-shadow`'s default): no server rendering.
import type {StoryWidgetTag} from '../elements.js';

export const serverShadow:
  | ((tag: StoryWidgetTag, story: unknown, attributes: Record<string, unknown>) => string | undefined)
  | undefined = undefined;
