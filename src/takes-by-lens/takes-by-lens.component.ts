import {isServer} from 'lit';
import type {Lens, Story} from '../data/schema.js';
import {skeletonStyles} from '../render/skeleton.styles.js';
import type {StoryLinkClickDetail} from '../page/events.js';
import {getLocale} from '../i18n/localization.js';
import {placeholderStyles} from '../render/placeholder.styles.js';
import {StoryBlockElement} from '../core/story-block-element.js';
import {tokens} from '../render/tokens.styles.js';
import {loadedBlockViews} from '../core/chunks-loader.js';
import {lensesShown, primary} from './lenses.js';

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
 * @csspart take - One take; also part `new` while it is marked as new (a live story, `refresh`).
 * @csspart new-mark - The word "New" on a take that arrived while the reader was on the page, until they have seen it.
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
 * @cssprop [--story-lens-1=light-dark(#0f669c, #4aa8f0)] - Colour of the first labelled lens in the bar and legend. Every lens colour holds 3:1 against the card, in light and in dark.
 * @cssprop [--story-lens-2=light-dark(#e4531a, #c7643a)] - Colour of the second labelled lens.
 * @cssprop [--story-lens-3=light-dark(#0b6b3a, #4cd99a)] - Colour of the third labelled lens.
 * @cssprop [--story-lens-4=light-dark(#b3287e, #cf4a8e)] - Colour of the fourth labelled lens.
 * @cssprop [--story-lens-5=light-dark(#1b8fc0, #8fd8fb)] - Colour of the fifth labelled lens.
 * @cssprop [--story-lens-6=light-dark(#8a6112, #f2b13d)] - Colour of the sixth labelled lens.
 * @cssprop [--story-lens-7=light-dark(#6040c4, #8b74ee)] - Colour of the seventh labelled lens.
 * @cssprop [--story-lens-8=light-dark(#6f8a16, #c8d66a)] - Colour of the eighth labelled lens (a ninth takes the first's).
 * @cssprop [--story-lens-other=light-dark(#8e9196, #6e737c)] - Colour of the unlabelled takes (a lens with id `unlabelled` or `other`, shown as "Other coverage"), hatched in the text's colour.
 */
export class TakesByLensElement extends StoryBlockElement {
  static override styles = [tokens, skeletonStyles, placeholderStyles('takes-by-lens')];
  static override properties = {
    // A bare `limit`, or one that is not a number, means no limit (not zero takes).
    limit: {converter: (value: string | null) => (value?.trim() ? Number(value) : undefined)},
    lens: {},
  };

  static override readonly views = 'takes';

  /** Per story, the lenses a reader expanded past `limit`: a new story starts collapsed. */
  #expanded = new WeakMap<Story, Set<Lens>>();
  /** Per story, the takes marked new: they arrived while the reader was here (a live story). */
  protected override fresh = new WeakMap<Story, Set<string>>();
  /** A `lens` the story lacks is warned about once per story and lens (development only). */
  #warned = new WeakMap<Story, string>();

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

  protected override takeSeen(url: string) {
    if (this.fresh.get(this.story!)?.delete(url)) this.requestUpdate();
  }

  /** A source link: the take's outlet and lens, found by where the link is. */
  protected override linkDetail(link: Element): Omit<StoryLinkClickDetail, 'url'> | undefined {
    const item = link.closest('li');
    if (!item || !this.story) return undefined;
    const lensIndex = [...this.renderRoot.querySelectorAll('.lens')].indexOf(item.closest('.lens')!);
    const lens = lensesShown(this.story, this.lens)[lensIndex];
    const take = lens.takes[[...item.parentElement!.children].indexOf(item)];
    return {kind: 'source', outlet: take.outlet, lens: lens.id};
  }

  protected override renderStory(story: Story) {
    if (globalThis.litIssuedWarnings && this.lens && this.#warned.get(story) !== this.lens) {
      this.#warned.set(story, this.lens);
      if (!story.lenses?.some((lens) => lens.id === this.lens && lens.takes.length))
        console.warn(`<${this.localName}> lens="${this.lens}" is not in the story: showing every lens.`);
    }
    return loadedBlockViews()!.takes.render(
      {
        headingLevel: this.headingLevel,
        provider: this.provider,
        limit: this.limit,
        lens: this.lens,
        printing: this.printing,
        // The page's language: the nearest `lang` around the element (in the browser), else the UI locale.
        pageLang: primary((!isServer && this.closest<HTMLElement>('[lang]')?.lang) || getLocale()),
        expanded: this.#expanded.get(story),
        fresh: this.fresh.get(story),
        expand: (lens, index, shown) => void this.#expand(story, lens, index, shown),
      },
      story
    );
  }
}
