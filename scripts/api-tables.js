// Markdown tables of the elements' API, from custom-elements.json: the README's reference
// (scripts/readme-api.js) and Storybook's theming page both read them, so the API is written
// once, in the JSDoc. No Node APIs here: Storybook imports this module in the browser.

/** @typedef {{name: string, description?: string, type?: {text: string}, default?: string}} Item */

const cell = (text = '') =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/** @param {string[]} head @param {string[][]} rows */
function table(head, rows) {
  if (!rows.length) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ]
    .join('\n')
    .concat('\n');
}

/** The element declarations of the manifest, in `order` (src/elements.ts's, in the scripts). */
export function elements(manifest, order = []) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .sort((a, b) => order.indexOf(a.tagName) - order.indexOf(b.tagName));
}

/** What every element has: the names present in all of them. */
function shared(all, key, id = (item) => item.name) {
  const [first, ...rest] = all.map((element) => element[key] ?? []);
  return first.filter((item) => rest.every((items) => items.some((other) => id(other) === id(item))));
}

function sections(element, skip = {attributes: [], members: [], events: [], slots: [], cssStates: []}) {
  const not = (list, key) => (item) => !list.some((other) => (other.name ?? other.fieldName) === item[key]);
  const attributes = (element.attributes ?? []).filter(not(skip.attributes, 'name'));
  const attributeFields = new Set((element.attributes ?? []).map((a) => a.fieldName));
  const properties = (element.members ?? [])
    .filter((member) => member.kind === 'field' && !attributeFields.has(member.name))
    .filter(not(skip.members, 'name'));
  const events = (element.events ?? []).filter(not(skip.events, 'name'));
  const slots = (element.slots ?? []).filter(not(skip.slots, 'name'));
  const states = (element.cssStates ?? []).filter(not(skip.cssStates, 'name'));
  return [
    table(
      ['attribute', 'property', 'type', 'default', 'meaning'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ])
    ),
    table(
      ['property (no attribute)', 'type', 'meaning'],
      properties.map((p) => [code(p.name), code(p.type?.text), cell(p.description)])
    ),
    table(
      ['event', 'type', 'when'],
      events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)])
    ),
    table(
      ['slot', 'meaning'],
      slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])
    ),
    table(
      ['custom state', 'meaning'],
      states.map((s) => [code(`:state(${s.name})`), cell(s.description)])
    ),
  ].filter(Boolean);
}

/** The API every element shares: attributes, properties, events, the slot and custom states. */
export function sharedReference(manifest) {
  const all = elements(manifest);
  const common = {
    attributes: shared(all, 'attributes'),
    members: shared(all, 'members'),
    events: shared(all, 'events'),
    slots: [],
    cssStates: shared(all, 'cssStates'),
  };
  const base = {...all[0], ...common, slots: [], attributes: common.attributes, members: common.members};
  return sections(base).join('\n');
}

/** One element's own API, beyond what every element shares. */
export function elementReference(manifest, tag) {
  const all = elements(manifest);
  const element = all.find((declaration) => declaration.tagName === tag);
  const skip = {
    attributes: shared(all, 'attributes'),
    members: shared(all, 'members'),
    events: shared(all, 'events'),
    slots: [],
    cssStates: shared(all, 'cssStates'),
  };
  const parts = table(
    ['part', 'what it is'],
    (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)])
  );
  const common = shared(all, 'cssProperties');
  const tokens = table(
    ['custom property', 'default', 'what it styles'],
    (element.cssProperties ?? [])
      .filter((p) => !common.some((s) => s.name === p.name))
      .map((p) => [code(p.name), code(p.default), cell(p.description)])
  );
  return [...sections(element, skip), parts, tokens].filter(Boolean).join('\n');
}

/** The theming tokens: the custom properties every element reads. */
export function tokensReference(manifest) {
  return table(
    ['custom property', 'default', 'what it styles'],
    shared(elements(manifest), 'cssProperties').map((p) => [
      code(p.name),
      code(p.default),
      cell(p.description),
    ])
  );
}
