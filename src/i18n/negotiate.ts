// Which shipped locale serves a page's language: localization.ts, and the publishers' loader
// (src/autoload/loader.ts), which asks for that locale's file beside the elements'.
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';

export {sourceLocale};

/** A locale the library ships: `en`, `ar`, `zh-Hans`, … */
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

/** A tag as pages write it (`zh_tw `), as BCP 47 spells it. */
export const tidy = (tag: unknown) => String(tag).trim().replaceAll('_', '-');

/** Old and macrolanguage codes pages still carry, for the locale that serves them. */
const aliases: Record<string, string> = {iw: 'he', in: 'id', no: 'nb', nn: 'nb', zsm: 'ms', pes: 'fa'};

/**
 * The shipped locale that best serves a BCP 47 tag: `zh`, `zh-CN`, `zh-SG` → `zh-Hans`;
 * `zh-TW`, `zh-HK`, `zh-MO` → `zh-Hant`; `pt`, `pt-BR` → `pt` and `pt-PT` (and Portuguese
 * elsewhere) → `pt-PT`; `no`, `nn`, `nb` → `nb`; `iw` → `he`; `es-MX` → `es`; anything else
 * unknown → `en`. Case and `_` separators are forgiven; junk never throws.
 */
export function negotiateLocale(tag: string | null | undefined): Locale {
  try {
    const locale = new Intl.Locale(tidy(tag));
    const language = aliases[locale.language] ?? locale.language;
    // CLDR's likely subtags (maximize) say which script a region writes Chinese in, and where
    // Portuguese is Brazil's. Only for those: its first call loads the data, some 20 ms of a
    // phone's main thread, before the loader asks for anything.
    if (language === 'zh') return locale.maximize().script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
    if (language === 'pt') return locale.maximize().region === 'BR' ? 'pt' : 'pt-PT';
    return (targetLocales as readonly string[]).includes(language) ? (language as Locale) : sourceLocale;
  } catch {
    return sourceLocale;
  }
}
