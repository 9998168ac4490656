// The React wrappers' server half (package.json "imports", `#react-server-shadow`, `node`
// condition): the element's server output as its own children, a declarative shadow root, for a
// wrapper given a `story`. Browsers get ./no-shadow.ts instead, and never load Lit's server
// renderer.
import * as React from 'react';
import {parseStory} from '../data/story-format.js';
import type {StoryWidgetTag} from '../elements.js';
import {elementHtml, localeReady, prepareLocale, shadowHtml} from '../server/element-html.js';
import {formatLocale} from '../i18n/localization.js';

/**
 * The shadow root of `tag` showing `story`, in the words the server shows now (the app's
 * `setLocale`, else English); `undefined` in a browser, for an invalid story (the browser shows
 * the error and the fallback content), and on React 18 in a language not yet loaded.
 */
export function serverShadow(tag: StoryWidgetTag, story: unknown, attributes: Record<string, unknown>) {
  if (typeof document !== 'undefined') return undefined;
  const lang = formatLocale();
  // React 19 waits for the words of another language with `use`; React 18 has no `use`.
  if (!localeReady(lang)) {
    const use = (React as {use?: (promise: Promise<void>) => void}).use;
    if (!use) return undefined;
    use(prepareLocale(lang));
  }
  try {
    return shadowHtml(elementHtml(tag, parseStory(story), {lang, attributes}));
  } catch {
    return undefined;
  }
}
