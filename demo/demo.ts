// The demo's only script: page colour scheme and language switches (also `?scheme=` and
// `?lang=` for screenshots), and `?src=` to show another story.
const params = new URLSearchParams(location.search);
const root = document.documentElement;

const scheme = document.querySelector<HTMLSelectElement>('#scheme')!;
scheme.value = params.get('scheme') ?? 'light';
const applyScheme = () => root.style.setProperty('color-scheme', scheme.value);
scheme.addEventListener('change', applyScheme);
applyScheme();

// The elements follow <html lang>, as on a publisher's page.
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
lang.value = params.get('lang') ?? 'en';
const applyLang = () => {
  root.lang = lang.value;
  root.dir = lang.value === 'ar' ? 'rtl' : 'ltr';
};
lang.addEventListener('change', applyLang);
applyLang();

const src = params.get('src');
if (src) for (const el of document.querySelectorAll('[data-demo]')) el.setAttribute('src', src);
