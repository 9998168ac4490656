import type {Story} from '../data/schema.js';
import {parseStoryJson} from '../data/story-format.js';
import {StoryError} from '../data/story-error.js';

/**
 * The story in `doc`'s `<script type="application/json" id="…">` (an element's `src="#id"`).
 * Inline JSON has no URL of its own to resolve against; the page's URL is never a base.
 */
export function readInline(doc: Document, id: string): Story {
  const script = doc.getElementById(id);
  if (!(script instanceof HTMLScriptElement) || script.type !== 'application/json') {
    throw new StoryError('network', `No <script type="application/json" id="${id}"> on the page`);
  }
  return parseStoryJson(script.text);
}
