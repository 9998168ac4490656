import {LOCALE_STATUS_EVENT, msg, type LocaleStatusEventDetail, type MsgFn} from '@lit/localize';
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {sourceLocale} from '../generated/locale-codes.js';
import {loadLocale} from '../generated/locale-loaders.js';
import {pageDefaults} from '../page/page-defaults.js';
import {negotiateLocale, tidy, type Locale} from './negotiate.js';

export {negotiateLocale, type Locale};

/**
 * Locale modules, loaded on demand: the publishers' bundle carries only English. In it, a locale
 * module is `./locales/<locale>.js` beside the bundle, loaded by URL (vite.config.ts); apps and
 * tests import them through src/generated/locale-loaders.ts, so that their bundlers see each one.
 */
export type Templates = Record<string, string | {strings: readonly string[]; values: readonly unknown[]}>;
type Str = {strings: readonly string[]; values: readonly unknown[]};

// Module state, because a page has one UI language: @lit/localize's `msg` is one per page, and
// every element, and the chunks through it (core/chunks-loader.ts), speaks the locale set here.
/** The words of the locale shown; none for English, the source. */
let templates: Templates | undefined;
/** The locale last asked for: a later request wins over one still loading. */
let wanted: Locale = sourceLocale;
/** The page's own tag (`en-GB`), for the formats of dates and numbers; the words take its locale. */
let pageTag: string | undefined;
/** The locale `pageTag` negotiates to, found once: formats are asked for thousands of times. */
let pageLocale: Locale | undefined;
/** Settles when the locale asked for last is shown. */
let loading = Promise.resolve();
/** Watches `<html lang>` for followPageLanguage(). */
let observer: MutationObserver | undefined;
/** Whether our lookup is @lit/localize's `msg` yet (install()). */
let installed = false;

/** `str` templates: the translation's values are indexes into the source's. */
const join = ({strings}: Str, values: readonly unknown[]) =>
  strings.reduce((out, s, i) => `${out}${values[i - 1]}${s}`);

/**
 * `@lit/localize` may be configured once per page, so only on request: an app that uses it
 * itself merges our templates into its own instead (README, "Localization in an app"). Its
 * `configureLocalization` also carries the hashing of messages that have no id (0.6 kB gzip);
 * every message here has one, so the library installs this lookup by id instead, and announces
 * locale changes with the same `lit-localize-status` events.
 */
function install() {
  if (installed) return;
  installed = true;
  _installMsgImplementation(((template: string | Str, options: {id: string}) => {
    const localized = templates?.[options.id];
    if (typeof template === 'string') return localized ?? template;
    return typeof localized === 'object'
      ? join(
          localized,
          localized.values.map((i) => template.values[i as number])
        )
      : join(template, template.values);
  }) as MsgFn);
}

// A server (story-widgets/server) has no window to announce on.
const announce = (detail: LocaleStatusEventDetail) =>
  globalThis.dispatchEvent?.(new CustomEvent(LOCALE_STATUS_EVENT, {detail}));

const canonical = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tidy(tag))[0];
  } catch {
    return undefined;
  }
};

/**
 * The tag dates, numbers and names are formatted in: the page's own (`en-GB`, `es-MX`) while
 * its locale is the one the words are in, else that locale.
 */
export const formatLocale = () => (pageTag && pageLocale === getLocale() ? pageTag : getLocale());

/** Loads the templates of `tag`'s locale and re-renders every element in it; a later call wins. */
function show(tag: string): Promise<void> {
  install();
  const locale = negotiateLocale(tag);
  const retagged = canonical(tag) !== pageTag;
  pageTag = canonical(tag);
  pageLocale = locale;
  if (locale === wanted) {
    // Same words, other formats (en-US to en-GB): the elements render again.
    if (retagged) void loading.then(() => announce({status: 'ready', readyLocale: locale}));
    return loading;
  }
  wanted = locale;
  announce({status: 'loading', loadingLocale: locale});
  loading = (
    locale === sourceLocale
      ? Promise.resolve(undefined)
      : loadLocale(locale).then((m) => m.templates as Templates)
  ).then(
    (next) => {
      if (wanted !== locale) return;
      templates = next;
      announce({status: 'ready', readyLocale: locale});
    },
    (error) => {
      announce({status: 'error', errorLocale: locale, errorMessage: String(error)});
      throw error;
    }
  );
  return loading;
}

/**
 * Runs `render` synchronously in `words` (a locale module's templates), formatting
 * dates and numbers for `tag`, then puts back what the page shows. A server renders each
 * request in its own language this way, whatever another request asked for meanwhile.
 */
export function renderingIn<T>(words: Templates | undefined, tag: string, render: () => T): T {
  install();
  const saved = [templates, pageTag, pageLocale] as const;
  templates = words;
  pageTag = canonical(tag);
  pageLocale = negotiateLocale(tag);
  try {
    return render();
  } finally {
    [templates, pageTag, pageLocale] = saved;
  }
}

/** Settles once the locale asked for last has loaded or failed. */
export const localeSettled = () => loading.catch(() => {});

/**
 * The locale the elements' words are in now. It comes from the templates themselves, so it holds
 * whoever configured `@lit/localize`: plural rules and formats always match the words.
 */
export const getLocale = () => msg('en', {id: 'story-widgets.locale'}) as Locale;

/**
 * What the publishers' bundle does, for apps that do not use `@lit/localize` themselves: it
 * configures `@lit/localize` with this library's locales and shows every element in the language
 * of `<html lang>` (or of `<meta name="story-widgets:locale">`, where the page has one), now and
 * whenever `<html lang>` changes. Throws if the page configured `@lit/localize`
 * already (it may be configured once per page).
 */
export function followPageLanguage(): void {
  install();
  if (observer) return;
  const root = document.documentElement;
  // A page's `<meta name="story-widgets:locale">` wins over its `<html lang>`.
  const follow = () =>
    show(pageDefaults(document).locale || root.lang).catch((error) =>
      console.warn('story-widgets: locale', error)
    );
  observer = new MutationObserver(follow);
  observer.observe(root, {attributeFilter: ['lang']});
  void follow();
}

/**
 * Shows every element's words in `tag`, negotiated as `<html lang>` is (so `zh-TW` gives
 * `zh-Hant`), and stops following `<html lang>` until `followPageLanguage()` is called again.
 * Configures `@lit/localize` as `followPageLanguage()` does.
 */
export function setLocale(tag: string): Promise<void> {
  observer?.disconnect();
  observer = undefined;
  return show(tag);
}
