// What the stories share: the fixtures, generated stories for edge cases, and a render helper
// that turns Storybook args into attributes, properties and custom properties.
import type {Decorator, StoryObj} from '@storybook/web-components-vite';
import type {InputType} from 'storybook/internal/types';
import {html} from 'lit';
import seedJson from '../test/fixtures/venezuela-nino-guerrero-strike.json';
import type {Story} from '../src/index.js';

/** The seed story, as Storybook serves it from test/fixtures (staticDirs in .storybook/main.ts). */
export const SEED_SRC = 'fixtures/venezuela-nino-guerrero-strike.json';
export const seed = seedJson as unknown as Story;

/** Only what the contract requires. */
export const minimal: Story = {version: 1, id: 'minimal', title: 'A story with only a title'};

const longWord = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
const longUrl = `https://example.org/${'very-long-path-segment/'.repeat(12)}article.html?utm_source=${'x'.repeat(80)}`;

/** 12 lenses, 200 takes, very long words and URLs: what breaks layouts. */
export const long: Story = {
  ...seed,
  title: `${seed.title} — ${longWord} ${longWord}`,
  dek: `${seed.dek} ${longWord}`,
  heads: [...(seed.heads ?? []), longWord, '国际关系', 'أمريكا اللاتينية'],
  lenses: Array.from({length: 12}, (_, l) => ({
    id: `lens-${l}`,
    label: l === 3 ? `${longWord} lens` : `Lens number ${l + 1}`,
    takes: Array.from({length: l === 0 ? 57 : 13}, (_, t) => ({
      outlet: t % 7 === 0 ? `${longWord} Zeitung` : `Outlet ${l + 1}.${t + 1}`,
      url: t % 5 === 0 ? longUrl : `https://outlet-${t}.example.org/story/${l}-${t}`,
      country: ['US', 'QA', 'MX', 'BR', 'DE', 'JP', 'EG', 'CN'][t % 8],
      lang: ['en', 'en', 'es', 'pt', 'de', 'ja', 'ar', 'zh'][t % 8],
      summary: t % 3 === 0 ? `${longWord} ${longUrl}` : 'A perfectly ordinary take on the story.',
      quote: t % 4 === 0 ? 'Quoted words, verbatim from the source.' : undefined,
    })),
  })),
  numbers: [...(seed.numbers ?? []), {value: '1,234,567,890,123', label: `${longWord} ${longUrl}`}],
};

/** Strings that look like HTML and URLs that must not become links: all shown as text. */
export const hostile: Story = {
  ...seed,
  title: '<img src=x onerror="alert(1)"> <b>Bold?</b> Not here',
  dek: '<script>alert("dek")</script>',
  summary: [
    '<i>Summary</i> with ',
    {entity: 'venezuela', text: '<u>a mention</u>'},
    ' & an unknown ',
    {entity: '__proto__', text: 'one'},
  ],
  url: 'javascript:alert("story")',
  entities: [
    {id: 'venezuela', name: '<em>Venezuela</em>', url: 'javascript:alert(1)'},
    {id: 'data', name: 'Data URL', url: 'data:text/html,<script>alert(1)</script>'},
    {id: 'ok', name: 'A safe link', url: 'https://rbtfl.xyz/zh/entity/venezuela'},
  ],
  numbers: [{value: '<b>42</b>', label: '<a href="javascript:alert(1)">label</a>'}],
  lenses: [
    {
      id: 'x',
      label: '<h1>Lens</h1>',
      takes: [
        {
          outlet: '<marquee>Outlet</marquee>',
          url: 'vbscript:msgbox(1)',
          summary: '<img src=x onerror=alert(2)>',
          quote: '"><svg onload=alert(3)>',
        },
      ],
    },
  ],
  related: [{id: 'r', title: '<b>Related</b>', url: 'javascript:alert(4)'}],
};

/** Fails validation (a take without its URL): the error state, without any network. */
export const invalid = {
  version: 1,
  id: 'invalid',
  title: 'Broken',
  lenses: [{id: 'l', label: 'L', takes: [{outlet: 'No URL'}]}],
};

/**
 * Holds every request to `fixtures/held/…` open for as long as the story is shown, so the
 * loading state can be looked at. Other requests go through.
 */
let holding = false;
export const holdRequests: Decorator = (story) => {
  if (!holding) {
    holding = true;
    const real = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes('/held/')
        ? new Promise<Response>(() => {})
        : real(input, init);
  }
  return story();
};

/** Args that are the light DOM, not attributes: the publisher's fallback link, a chip's text. */
const contentArgs = new Set(['fallback', 'text']);

/**
 * Renders `tag` from Storybook args: `story` as a property, CSS custom properties (`--story-…`)
 * as styles, the rest as attributes (`heading-level`, `limit`, …): an empty string is an empty
 * attribute (`provider=""`), `undefined` or `false` none. `content` is the light DOM: the
 * publisher's fallback, or a chip's text.
 */
export function element(tag: string, args: Record<string, unknown>, content?: string) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === false || contentArgs.has(name)) continue;
    if (name === 'story') (el as unknown as {story: unknown}).story = value;
    else if (name.startsWith('--')) {
      if (value !== '') el.style.setProperty(name, String(value));
    }
    // Slot and part args from the manifest are documentation, not attributes.
    else if (/^[a-z][a-z0-9-]*$/i.test(name) && typeof value !== 'object' && typeof value !== 'function') {
      el.setAttribute(
        name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
        String(value)
      );
    }
  }
  if (content) {
    const link = document.createElement('a');
    link.href = 'https://rbtfl.xyz/zh/n/venezuela-nino-guerrero-strike';
    link.textContent = content;
    el.append(tag === 'entity-chip' ? document.createTextNode(content) : link);
  }
  return el;
}

/** A `theme` control: the page's scheme (no attribute), light or dark. */
export const themeControl: InputType = {
  control: {type: 'inline-radio', labels: {page: 'the page'}},
  options: ['page', 'light', 'dark'],
  mapping: {page: undefined},
};

/**
 * The states every story element shows, as stories: loading (held open), error with and
 * without the publisher's fallback, minimal, long and hostile. `fallback` is the fallback
 * link's text; `minimalShows` what the element shows of a story with only a title, said beside
 * it when that is nothing, so that the canvas is not a blank that looks broken.
 */
export function stateStories(fallback: string, minimalShows?: string): Record<string, StoryObj> {
  return {
    Loading: {args: {src: 'fixtures/held/seed.json'}, decorators: [holdRequests]},
    ErrorWithFallback: {args: {src: undefined, story: invalid, fallback}},
    ErrorWithoutFallback: {args: {src: undefined, story: invalid}},
    Minimal: {
      args: {src: undefined, story: minimal},
      decorators: minimalShows
        ? [
            (story) =>
              html`${story()}
                <p class="note">${minimalShows}</p>`,
          ]
        : [],
    },
    Long: {args: {src: undefined, story: long}},
    HostileText: {args: {src: undefined, story: hostile}},
  };
}

/** The seed story in Arabic, with its lenses, as Storybook serves it. */
export const SEED_AR_SRC = 'fixtures/venezuela-nino-guerrero-strike.ar.json';

/**
 * Right to left: an Arabic page showing the Arabic story, in a frame of its own on docs pages.
 * Its `args` replace a story's source with the Arabic one.
 */
export const rtl = (args: Record<string, unknown> = {}, height?: string): StoryObj => ({
  args: {src: SEED_AR_SRC, story: undefined, ...args},
  ...ownPage({locale: 'ar'}, height),
});

/** A dark page around the story: the page's scheme and colours are dark, not only the card. */
export const darkPage = (args: Record<string, unknown> = {}, height?: string): StoryObj => ({
  args: {theme: 'dark', ...args},
  ...ownPage({theme: 'dark'}, height),
});

/**
 * A story that needs a page of its own — its own language and direction, or its own page colour:
 * `<html lang>` and the colour scheme are one per document, so on a docs page it renders in a
 * frame of its own instead of turning every other example (and the page's text) with it.
 */
export const ownPage = (globals: Record<string, string>, height = '36rem'): StoryObj => ({
  globals,
  parameters: {docs: {story: {inline: false, height}}},
});

/** The viewport presets, in the toolbar and as the publisher article's stories: [width, name, type]. */
export const widths = [
  [320, 'Small phone', 'mobile'],
  [375, 'Phone', 'mobile'],
  [768, 'Tablet', 'tablet'],
  [1280, 'Laptop', 'desktop'],
] as const;
