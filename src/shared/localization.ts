import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';

type Locale = typeof sourceLocale | (typeof targetLocales)[number];

/**
 * Locale modules, loaded on demand: the publishers' bundle carries only English, and each
 * `import()` resolves against the module's own URL, so a bundle on a CDN loads its locales
 * from beside itself. Literal specifiers, so that every build (Vite, tsc, the test runner)
 * sees each one.
 */
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  ja: () => import('../generated/locales/ja.js'),
  pt: () => import('../generated/locales/pt.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
};

/**
 * The one `configureLocalization` of the library. `@lit/localize` keeps one UI locale per page:
 * every element shows its words in it.
 */
const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as never,
});

/** The UI locale now shown: `en`, `zh-Hans`, … */
export const getLocale = localization.getLocale as () => Locale;

/**
 * Shows every element's words in `locale`, negotiated as `<html lang>` is (so `zh-TW` gives
 * `zh-Hant`). Apps call it to switch language without touching `<html lang>`.
 */
export const setLocale = (locale: string): Promise<void> => localization.setLocale(negotiateLocale(locale));

/**
 * The shipped locale that best serves a BCP 47 tag: `zh`, `zh-CN`, `zh-SG` → `zh-Hans`;
 * `zh-TW`, `zh-HK`, `zh-MO` → `zh-Hant`; `es-MX` → `es`; anything else unknown → `en`.
 * Case and `_` separators are forgiven; junk never throws.
 */
export function negotiateLocale(tag: string | null | undefined): Locale {
  try {
    // CLDR's likely subtags (maximize) say which script a region writes Chinese in.
    const {language, script} = new Intl.Locale(String(tag).trim().replaceAll('_', '-')).maximize();
    if (language === 'zh') return script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
    return (targetLocales as readonly string[]).includes(language) ? (language as Locale) : sourceLocale;
  } catch {
    return sourceLocale;
  }
}

let following = false;

/**
 * Makes the UI locale follow `<html lang>`, now and whenever it changes (a single-page app
 * switching language re-renders every element). Started by the first element to connect, so
 * that importing the library changes nothing.
 */
export function followPageLanguage() {
  if (following) return;
  following = true;
  const root = document.documentElement;
  const follow = () => setLocale(root.lang).catch((error) => console.warn('story-widgets: locale', error));
  new MutationObserver(follow).observe(root, {attributeFilter: ['lang']});
  follow();
}

// `Intl` formatters are costly to create: one per kind and locale.
const formatters = new Map<string, unknown>();
function cached<T>(kind: string, make: (locale: string) => T): T {
  const locale = getLocale();
  const key = `${kind} ${locale}`;
  if (!formatters.has(key)) formatters.set(key, make(locale));
  return formatters.get(key) as T;
}

/** Picks the message for `n` by the UI locale's plural rules (`one`, `few`, …; else `other`). */
export function plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}) {
  return forms[cached('plural', (l) => new Intl.PluralRules(l)).select(n)] ?? forms.other;
}

/** `n` as the UI locale writes numbers. */
export const formatNumber = (n: number) => cached('number', (l) => new Intl.NumberFormat(l)).format(n);

/**
 * An ISO 8601 date for the reader: "June 12, 2026", "2026年6月12日". A bare date is a calendar
 * day, formatted in UTC so that no time zone moves it; a date-time shows in the reader's zone.
 */
export function formatDate(iso: string): string {
  const dateOnly = iso.length === 10;
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = cached(
    dateOnly ? 'day' : 'date',
    (l) => new Intl.DateTimeFormat(l, {dateStyle: 'long', timeZone: dateOnly ? 'UTC' : undefined})
  );
  return format.format(date);
}

function displayName(type: 'region' | 'language', code: string): string {
  try {
    return cached(type, (l) => new Intl.DisplayNames(l, {type, fallback: 'code'})).of(code) ?? code;
  } catch {
    return code; // not a well-formed code: show it as given
  }
}

/** "United States", "美国" for `US`. */
export const regionName = (code: string) => displayName('region', code.toUpperCase());

/** "Spanish", "西班牙语" for `es`. */
export const languageName = (tag: string) => displayName('language', tag);
