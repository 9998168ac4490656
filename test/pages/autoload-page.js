// test/pages/autoload.html's language, elements and script, from its query: `lang`,
// `page-loading` (the page's <meta name="story-widgets:loading">), `text` (a heading), `tags`
// (comma-separated), each with `src` and `loading`, below a screen of text with `far`; then the publishers' script from
// /slow/<id>/dist/ (test/server.js). Elements and script are in the page before the script runs,
// as a publisher's are.
const query = new URLSearchParams(location.search);
if (query.has('lang')) document.documentElement.lang = query.get('lang');
if (query.has('page-loading'))
  document.head.append(
    Object.assign(document.createElement('meta'), {
      name: 'story-widgets:loading',
      content: query.get('page-loading'),
    })
  );
if (query.has('far')) document.body.append(document.createElement('p'));
// The page's own words, above the elements: what paints first.
if (query.has('text'))
  document.body.append(Object.assign(document.createElement('h1'), {textContent: query.get('text')}));
// CSSOM, which a strict style-src allows: a screen and more of page before the elements.
document.querySelector('p')?.style.setProperty('height', '400vh');
for (const tag of (query.get('tags') ?? '').split(',').filter(Boolean)) {
  const element = document.createElement(tag);
  for (const name of ['src', 'loading']) if (query.has(name)) element.setAttribute(name, query.get(name));
  if (tag === 'entity-chip') element.setAttribute('entity', 'venezuela-crisis');
  document.body.append(element);
}
const policy = globalThis.trustedTypes?.createPolicy('autoload-page', {createScriptURL: (url) => url}) ?? {
  createScriptURL: (url) => url,
};
const script = Object.assign(document.createElement('script'), {type: 'module'});
script.src = policy.createScriptURL(`/slow/${query.get('id')}/dist/story-widgets.js?v=3`);
document.head.append(script);
