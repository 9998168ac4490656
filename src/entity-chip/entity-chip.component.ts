import {html, isServer, nothing} from 'lit';
import {msg} from '@lit/localize';
import {resolveUrl} from '../data/safe-url.js';
import type {StoryLinkClickDetail} from '../shared/events.js';
import {storyLink} from '../shared/link.js';
import {contentChanged, hasFallback, renderFallback} from '../shared/fallback.js';
import {StoryElement} from '../shared/story-element.js';
import {tokens} from '../shared/tokens.styles.js';
import {styles} from './entity-chip.styles.js';

/**
 * A chip for one person, place or organisation: a link to its page, or plain text without one.
 * Standalone from attributes (`name`, `href`, or slotted text), or bound to a story: with `src`
 * or `story`, `entity` names the entity by id. Inline in every state, so a sentence holding it
 * keeps its line height: while the story loads it shows its `name`, else its fallback content,
 * else a one-line placeholder; and if the story fails, its fallback content or its `name`.
 *
 * @summary A person, place or organisation, linking to its page.
 * @tag entity-chip
 *
 * @slot - The chip's text when standalone without `name`; fallback content when bound.
 *
 * @csspart base - The chip: a link (`a`) with a URL, plain text (`span`) without.
 * @csspart chip - The same element as `base`.
 * @csspart skeleton - The one-line placeholder of a bound chip with neither `name` nor fallback content while its story loads.
 */
export class EntityChipElement extends StoryElement {
  static override styles = [tokens, styles];
  static override properties = {
    entity: {},
    name: {},
    href: {},
  };

  /** Id of the entity to show from the story given by `src` or `story`. */
  entity?: string;

  /** Visible name when standalone; also shown while a bound chip's story loads, or if it fails. */
  name?: string;

  /** Link of a standalone chip, relative to the page. Only http(s) URLs become links. */
  href?: string;

  /** The chip; `content` is its name where it is text: a chip too wide for its column shows it cut. */
  #chip(content: unknown, url?: string) {
    return storyLink(url, content, 'base chip', typeof content === 'string' ? content : undefined);
  }

  protected override linkDetail(): Omit<StoryLinkClickDetail, 'url'> {
    return {kind: 'entity', id: this.entity};
  }

  /** The chip from its attributes: standalone, or while a bound story is not there. */
  #standalone() {
    // Nothing to show, nothing shown: no empty pill.
    if (!this.name && !hasFallback(this)) return html`<slot @slotchange=${contentChanged}></slot>`;
    // A relative href means what it means in the publisher's page (the element's base URI).
    const href = this.href && !isServer ? resolveUrl(this.href, this.baseURI) : this.href;
    return this.#chip(this.name || html`<slot @slotchange=${contentChanged}></slot>`, href);
  }

  protected override render() {
    return this.storyController.render({
      idle: () => this.#standalone(),
      // Its name, else its fallback content, as the chip they will become (the same width: the
      // sentence around it does not reflow); else (the slot's own default content) a one-line
      // placeholder.
      loading: () =>
        this.name || hasFallback(this)
          ? this.#chip(this.name || html`<slot @slotchange=${contentChanged}></slot>`)
          : html`<slot @slotchange=${contentChanged}
              ><span part="skeleton" class="placeholder"
                >&nbsp;<span class="visually-hidden"
                  >${msg('Loading the story…', {id: 'story-widgets.state.loading'})}</span
                ></span
              ></slot
            >`,
      ready: (story) => {
        const found = story.entities?.find((entity) => entity.id === this.entity);
        return found ? this.#chip(found.name, found.url) : renderFallback(this, this.#plainName());
      },
      error: () => renderFallback(this, this.#plainName()),
    });
  }

  #plainName() {
    return this.name ? this.#chip(this.name) : nothing;
  }
}
