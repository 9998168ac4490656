// Docs pages in the toolbar's theme and language: Storybook's docs take one theme at build time,
// so this container picks its light or dark theme from the `theme` global, sets the page's
// language and scheme, and follows both when they change.
import {createElement, useEffect, useState, type PropsWithChildren} from 'react';
import {DocsContainer, type DocsContainerProps} from '@storybook/addon-docs/blocks';
import {UPDATE_GLOBALS} from 'storybook/internal/core-events';
import {themes} from 'storybook/theming';
import {applyGlobals} from './page.js';

type Globals = Record<string, unknown>;

/** Whether a page of the toolbar's `theme` is dark: "page" follows the reader's system. */
const isDark = (theme: unknown) =>
  theme === 'dark' || (theme === 'page' && matchMedia('(prefers-color-scheme: dark)').matches);

function initialGlobals(context: DocsContainerProps['context']): Globals {
  try {
    return context.getStoryContext(context.storyById()).globals;
  } catch {
    return {}; // a docs page without stories of its own
  }
}

export function ThemedDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  const {context} = props;
  const [globals, setGlobals] = useState(() => initialGlobals(context));
  applyGlobals(globals);
  useEffect(() => {
    // The toolbar's changes, from the manager. Not GLOBALS_UPDATED: a story in a frame of its own
    // on this page (ownPage()) reports its own globals, a Print story's light page among them.
    const follow = (update: {globals: Globals}) => setGlobals((now) => ({...now, ...update.globals}));
    context.channel.on(UPDATE_GLOBALS, follow);
    return () => context.channel.off(UPDATE_GLOBALS, follow);
  }, [context]);
  return createElement(DocsContainer, {...props, theme: isDark(globals.theme) ? themes.dark : themes.light});
}
