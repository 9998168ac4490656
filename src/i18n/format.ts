import {formatLocale, getLocale} from './localization.js';

// `Intl` formatters are costly to create: one per kind and locale. Formats follow the page's
// own tag (formatLocale); plural rules, the language of the words (getLocale).
const formatters = new Map<string, unknown>();
function cached<T>(kind: string, make: (locale: string) => T, locale = formatLocale()): T {
  const key = `${kind} ${locale}`;
  if (!formatters.has(key)) formatters.set(key, make(digits(locale)));
  return formatters.get(key) as T;
}

/**
 * Arabic without a region in Latin digits, as current CLDR has it, unless the page's tag asks for
 * others (`ar-u-nu-arab`): engines on an older ICU (WebKitGTK on Debian 12) give Arabic-Indic
 * ones, and a page rendered on a server must read the same once its script runs. Regions keep
 * theirs (`ar-EG` Arabic-Indic, `ar-MA` Latin), on which engines agree.
 */
function digits(tag: string) {
  const locale = new Intl.Locale(tag);
  return locale.language === 'ar' && !locale.region && !locale.numberingSystem
    ? new Intl.Locale(tag, {numberingSystem: 'latn'}).toString()
    : tag;
}

// Module state, because formatters are the page's: one warm-up per locale, whichever element asks.
let warmed: string | undefined;

/**
 * Creates the formatters a first render needs before it needs them, each in an idle moment of
 * its own (as while a story is on its way): the first DateTimeFormat of a page loads time-zone
 * data, about 13 ms in Chromium (50 on a phone), which would otherwise land on the first render.
 */
export function warmFormatters() {
  if (warmed === formatLocale()) return;
  warmed = formatLocale();
  const idle = globalThis.requestIdleCallback ?? setTimeout;
  for (const warm of [() => formatDate('2000-01-01'), () => regionName('US'), () => plural(1, '')])
    idle(warm);
}

/** `n` as the UI locale writes numbers. */
export const formatNumber = (n: number) => cached('number', (l) => new Intl.NumberFormat(l)).format(n);

/** A share, `0.73`, as the UI locale writes percentages: "73%", "٧٣٪". */
export const formatPercent = (share: number) =>
  cached('percent', (l) => new Intl.NumberFormat(l, {style: 'percent'})).format(share);

/**
 * Picks the form for `n` from a plural message such as `one {# take} other {# takes}`: one form
 * per plural category of the UI locale (`Intl.PluralRules`), `#` standing for the number.
 * `@lit/localize` has no plural syntax (lit/lit#1891), so each translation is one such string.
 */
export function plural(n: number, message: string): string {
  const forms = new Map([...message.matchAll(/(\w+)\s*\{([^}]*)\}/g)].map(([, name, form]) => [name, form]));
  const form =
    forms.get(cached('plural', (l) => new Intl.PluralRules(l), getLocale()).select(n)) ?? forms.get('other');
  return (form ?? '').replaceAll('#', formatNumber(n));
}

/**
 * How long ago `iso` was, for the reader ("now", "4 min ago", "yesterday"), and in how many
 * milliseconds that text changes: a page re-renders then, not every second.
 */
export function timeAgo(iso: string, now = Date.now()): [text: string, changesIn: number] | undefined {
  const ago = now - Date.parse(iso);
  if (Number.isNaN(ago)) return undefined;
  const format = cached('ago', (l) => new Intl.RelativeTimeFormat(l, {numeric: 'auto', style: 'short'}));
  if (ago < 60e3) return [format.format(0, 'second'), 60e3 - Math.max(0, ago)];
  const [unit, size] =
    ago < 36e5
      ? (['minute', 60e3] as const)
      : ago < 864e5
        ? (['hour', 36e5] as const)
        : (['day', 864e5] as const);
  return [format.format(-Math.floor(ago / size), unit), size - (ago % size)];
}

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

/** A name by kind, locale and code, each found once: a list of takes asks for a few, thousands of times. */
function displayName(type: 'region' | 'language', code: string): string {
  return cached(`${type} ${code}`, () => {
    try {
      return cached(type, (l) => new Intl.DisplayNames(l, {type, fallback: 'code'})).of(code) ?? code;
    } catch {
      return code; // not a well-formed code: show it as given
    }
  });
}

/** "United States", "美国" for `US`. */
export const regionName = (code: string) => displayName('region', code.toUpperCase());

/** "Spanish", "西班牙语" for `es`. */
export const languageName = (tag: string) => displayName('language', tag);

/** Languages written right to left, by language or script subtag. */
const rightToLeft = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)(-|$)|-(arab|hebr|syrc|thaa|nkoo|adlm)(-|$)/i;

/**
 * The direction of content in `lang`: the story's language sets the direction (and so the
 * alignment) of its content, whatever the page's; without a language, each piece finds its own.
 */
export const contentDir = (lang?: string) => (lang ? (rightToLeft.test(lang) ? 'rtl' : 'ltr') : 'auto');
