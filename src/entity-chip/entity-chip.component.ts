import {html, isServer, nothing} from 'lit';
import {resolveUrl} from '../data/safe-url.js';
import type {StoryLinkClickDetail} from '../page/events.js';
import {storyLink} from '../render/link.js';
import {contentChanged, hasFallback, renderFallback} from '../render/fallback.js';
import {StoryElement} from '../core/story-element.js';
import {tokens} from '../render/tokens.styles.js';
import {styles} from './entity-chip.styles.js';

/**
 * A chip for one person, place or organisation: a link to its page, or plain text without one.
 * Standalone from attributes (`name`, `href`, or slotted text), or bound to a story: with `src`
 * or `story`, `entity` names the entity by id. Inline in every state, so a sentence holding it
 * keeps its line height: while the story loads it shows its `name`, else its fallback content,
 * else a one-line placeholder that says nothing to a screen reader; once the story is there, the
 * publisher's own words (`name` or content) link to the entity's page, or without them the
 * story's name for it (marked with the story's language); if the story fails, its fallback
 * content or its `name`.
 *
 * @summary A person, place or organisation, linking to its page.
 * @tag entity-chip
 *
 * @slot - The chip's text without `name`: standalone, or bound (it stays the chip's text, linking to the entity's page).
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

  /** The chip's text, standalone or bound: the publisher's words for the entity, in the page's language. */
  name?: string;

  /** Link of a standalone chip, relative to the page. Only http(s) URLs become links. */
  href?: string;

  /** The chip; `title` is its whole name where it is known: a chip too wide for its column shows it cut. */
  #chip(content: unknown, url?: string, title = typeof content === 'string' ? content : undefined) {
    return storyLink(url, content, 'base chip', title);
  }

  /** The publisher's own words for the entity: its `name`, else its content (in its slot). */
  #own() {
    return this.name || html`<slot @slotchange=${contentChanged}></slot>`;
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
          ? this.#chip(this.#own())
          : // A sentence holding it reads on: the placeholder says nothing.
            html`<slot @slotchange=${contentChanged}
              ><span part="skeleton" class="placeholder" aria-hidden="true">&nbsp;</span></slot
            >`,
      // The publisher's own words stay (a sentence in Arabic keeps its Arabic); without them, the
      // story's name, marked with the story's language.
      ready: (story) => {
        const found = story.entities?.find((entity) => entity.id === this.entity);
        if (!found) return renderFallback(this, this.#plainName());
        return this.name || hasFallback(this)
          ? this.#chip(this.#own(), found.url)
          : this.#chip(html`<span lang=${story.lang ?? nothing}>${found.name}</span>`, found.url, found.name);
      },
      error: () => renderFallback(this, this.#plainName()),
    });
  }

  #plainName() {
    return this.name ? this.#chip(this.name) : nothing;
  }
}
