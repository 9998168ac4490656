import {html} from 'lit';
import {property} from 'lit/decorators.js';
import {StoryElement} from '../shared/story-element.js';
import {resolveUrl, type Story} from '../shared/story-format.js';
import {styles} from './entity-chip.styles.js';

/**
 * A chip for one person, place or organisation: a link to its page, or plain text without one.
 * Standalone from attributes (`name`, `href`, or slotted text), or bound to a story: with `src`
 * or `story`, `entity` names the entity by id.
 *
 * @summary A person, place or organisation, linking to its page.
 * @tag entity-chip
 *
 * @slot - The chip's text when standalone without `name`; fallback content when bound.
 *
 * @csspart base - The chip: a link (`a`) with a URL, plain text (`span`) without.
 * @csspart chip - The same element as `base`.
 */
export class EntityChipElement extends StoryElement {
  static override styles = [StoryElement.styles, styles];

  /** Id of the entity to show from the story given by `src` or `story`. */
  @property({reflect: true}) entity?: string;

  /** Visible name when standalone. Slotted text works too. */
  @property() name?: string;

  /** Link of a standalone chip, relative to the page. Only http(s) URLs become links. */
  @property() href?: string;

  protected override renderStory(story: Story) {
    const found = story.entities?.find((entity) => entity.id === this.entity);
    return found ? this.renderChip(found.name, found.url) : html`<slot></slot>`;
  }

  private renderChip(content: unknown, url?: string) {
    return this.renderLink(url, content, {kind: 'entity', id: this.entity}, 'base chip');
  }

  protected override render() {
    if (this.src || this.story) return super.render();
    const href = this.href ? resolveUrl(this.href, document.baseURI) : undefined;
    return this.renderChip(this.name || html`<slot></slot>`, href);
  }
}
