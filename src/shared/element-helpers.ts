/** `value` as JSON, or `undefined` where it is not JSON (a cycle, a BigInt): parseStory reports those. */
export function jsonOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** What a page sets once for all its elements; each element's own attributes win. */
export interface PageDefaults {
  theme?: string;
  loading?: string;
  locale?: string;
}

/** The page's `<meta name="story-widgets:theme|loading|locale" content="…">`. */
export function pageDefaults(doc: Document): PageDefaults {
  const read = (name: string) =>
    doc
      .querySelector<HTMLMetaElement>(`meta[name="story-widgets:${name}" i]`)
      ?.content.trim()
      .toLowerCase() || undefined;
  return {theme: read('theme'), loading: read('loading'), locale: read('locale')};
}

/** Adds or removes a custom state; Chromium before 125 accepts only `--name` states, and gets none. */
export function toggleState(states: CustomStateSet | undefined, name: string, on: boolean) {
  try {
    states?.[on ? 'add' : 'delete'](name);
  } catch {
    // Those pages simply match no :state().
  }
}
