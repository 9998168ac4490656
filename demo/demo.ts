// The demo's only script: the page colour scheme switch, and `?src=` to show another story.
const scheme = document.querySelector<HTMLSelectElement>('#scheme')!;
scheme.value = new URLSearchParams(location.search).get('scheme') ?? 'light';
const apply = () => document.documentElement.style.setProperty('color-scheme', scheme.value);
scheme.addEventListener('change', apply);
apply();

const src = new URLSearchParams(location.search).get('src');
if (src) for (const el of document.querySelectorAll('[data-demo]')) el.setAttribute('src', src);
