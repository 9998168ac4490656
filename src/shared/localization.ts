import {configureLocalization} from '@lit/localize';

/**
 * The one `configureLocalization` of the library: the UI locale of every element on the page.
 * `setLocale()`/`getLocale()` are exported for apps.
 */
export const {getLocale, setLocale} = configureLocalization({
  sourceLocale: 'en',
  targetLocales: [],
  loadLocale: () => Promise.reject(new Error('no target locales yet')),
});

// `Intl` formatters are costly to create: one per kind and locale.
const formatters = new Map<string, unknown>();
function cached<T>(kind: string, make: (locale: string) => T): T {
  const locale = getLocale();
  const key = `${kind} ${locale}`;
  if (!formatters.has(key)) formatters.set(key, make(locale));
  return formatters.get(key) as T;
}

/** The plural category of `n` in the UI locale: `one`, `other`, … */
export const pluralCategory = (n: number) => cached('plural', (l) => new Intl.PluralRules(l)).select(n);

/** Picks the message for `n` by the UI locale's plural rules; `other` when a form is missing. */
export function plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}) {
  return forms[pluralCategory(n)] ?? forms.other;
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
