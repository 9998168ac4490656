import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import type {ArgTypesEnhancer} from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import {html} from 'lit';
import '../src/story-widgets.js';
import {allLocales} from '../src/generated/locale-codes.js';
import {widths} from '../stories/support.js';
import {pair, tokens} from '../stories/tokens.js';
import {ThemedDocsContainer} from './docs-container.js';
import {applyGlobals, rightToLeft} from './page.js';
import './canvas.css';

// Docs pages and controls come from the same manifest editors read.
setCustomElementsManifest(manifest);

/** Each locale by its own name ("Deutsch", "العربية"), from Intl: no list to keep in step. */
const localeName = (locale: string) =>
  new Intl.DisplayNames([locale], {type: 'language'}).of(locale) ?? locale;

const viewport = (width: number, name: string, type: string) => ({
  name: `${name} — ${width} px`,
  styles: {width: `${width}px`, height: `${Math.round(width * (type === 'desktop' ? 0.625 : 2))}px`},
  type,
});

/**
 * The manifest gives custom properties no control ("Set object"): each `--story-*` token gets the
 * control its kind asks for, a colour picker (offering the default's light and dark colours) or a
 * text field for a length or a name.
 */
const tokenControls: ArgTypesEnhancer = ({argTypes}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const token = tokens.find((t) => t.name === name);
      if (!token || (argType.control && argType.control !== true)) return [name, argType];
      const control =
        token.kind === 'colour'
          ? {type: 'color', presetColors: [...new Set(pair(token.default))]}
          : {type: 'text'};
      return [name, {...argType, control, type: {name: 'string'}}];
    })
  );

/**
 * The page a story asks for in `parameters.page` (`{background, color}`): a dark page that says
 * nothing of its colour scheme, say. Else the system colours of the toolbar's scheme.
 */
interface Page {
  background?: string;
  color?: string;
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'The page around the elements: they follow its colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'page', title: 'Page (follows the system)'},
          {value: 'light', title: 'Light page'},
          {value: 'dark', title: 'Dark page'},
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'The page language (<html lang>): the elements follow it',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: allLocales.map((value) => ({
          value,
          title: `${localeName(value)}${rightToLeft.includes(value) ? ' (RTL)' : ''} — ${value}`,
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {theme: 'light', locale: 'en'},
  argTypesEnhancers: [tokenControls],
  decorators: [
    (story, {globals, parameters}) => {
      // As on a publisher's page: <html lang> and dir, and the page's colour scheme, which the
      // canvas background follows.
      const root = applyGlobals(globals);
      const page: Page = parameters.page ?? {};
      document.body.style.background = page.background ?? 'Canvas';
      document.body.style.color = page.color ?? 'CanvasText';
      // Docs pages wrap each example in a block with lang="en" of their own: the example is
      // wrapped again in the toolbar's language, so that it follows the toolbar there too.
      return html`<div class="canvas" lang=${root.lang} dir=${root.dir}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: {expanded: true},
    docs: {container: ThemedDocsContainer},
    // The widths publishers' readers have: a small and a common phone, a tablet, a laptop.
    viewport: {
      options: Object.fromEntries(
        widths.map(([width, name, type]) => [`w${width}`, viewport(width, name, type)])
      ),
    },
    a11y: {options: {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}},
  },
};

export default preview;
