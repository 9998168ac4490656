import {msg, str} from '@lit/localize';
import {formatNumber as f, plural} from './localization.js';

// `@lit/localize` has no plural syntax (lit/lit#1891): one message per CLDR plural category,
// picked with Intl.PluralRules, so translators see and write every form their language has
// (Arabic all six; Chinese and Japanese only `other`). English uses `one` and `other`; its
// other forms exist only to be translated. Call these inside render(), never at module level.

/** "1 take", "11 takes". */
export const takesCount = (n: number) =>
  plural(n, {
    zero: msg(str`${f(n)} takes`, {id: 'count.takes.zero'}),
    one: msg(str`${f(n)} take`, {id: 'count.takes.one'}),
    two: msg(str`${f(n)} takes`, {id: 'count.takes.two'}),
    few: msg(str`${f(n)} takes`, {id: 'count.takes.few'}),
    many: msg(str`${f(n)} takes`, {id: 'count.takes.many'}),
    other: msg(str`${f(n)} takes`, {id: 'count.takes.other'}),
  });

/** "1 lens", "4 lenses". */
export const lensesCount = (n: number) =>
  plural(n, {
    zero: msg(str`${f(n)} lenses`, {id: 'count.lenses.zero'}),
    one: msg(str`${f(n)} lens`, {id: 'count.lenses.one'}),
    two: msg(str`${f(n)} lenses`, {id: 'count.lenses.two'}),
    few: msg(str`${f(n)} lenses`, {id: 'count.lenses.few'}),
    many: msg(str`${f(n)} lenses`, {id: 'count.lenses.many'}),
    other: msg(str`${f(n)} lenses`, {id: 'count.lenses.other'}),
  });

/** "1 region", "2 regions". */
export const regionsCount = (n: number) =>
  plural(n, {
    zero: msg(str`${f(n)} regions`, {id: 'count.regions.zero'}),
    one: msg(str`${f(n)} region`, {id: 'count.regions.one'}),
    two: msg(str`${f(n)} regions`, {id: 'count.regions.two'}),
    few: msg(str`${f(n)} regions`, {id: 'count.regions.few'}),
    many: msg(str`${f(n)} regions`, {id: 'count.regions.many'}),
    other: msg(str`${f(n)} regions`, {id: 'count.regions.other'}),
  });

/** "Show 1 more take", "Show 5 more takes". */
export const moreTakes = (n: number) =>
  plural(n, {
    zero: msg(str`Show ${f(n)} more takes`, {id: 'lenses.more.zero'}),
    one: msg(str`Show ${f(n)} more take`, {id: 'lenses.more.one'}),
    two: msg(str`Show ${f(n)} more takes`, {id: 'lenses.more.two'}),
    few: msg(str`Show ${f(n)} more takes`, {id: 'lenses.more.few'}),
    many: msg(str`Show ${f(n)} more takes`, {id: 'lenses.more.many'}),
    other: msg(str`Show ${f(n)} more takes`, {id: 'lenses.more.other'}),
  });
