/** What a page sets once for all its elements; each element's own attributes win. */
export interface PageDefaults {
  theme?: string;
  loading?: string;
  locale?: string;
  refresh?: string;
}

/** The page's `<meta name="story-widgets:theme|loading|locale|refresh" content="…">`. */
export function pageDefaults(doc: Document): PageDefaults {
  const read = (name: string) =>
    doc
      .querySelector<HTMLMetaElement>(`meta[name="story-widgets:${name}" i]`)
      ?.content.trim()
      .toLowerCase() || undefined;
  return {theme: read('theme'), loading: read('loading'), locale: read('locale'), refresh: read('refresh')};
}
