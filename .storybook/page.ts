// The page around the stories, from the toolbar: <html lang> and dir, and the colour scheme the
// elements follow. The stories' decorator sets it for each example; the docs container for a
// docs page, which may have no example of its own on it (all in frames: Media, Live story).

export const rightToLeft = ['ar', 'he', 'fa', 'ur'];

export function applyGlobals(globals: Record<string, unknown>) {
  const root = document.documentElement;
  root.lang = String(globals.locale ?? 'en');
  root.dir = rightToLeft.includes(root.lang) ? 'rtl' : 'ltr';
  root.style.colorScheme = globals.theme === 'page' ? 'light dark' : String(globals.theme ?? 'light');
  return root;
}
