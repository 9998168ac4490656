import {html, isServer, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Lens, Story} from '../data/schema.js';
import {heading, provider} from '../shared/block.js';
import {block} from '../shared/block.styles.js';
import {placeholderStyles} from '../shared/placeholder.styles.js';
import {getLocale} from '../shared/localization.js';
import {moreTakes, takesCount} from '../shared/messages.js';
import {StoryLinkClickEvent} from '../shared/events.js';
import {StoryBlockElement} from '../shared/story-block-element.js';
import {tokens} from '../shared/tokens.styles.js';
import {distribution, primary, renderTake, type NewTab} from './takes.js';
import {styles} from './takes-by-lens.styles.js';

/**
 * How outlets covered the story, grouped by bias or lens: a distribution bar of takes per lens,
 * then each lens with its takes — outlet (the link to its source), region, language, summary and quote.
 *
 * @summary Coverage of a story grouped by lens.
 * @tag takes-by-lens
 *
 * @csspart base - The section around everything.
 * @csspart heading - The element's heading.
 * @csspart distribution - The bar and its legend.
 * @csspart bar - The bar of takes per lens (hidden from screen readers, which read the legend).
 * @csspart legend - The legend: each lens with its number of takes.
 * @csspart lens - One lens and its takes.
 * @csspart lens-label - The heading of a lens.
 * @csspart lens-count - The number of takes beside a lens label.
 * @csspart takes - The list of takes of a lens.
 * @csspart take - One take.
 * @csspart outlet - Who said it: the link to the source (also part `source-link`), or plain text without a safe URL.
 * @csspart region - The outlet's region, as a localized name.
 * @csspart language - The take's language, shown when it differs from the page's.
 * @csspart take-summary - What the take argues.
 * @csspart quote - The verbatim quote (`blockquote`).
 * @csspart source-link - The outlet's link to its source, opening in a new tab.
 * @csspart show-more - The "Show N more" button of a long lens.
 * @csspart provider - The provider line ("Story analysis by …"), with the `provider` attribute.
 * @csspart skeleton - The placeholder shown while the story loads.
 * @csspart error - The notice shown when the story cannot be shown and there is no fallback content.
 *
 * @cssprop [--story-lens-1=light-dark(#0072b2, #56b4e9)] - Colour of the first labelled lens in the bar and legend.
 * @cssprop [--story-lens-2=light-dark(#d55e00, #f0a060)] - Colour of the second labelled lens.
 * @cssprop [--story-lens-3=light-dark(#009e73, #3fd0a0)] - Colour of the third labelled lens.
 * @cssprop [--story-lens-4=light-dark(#cc79a7, #e7a7cb)] - Colour of the fourth labelled lens.
 * @cssprop [--story-lens-5=light-dark(#e69f00, #f5c451)] - Colour of the fifth labelled lens.
 * @cssprop [--story-lens-6=light-dark(#6f4fb3, #b7a4ec)] - Colour of the sixth labelled lens (a seventh takes the first's).
 * @cssprop [--story-lens-other=light-dark(#c3c6cc, #4b4f59)] - Colour of the unlabelled takes (a lens with id `unlabelled`).
 */
export class TakesByLensElement extends StoryBlockElement {
  static override styles = [tokens, block, styles, placeholderStyles('takes-by-lens')];
  static override properties = {
    // A bare `limit`, or one that is not a number, means no limit (not zero takes).
    limit: {converter: (value: string | null) => (value?.trim() ? Number(value) : undefined)},
    lens: {},
  };

  /** Per story, the lenses a reader expanded past `limit`: a new story starts collapsed. */
  #expanded = new WeakMap<Story, Set<Lens>>();

  /** Takes shown per lens before a "Show N more" button; absent shows every take. */
  limit?: number;

  /** Id of the one lens to show; absent shows all, with the distribution bar. */
  lens?: string;

  async #expand(story: Story, lens: Lens, index: number, shown: number) {
    this.#expanded.set(story, new Set(this.#expanded.get(story)).add(lens));
    this.requestUpdate();
    await this.updateComplete;
    // Focus goes to the first take the button revealed, where the reader's attention is.
    const takes = this.renderRoot.querySelectorAll('.lens')[index]?.querySelectorAll<HTMLElement>('.take');
    takes?.[shown]?.focus();
  }

  /**
   * One listener for every source link: `story-link-click` with the take's outlet and lens, for
   * clicks with or without modifier keys and middle clicks (`auxclick`).
   */
  #followSource(event: MouseEvent) {
    if (event.button > 1) return; // a right click opens a menu, not the link
    const link = (event.target as Element).closest('a[part~="source-link"]');
    const story = this.story;
    if (!link || !story) return;
    const item = link.closest('li')!;
    const lensIndex = [...this.renderRoot.querySelectorAll('.lens')].indexOf(item.closest('.lens')!);
    const lens = this.#lenses(story)[lensIndex];
    const take = lens.takes[[...item.parentElement!.children].indexOf(item)];
    this.dispatchEvent(
      new StoryLinkClickEvent({
        url: (link as HTMLAnchorElement).href,
        kind: 'source',
        outlet: take.outlet,
        lens: lens.id,
      })
    );
  }

  /** The lenses shown: those with takes, or the one `lens` names, if the story has it. */
  #lenses(story: Story) {
    const lenses = (story.lenses ?? []).filter((lens) => lens.takes.length);
    const named = lenses.filter((lens) => lens.id === this.lens);
    return named.length ? named : lenses;
  }

  /** A `lens` the story lacks shows every lens, with a warning (once per story and lens). */
  #warned = new WeakMap<Story, string>();
  #warnAboutLens(story: Story) {
    if (!this.lens || this.#warned.get(story) === this.lens) return;
    if (story.lenses?.some((lens) => lens.id === this.lens && lens.takes.length)) return;
    this.#warned.set(story, this.lens);
    console.warn(`<${this.localName}> lens="${this.lens}" is not in the story: showing every lens.`);
  }

  #renderLens(story: Story, lens: Lens, index: number, pageLang: string | undefined, newTab: NewTab) {
    // Print shows every take.
    const collapsed = this.limit! >= 0 && !this.printing && !this.#expanded.get(story)?.has(lens);
    const limit = collapsed ? this.limit! : Infinity;
    const lang = story.lang;
    const shown = lens.takes.slice(0, limit);
    const hidden = lens.takes.length - shown.length;
    return html`<section part="lens" class="lens">
      ${heading(
        this.headingLevel,
        1,
        html`<span lang=${lang ?? nothing} dir="auto">${lens.label}</span>
          <span part="lens-count" class="count">${takesCount(lens.takes.length)}</span>`,
        'lens-label',
        'lens-label'
      )}
      <ul part="takes" class="takes">
        ${shown.map((take) => renderTake(take, story.lang, pageLang, newTab))}
      </ul>
      ${
        hidden
          ? html`<button
              part="show-more"
              class="show-more"
              type="button"
              @click=${() => this.#expand(story, lens, index, shown.length)}
            >
              ${moreTakes(hidden)}
            </button>`
          : nothing
      }
    </section>`;
  }

  protected override renderStory(story: Story) {
    const lenses = this.#lenses(story);
    if (!lenses.length) return nothing;
    this.#warnAboutLens(story);
    // The page's language: the nearest `lang` around the element (in the browser), else the UI locale.
    const pageLang = primary((!isServer && this.closest<HTMLElement>('[lang]')?.lang) || getLocale());
    const newTab = {text: msg('(opens in a new tab)', {id: 'story-widgets.link.new-tab'}), lang: getLocale()};
    return html`<section
      part="base"
      class="base"
      @click=${this.#followSource}
      @auxclick=${this.#followSource}
    >
      ${heading(this.headingLevel, 0, msg('How outlets covered it', {id: 'story-widgets.lenses.heading'}), 'heading', 'section-heading')}
      ${lenses.length === 1 && lenses[0].id === this.lens ? nothing : distribution(lenses)}
      ${lenses.map((lens, i) => this.#renderLens(story, lens, i, pageLang, newTab))}
      ${provider(this.provider, story)}
    </section>`;
  }
}
