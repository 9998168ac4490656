/**
 * The page's one polite live region: what the elements say to a screen reader — a story loaded
 * or could not be, a live story updated. It is made when there is something to say, a moment
 * before the words, so that screen readers know it before its text arrives; it goes a few
 * seconds after, so that reading the page later never meets old words, and no empty region is
 * left in the tree.
 */
interface Region {
  element?: HTMLElement;
  /** What is to be said. (Plain words: a copy of another version on the page may speak them.) */
  words: Said[];
  lang?: string;
  timer?: ReturnType<typeof setTimeout>;
}

/** Words to be said, and the element that says them: an element gone from the page says nothing. */
export interface Said {
  host: Element;
  words: string;
}

// One per page, whoever says something (the views and the live code are separate files in the
// publishers' bundle, and the bundle may be on a page twice): the page's, not a module's.
const page: Region = ((globalThis as {[key: symbol]: Region})[Symbol.for('story-widgets.announcer')] ??= {
  words: [],
});

/** How long a region is there before its words, and how long its words stay. */
const before = 250;
const stays = 5000;

/**
 * Says `words` in `lang`, politely, from the page's region: in `host`'s shadow root if it has none
 * yet. What is said within a moment of each other is said together. With `instead`, what an
 * earlier call returned, the words replace that call's if they are still to be said.
 */
export function say(host: Element, words: string, lang: string, instead?: Said | null): Said | undefined {
  if (!words) return;
  if (!page.element?.isConnected) {
    page.element = document.createElement('div');
    page.element.className = 'visually-hidden';
    page.element.setAttribute('aria-live', 'polite');
    page.element.setAttribute('aria-atomic', 'true');
    (host.shadowRoot ?? host).append(page.element);
  }
  let said = instead && saying(instead) ? Object.assign(instead, {words}) : undefined;
  if (!said && !page.words.some((other) => other.words === words)) page.words.push((said = {host, words}));
  page.lang = lang;
  clearTimeout(page.timer);
  page.timer = setTimeout(speak, before);
  return said;
}

/** Whether `said`, what say() returned, is still to be said. */
export const saying = (said: Said) => page.words.includes(said);

function speak() {
  const {element} = page;
  if (!element) return;
  element.lang = page.lang ?? '';
  const words = page.words
    .filter(({host}) => host.isConnected)
    .map((said) => said.words)
    .join(' ');
  // The same words again would not be heard again: they differ by a trailing no-break space.
  element.textContent = element.textContent === words ? `${words}\u00a0` : words;
  page.words = [];
  page.timer = setTimeout(() => {
    element.remove();
    if (page.element === element) page.element = undefined;
  }, stays);
}
