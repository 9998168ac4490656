// What the smoke test (test-storybook.js) checks a story shows, beyond "no errors": that each
// canvas is what its name says. Each check returns the problems it found, as text.

/** Relative luminance of a computed `rgb(…)` colour: under 0.2 is a dark page. */
const luminanceOf = (rgb) => {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((n) => {
    const c = Number(n) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** The page's own background (the element's, else the root's), and its luminance. */
export async function pageColour(page, selector = 'body') {
  const colour = await page.$eval(selector, (element) => {
    const own = getComputedStyle(element).backgroundColor;
    return /rgba\(.*, 0\)$|transparent/.test(own)
      ? getComputedStyle(document.documentElement).backgroundColor
      : own;
  });
  return {colour, luminance: luminanceOf(colour)};
}

/** Problems of the story open in `page`, by what its name and title promise. */
export async function storyProblems(page, story, theme) {
  const problems = [];
  if (/\bdark\b/i.test(story.name)) {
    const {colour, luminance} = await pageColour(page);
    if (luminance > 0.2) problems.push(`a Dark story on a light page (${colour})`);
  }
  if (story.name === 'Minimal') {
    const shown = await page.$eval(
      '#storybook-root',
      (root) =>
        (root.getBoundingClientRect().height > 0 && root.innerText.trim() !== '') ||
        [...root.querySelectorAll('*')].some((el) => el.shadowRoot && el.getBoundingClientRect().height > 0)
    );
    if (!shown) problems.push('the Minimal story shows nothing, and says nothing about it');
  }
  if (story.name === 'With Provider') {
    const line = await page.$$eval('story-summary', (els) =>
      els.map((el) => el.shadowRoot?.querySelector('[part~="provider"]')?.textContent?.trim()).join('')
    );
    if (!line) problems.push('no provider line');
  }
  if (story.name === 'RTL') {
    // The story's own words in Arabic, marked so: not an English story in Arabic chrome.
    const english = await page.$$eval('story-summary, story-numbers, takes-by-lens, entity-chip', (els) =>
      els
        .filter(
          (el) =>
            !el.shadowRoot?.querySelector('[lang="ar"]') &&
            !/[\u0600-\u06ff]{3}/.test(el.shadowRoot?.querySelector('[part~="chip"]')?.textContent ?? '')
        )
        .map((el) => el.localName)
    );
    if (english.length) problems.push(`an RTL story without Arabic content in ${english.join(', ')}`);
  }
  if (story.title.startsWith('Live')) {
    const updated = await page.$$eval('story-summary', (els) =>
      els.map((el) => el.shadowRoot?.querySelector('[part~="updated"]')?.textContent).join('')
    );
    const marks = await page.$$eval(
      'takes-by-lens',
      (els) => els.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[part~="new-mark"]') ?? [])]).length
    );
    const said = await page.$eval(
      '#storybook-root',
      (root) => root.querySelector('.said')?.textContent ?? ''
    );
    if (!/\d+\s*min/.test(updated)) problems.push(`no "Updated N min ago" (${updated})`);
    if (marks !== 1) problems.push(`${marks} takes marked new, not 1`);
    if (!/new take/i.test(said)) problems.push(`the announcement is not shown (${said})`);
  }
  if (story.name === 'Print') {
    const shown = await page.$$eval(
      'story-summary, story-numbers, takes-by-lens',
      (els) =>
        els
          .flatMap((el) => [...el.shadowRoot.querySelectorAll('button, [part~="show-more"]')])
          .filter((b) => b.getClientRects().length).length
    );
    if (shown) problems.push(`${shown} buttons show on paper: not every take and section printed`);
  }
  if (story.name === 'Forced Colours') {
    const [chip, canvas] = await page.$eval('entity-chip', (el) => {
      const probe = document.createElement('span');
      probe.style.color = 'Canvas';
      document.body.append(probe);
      const colours = [
        getComputedStyle(el.shadowRoot.querySelector('[part~="chip"]')).backgroundColor,
        getComputedStyle(probe).color,
      ];
      probe.remove();
      return colours;
    });
    if (chip !== canvas) problems.push(`a chip keeps its background (${chip}) in forced colours`);
  }
  if (story.title.startsWith('Elements/') && theme === 'light')
    problems.push(...(await tokenControls(page, story)));
  return problems;
}

/** Every `--story-*` control of an element story is a colour picker or a text field, never "Set object". */
async function tokenControls(page, story) {
  const controls = await page.evaluate(async (id) => {
    const prepared = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({storyId: id});
    return Object.values(prepared.argTypes)
      .filter((argType) => argType.name.startsWith('--story-'))
      .map((argType) => [argType.name, argType.control?.type ?? String(argType.control)]);
  }, story.id);
  const wrong = controls.filter(([, type]) => type !== 'color' && type !== 'text');
  if (!controls.length) return ['no token controls'];
  return wrong.length
    ? [`token controls that are not pickers or text: ${wrong.map((w) => w.join(' → ')).join(', ')}`]
    : [];
}

/**
 * The theme builder: a colour changed gives a `light-dark()` pair in the CSS, and one that misses
 * its contrast on the dark card (#b00020, links at 2.4:1) is warned about beside its control.
 */
export async function themeBuilderProblems(page) {
  const problems = [];
  const set = (name, value) =>
    page.evaluate(
      (name, value) => {
        const input = document.querySelector(`theme-builder input[name="${name}"]`);
        if (!input) return false;
        input.value = value;
        input.dispatchEvent(new Event('input', {bubbles: true}));
        return true;
      },
      name,
      value
    );
  const output = () => page.$eval('theme-builder textarea.output', (t) => t.value).catch(() => '');
  const warning = () =>
    page
      .$eval('theme-builder [data-token="--story-accent-color"] .warning', (w) => w.textContent)
      .catch(() => '');
  if (!(await set('--story-accent-color/light', '#6d28d9')))
    return ['no light picker for --story-accent-color'];
  await page.waitForFunction(() => document.querySelector('theme-builder')?.updateComplete);
  const css = await output();
  if (!/--story-accent-color:\s*light-dark\(#6d28d9,\s*#8ab4f8\)/.test(css))
    problems.push(`no light-dark() pair in the CSS after a colour changed: ${css.replace(/\s+/g, ' ')}`);
  if (await warning()) problems.push(`a warning for a pair that passes: ${await warning()}`);
  await set('--story-accent-color/dark', '#b00020');
  await page.waitForFunction(() => document.querySelector('theme-builder')?.updateComplete);
  if (!/dark: 2\.\d:1/.test(await warning()))
    problems.push(`no warning beside a pair at 2.4:1 on the dark card: "${await warning()}"`);
  return problems;
}
