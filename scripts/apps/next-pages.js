// The pages of test/apps/next, and what a developer expects of each in Chromium (test-apps.js).
const seedTitle = "US airstrike kills Tren de Aragua chief Niño Guerrero, 'coordinated' with Caracas";

/**
 * Each page: its elements, the `story-load` events its own handlers must get, and whether its
 * story comes from the server (it then shows without a script, and nothing may shift at all;
 * a story fetched by the browser shifts what follows by the error of the place kept for it,
 * which the run prints).
 */
export const pages = [
  {
    path: '/wrappers',
    elements: ['story-summary', 'takes-by-lens'],
    events: ['story-summary', 'takes-by-lens'],
  },
  {
    path: '/server-story',
    elements: ['story-summary', 'story-numbers'],
    events: ['story-summary'],
    server: true,
  },
  {path: '/server-output', elements: ['story-summary'], events: ['story-summary'], server: true},
  {path: '/react-19', elements: ['story-summary'], events: ['story-summary']},
];

/** Console messages a developer need not act on. */
const harmless = [
  /Lit is in dev mode/,
  /Download the React DevTools/,
  // Chromium, when React sets a server's output as innerHTML after a client-side navigation: the
  // element renders from its inline JSON instead (docs/frameworks.md).
  /declarative Shadow DOM is not being parsed/,
];

/** Whether every element of `names` shows its story (custom state `ready`, its text in view). */
function allReady(names) {
  return names.every((name) => {
    const el = document.querySelector(name);
    return el?.matches(':state(ready)') && el.shadowRoot?.textContent?.trim();
  });
}

/**
 * Opens `page` on `base` as a reader would: what is wrong with it (`problems`, none: `[]`), and
 * what the run prints beside (`notes`).
 * `production`: layout shifts count (a dev server compiles a page on its first visit, which no
 * reader waits for).
 */
export async function visit(browser, base, page, {clientSide, production}) {
  const problems = [];
  const notes = [];
  const tab = await browser.newPage();
  try {
    await tab.setViewport({width: 1000, height: 900});
    tab.on('console', (message) => {
      const text = message.text();
      if (!['error', 'warn', 'warning'].includes(message.type()) || harmless.some((re) => re.test(text)))
        return;
      problems.push(`console ${message.type()}: ${text.split('\n')[0].slice(0, 300)}`);
    });
    tab.on('pageerror', (error) => problems.push(`uncaught: ${error.message.split('\n')[0]}`));
    tab.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
    });
    await tab.evaluateOnNewDocument(() => {
      window.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifted += entry.value;
      }).observe({type: 'layout-shift', buffered: true});
    });
    if (clientSide) {
      await tab.goto(`${base}/`, {waitUntil: 'networkidle0'});
      await tab.click(`nav a[href="${page.path}"]`);
      await tab.waitForFunction((path) => location.pathname === path, {}, page.path);
    } else await tab.goto(`${base}${page.path}`, {waitUntil: 'networkidle0'});
    const ready = await tab.waitForFunction(allReady, {timeout: 20000, polling: 50}, page.elements).then(
      () => true,
      () => false
    );
    if (!ready) problems.push(`the story never showed in ${page.elements.join(', ')}`);
    const title = await tab.evaluate(() =>
      document
        .querySelector('story-summary')
        ?.shadowRoot?.querySelector('[part="title"]')
        ?.textContent?.trim()
    );
    if (title !== seedTitle) problems.push(`headline: ${JSON.stringify(title)}`);
    const wanted = page.events.map((tag) => `story-load <${tag}> venezuela-nino-guerrero-strike`);
    const heard = await tab
      .waitForFunction(
        (events) => events.every((e) => window.storyEvents?.includes(e)),
        {timeout: 5000},
        wanted
      )
      .then(
        () => true,
        () => false
      );
    if (!heard)
      problems.push(
        `handlers got ${JSON.stringify(await tab.evaluate(() => window.storyEvents))}, not ${JSON.stringify(wanted)}`
      );
    // Two frames: a shift from the last render is recorded.
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shifted = await tab.evaluate(() => window.shifted);
    if (!production) return {problems, notes};
    if (page.server || clientSide ? shifted > 0 : shifted >= 0.01)
      problems.push(`layout shift ${shifted.toFixed(4)}`);
    else if (shifted)
      notes.push(`layout shift ${shifted.toFixed(4)}: the place kept for a fetched story was off by that`);
    if (page.server && !clientSide) problems.push(...(await withoutScript(browser, base, page.path)));
  } finally {
    await tab.close();
  }
  return {problems, notes};
}

/** A story from the server shows before and without any script. */
async function withoutScript(browser, base, path) {
  const tab = await browser.newPage();
  try {
    await tab.setJavaScriptEnabled(false);
    await tab.goto(`${base}${path}`);
    const title = await tab.evaluate(() =>
      document
        .querySelector('story-summary')
        ?.shadowRoot?.querySelector('[part="title"]')
        ?.textContent?.trim()
    );
    return title === seedTitle ? [] : [`without a script, the headline is ${JSON.stringify(title)}`];
  } finally {
    await tab.close();
  }
}
