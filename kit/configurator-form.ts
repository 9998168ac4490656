// The configurator's form (configurator.html): the choices it offers — the element's options, the
// languages the bundle has — and what an editor chose.
import type {Integrity} from '../src/oembed/embed-code.js';
import {elements, isTag} from '../src/elements.js';
import type {SiteChoice} from './configurator-code.js';

const named = (code: string) => new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code;

/** Offers every language the bundle has a module for, and English, each named in itself. */
export function offerLanguages(form: HTMLFormElement, {files}: Integrity) {
  const languages = Object.keys(files).flatMap((file) => file.match(/^locales\/(.+)\.js$/)?.[1] ?? []);
  const select = form.querySelector<HTMLSelectElement>('[name="lang"]')!;
  for (const code of ['en', ...languages]) select.append(new Option(`${named(code)} (${code})`, code));
  form.querySelector('#pinned-languages')!.append(
    ...languages.map((code) => {
      const label = Object.assign(document.createElement('label'), {lang: code, dir: 'auto'});
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        name: 'pinned',
        value: code,
      });
      label.append(box, ` ${named(code)}`);
      return label;
    })
  );
}

/** The attributes of `element` the form offers: all it has but those it sets apart. */
const options = (element: string) =>
  isTag(element)
    ? Object.keys(elements[element].attributes).filter((name) => !['src', 'theme'].includes(name))
    : [];

/** What the form says: the story, the element with its attributes, how the site loads the bundle. */
export function choice(form: HTMLFormElement, integrity: Integrity) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const element = text('element');
  const attributes: Record<string, string> = {};
  for (const name of options(element)) {
    const value = data.getAll(name).map(String).filter(Boolean).join(' ');
    if (value) attributes[name] = value;
  }
  if (data.get('lazy')) attributes.loading = 'lazy';
  const site: SiteChoice = {
    base: text(text('bundle')).replace(/\/?$/, '/'),
    integrity: data.get('pin') ? integrity : undefined,
    languages: data.get('importmap') ? data.getAll('pinned').map(String) : undefined,
    defaults: {locale: text('lang') || undefined, theme: text('theme') || undefined},
  };
  return {element, src: text('src'), attributes, site, kind: text('kind'), width: Number(text('width'))};
}

export type Choice = ReturnType<typeof choice>;

/** Shows only the fields that apply to the element and the kind of code chosen. */
export function showOptions(form: HTMLFormElement, {element, kind, site}: Choice) {
  for (const option of document.querySelectorAll<HTMLElement>('[data-option]'))
    option.hidden = !options(element).includes(option.dataset.option!);
  for (const part of document.querySelectorAll<HTMLElement>('[data-kind]'))
    part.hidden = part.dataset.kind !== kind;
  form.querySelector<HTMLElement>('#pinned-languages')!.hidden = !site.languages;
  document.querySelector<HTMLElement>('#site-block')!.hidden = kind !== 'split';
}

/** `<option>`s of a select, from the story's lenses or entities. */
export function fill(select: HTMLSelectElement, options: [string, string][], empty?: string) {
  const current = select.value;
  select.replaceChildren(
    ...(empty ? [new Option(empty, '')] : []),
    ...options.map(([value, text]) => new Option(text, value, false, value === current))
  );
}
