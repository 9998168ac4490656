// Docs pages in the toolbar's theme: Storybook's docs take one theme at build time, so this
// container picks its light or dark theme from the `theme` global, and follows it when it changes.
import {createElement, useEffect, useState, type PropsWithChildren} from 'react';
import {DocsContainer, type DocsContainerProps} from '@storybook/addon-docs/blocks';
import {GLOBALS_UPDATED} from 'storybook/internal/core-events';
import {themes} from 'storybook/theming';

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
  const [dark, setDark] = useState(() => isDark(initialGlobals(context).theme));
  useEffect(() => {
    const follow = ({globals}: {globals: Globals}) => setDark(isDark(globals.theme));
    context.channel.on(GLOBALS_UPDATED, follow);
    return () => context.channel.off(GLOBALS_UPDATED, follow);
  }, [context]);
  return createElement(DocsContainer, {...props, theme: dark ? themes.dark : themes.light});
}
