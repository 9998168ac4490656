// The demo's only script: page colour scheme and language switches (also `?scheme=` and
// `?lang=` for screenshots), and `?src=` to show another story.
import {allLocales} from '../src/generated/locale-codes.js';

const params = new URLSearchParams(location.search);
const root = document.documentElement;

const scheme = document.querySelector<HTMLSelectElement>('#scheme')!;
scheme.value = params.get('scheme') ?? 'light';
const applyScheme = () => root.style.setProperty('color-scheme', scheme.value);
scheme.addEventListener('change', applyScheme);
applyScheme();

// The elements follow <html lang>, as on a publisher's page. Every shipped locale, by its own name;
// the page's own tags (zh-CN, pt-BR, es-MX) show how they are negotiated.
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const own = (tag: string) => new Intl.DisplayNames([tag], {type: 'language'}).of(tag) ?? tag;
const shipped = [...lang.options].map((option) => option.value);
for (const locale of allLocales) if (!shipped.includes(locale)) lang.add(new Option(own(locale), locale));
lang.value = params.get('lang') ?? 'en';
const applyLang = () => {
  root.lang = lang.value;
  root.dir = /^(ar|he|fa|ur)\b/.test(lang.value) ? 'rtl' : 'ltr';
};
lang.addEventListener('change', applyLang);
applyLang();

const src = params.get('src');
if (src) for (const el of document.querySelectorAll('[data-demo]')) el.setAttribute('src', src);
