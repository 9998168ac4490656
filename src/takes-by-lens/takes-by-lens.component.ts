import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {formatNumber, getLocale, languageName, regionName} from '../shared/localization.js';
import {moreTakes, takesCount} from '../shared/messages.js';
import {httpHref} from '../shared/safe-url.js';
import {StoryElement} from '../shared/story-element.js';
import type {Lens, Story, Take} from '../shared/story-format.js';
import {styles} from './takes-by-lens.styles.js';

const primary = (tag?: string) => tag?.split(/[-_]/)[0].toLowerCase();

/**
 * How outlets covered the story, grouped by bias or lens: a distribution bar of takes per lens,
 * then each lens with its takes — outlet, region, language, summary, quote and source link.
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
 * @csspart outlet - Who said it.
 * @csspart region - The outlet's region, as a localized name.
 * @csspart language - The take's language, shown when it differs from the page's.
 * @csspart take-summary - What the take argues.
 * @csspart quote - The verbatim quote (`blockquote`).
 * @csspart source-link - The link to the source, opening in a new tab.
 * @csspart show-more - The "Show N more" button of a long lens.
 */
export class TakesByLensElement extends StoryElement {
  static override styles = [StoryElement.styles, styles];
  protected static override skeletonRows = 12;

  /** Ids of the lenses a reader expanded past `limit`. */
  @state() private expanded = new Set<string>();

  /** Takes shown per lens before a "Show N more" button; absent shows every take. */
  @property({type: Number}) limit?: number;

  /** Id of the one lens to show; absent shows all, with the distribution bar. */
  @property() lens?: string;

  private async expand(lens: Lens, index: number, shown: number) {
    this.expanded = new Set(this.expanded).add(lens.id);
    await this.updateComplete;
    // Focus goes to the first take the button revealed, where the reader's attention is.
    const takes = this.renderRoot.querySelectorAll('.lens')[index]?.querySelectorAll<HTMLElement>('.take');
    takes?.[shown]?.focus();
  }

  private renderDistribution(lenses: Lens[]) {
    // Set through CSSOM (a `.style` property binding), which a strict CSP allows; a `style`
    // attribute — what styleMap writes on first render — it blocks.
    const tint = (i: number, grow?: number) => `--_i:${i}${grow ? `;flex-grow:${grow}` : ''}`;
    return html`<div part="distribution" class="distribution">
      <div part="bar" class="bar" aria-hidden="true">
        ${lenses.map((lens, i) => html`<span class="segment" .style=${tint(i, lens.takes.length)}></span>`)}
      </div>
      <ul part="legend" class="legend" aria-label=${msg('Takes per lens', {id: 'lenses.legend'})}>
        ${lenses.map(
          (lens, i) =>
            html`<li .style=${tint(i)}>
              <span class="swatch"></span><span dir="auto">${lens.label}</span>
              <span class="n">${formatNumber(lens.takes.length)}</span>
            </li>`
        )}
      </ul>
    </div>`;
  }

  private renderTake(take: Take, lens: Lens, pageLang?: string) {
    const href = httpHref(take.url);
    const otherLanguage = take.lang && primary(take.lang) !== pageLang;
    const lang = take.lang ?? nothing;
    return html`<li part="take" class="take" tabindex="-1">
      <p class="take-meta">
        <span part="outlet" class="outlet" lang=${lang} dir="auto">${take.outlet}</span>
        ${take.country ? html`<span part="region">${regionName(take.country)}</span>` : nothing}
        ${otherLanguage ? html`<span part="language">${languageName(take.lang!)}</span>` : nothing}
      </p>
      ${
        take.summary
          ? html`<p part="take-summary" class="take-summary" lang=${lang} dir="auto">${take.summary}</p>`
          : nothing
      }
      ${
        take.quote
          ? html`<blockquote part="quote" cite=${href ?? nothing} lang=${lang} dir="auto">
              <p>${take.quote}</p>
            </blockquote>`
          : nothing
      }
      ${
        href
          ? this.renderLink(
              href,
              msg(str`Source: ${new URL(href).hostname.replace(/^www\./, '')}`, {id: 'lenses.source'}),
              {kind: 'source', outlet: take.outlet, lens: lens.id},
              'source-link',
              true
            )
          : nothing
      }
    </li>`;
  }

  private renderLens(lens: Lens, index: number, lang?: string, pageLang?: string) {
    const limit =
      this.limit !== undefined && this.limit >= 0 && !this.expanded.has(lens.id) ? this.limit : Infinity;
    const shown = lens.takes.slice(0, limit);
    const hidden = lens.takes.length - shown.length;
    return html`<section part="lens" class="lens">
      ${this.renderHeading(
        1,
        html`<span lang=${lang ?? nothing} dir="auto">${lens.label}</span>
          <span part="lens-count" class="count">${takesCount(lens.takes.length)}</span>`,
        'lens-label',
        'lens-label'
      )}
      <ul part="takes" class="takes">
        ${shown.map((take) => this.renderTake(take, lens, pageLang))}
      </ul>
      ${
        hidden
          ? html`<button
              part="show-more"
              class="show-more"
              type="button"
              @click=${() => this.expand(lens, index, shown.length)}
            >
              ${moreTakes(hidden)}
            </button>`
          : nothing
      }
    </section>`;
  }

  protected override renderStory(story: Story) {
    const lenses = (story.lenses ?? []).filter(
      (lens) => lens.takes.length && (!this.lens || lens.id === this.lens)
    );
    if (!lenses.length) return nothing;
    // The page's language: the nearest `lang` around the element, else the UI locale.
    const pageLang = primary(this.closest<HTMLElement>('[lang]')?.lang || getLocale());
    return html`<section part="base" class="base">
      ${this.renderHeading(0, msg('How outlets covered it', {id: 'lenses.heading'}), 'heading', 'section-heading')}
      ${this.lens ? nothing : this.renderDistribution(lenses)}
      ${lenses.map((lens, i) => this.renderLens(lens, i, story.lang, pageLang))}
    </section>`;
  }
}
