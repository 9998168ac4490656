import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/story-widgets.js';
import {allLocales} from '../src/generated/locale-codes.js';

// Docs pages and controls come from the same manifest editors read.
setCustomElementsManifest(manifest);

const localeNames: Record<string, string> = {
  en: 'English',
  ar: 'العربية (RTL)',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  ja: '日本語',
  pt: 'Português',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

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
        items: allLocales.map((value) => ({value, title: localeNames[value] ?? value})),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {theme: 'light', locale: 'en'},
  decorators: [
    (story, {globals}) => {
      // As on a publisher's page: <html lang> and dir, and the page's colour scheme, which the
      // canvas background follows.
      const root = document.documentElement;
      root.lang = globals.locale ?? 'en';
      root.dir = root.lang === 'ar' ? 'rtl' : 'ltr';
      root.style.colorScheme = globals.theme === 'page' ? 'light dark' : (globals.theme ?? 'light');
      document.body.style.background = 'Canvas';
      document.body.style.color = 'CanvasText';
      return story();
    },
  ],
  parameters: {
    controls: {expanded: true},
    a11y: {options: {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}},
  },
};

export default preview;
