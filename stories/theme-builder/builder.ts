// <theme-builder>: a control for every token (from the manifest), a light and a dark value for
// each colour with its contrast against the card, the four elements on a light and a dark page,
// the CSS ready to copy, Reset, and a theme pasted back in.
import {html, LitElement, nothing} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {SEED_SRC} from '../support.js';
import {tokens, type Token} from '../tokens.js';
import {builderStyles} from './builder.styles.js';
import {contrast, isCard, roleOf} from './colour.js';
import {parseTheme, properties, stylesheet, valueOf, withValue, type Colour, type Theme} from './theme.js';

const groups = ['Text and links', 'Graphics', 'Backgrounds and lines', 'Type and space'];
const groupOf = (token: Token) => (token.kind === 'colour' ? roleOf(token).group : 'Type and space');
const card = tokens.find(isCard);
const ratio = (n: number) => `${(Math.floor(n * 10) / 10).toFixed(1)}:1`;
const id = (token: Token) => token.name.slice(2);

export class ThemeBuilderElement extends LitElement {
  static override properties = {
    theme: {state: true},
    said: {state: true},
    pasted: {state: true},
  };

  declare theme: Theme;
  /** What the last action did, for the status line: "Copied", "Loaded 3 tokens". */
  declare said: string;
  declare pasted: string[];

  constructor() {
    super();
    this.theme = {};
    this.said = '';
    this.pasted = [];
  }

  // Light DOM: the page's tests and tools find the elements in the previews as in any story.
  override createRenderRoot() {
    return this;
  }

  #set(token: Token, value: Colour | string) {
    this.theme = withValue(this.theme, token, value);
    this.said = '';
  }

  /** Where `token`'s pair misses its contrast against the card, or the card's against what sits on it. */
  #warnings(token: Token) {
    if (!card || token.kind !== 'colour') return [];
    const fails = (other: Token, on: Colour, colour: Colour) => {
      const {minimum, what} = roleOf(other);
      if (!minimum) return [];
      return (['light', 'dark'] as const).flatMap((scheme) => {
        const n = contrast(colour[scheme], on[scheme]);
        return n < minimum ? [`${scheme}: ${ratio(n)}, ${what} ${minimum}:1`] : [];
      });
    };
    const cardValue = valueOf(card, this.theme) as Colour;
    if (token !== card)
      return fails(token, cardValue, valueOf(token, this.theme) as Colour).map((w) => `On the card, ${w}.`);
    return tokens
      .filter((t) => t.kind === 'colour' && t !== card)
      .flatMap((t) =>
        fails(t, cardValue, valueOf(t, this.theme) as Colour).map((w) => `${t.name} on this card, ${w}.`)
      );
  }

  #colour(token: Token) {
    const value = valueOf(token, this.theme) as Colour;
    const {minimum} = roleOf(token);
    const warnings = this.#warnings(token);
    const picker = (scheme: 'light' | 'dark') =>
      html`<label class="pick">
        <span>${scheme === 'light' ? 'Light' : 'Dark'}</span>
        <input
          type="color"
          name="${token.name}/${scheme}"
          .value=${value[scheme]}
          ?disabled=${scheme === 'dark' && value.linked}
          aria-describedby=${warnings.length ? `${id(token)}-warning` : nothing}
          @input=${(e: Event) => {
            const colour = (e.target as HTMLInputElement).value;
            this.#set(
              token,
              value.linked ? {...value, light: colour, dark: colour} : {...value, [scheme]: colour}
            );
          }}
        />
        <code>${value.linked && scheme === 'dark' ? value.light : value[scheme]}</code>
        ${
          minimum && card && token !== card
            ? html`<span class="ratio"
                >${ratio(contrast(value[scheme], (valueOf(card, this.theme) as Colour)[scheme]))}</span
              >`
            : nothing
        }
      </label>`;
    return html`<div class="token" data-token=${token.name}>
      ${this.#name(token)} ${picker('light')}
      <label class="link"
        ><input
          type="checkbox"
          name="${token.name}/linked"
          .checked=${value.linked}
          @change=${(e: Event) =>
            this.#set(
              token,
              (e.target as HTMLInputElement).checked
                ? {...value, dark: value.light, linked: true}
                : {...value, linked: false}
            )}
        />
        Same colour in dark</label
      >
      ${picker('dark')}
      ${
        warnings.length
          ? html`<p class="warning" id="${id(token)}-warning">
              <strong>Contrast:</strong> ${warnings.join(' ')}
            </p>`
          : nothing
      }
    </div>`;
  }

  #text(token: Token) {
    const value = valueOf(token, this.theme) as string;
    const invalid = token.kind === 'length' && value && !CSS.supports('padding', value);
    return html`<div class="token" data-token=${token.name}>
      ${this.#name(token)}
      <input
        type="text"
        class="text"
        name=${token.name}
        aria-label=${token.name}
        placeholder=${token.default || 'not set'}
        .value=${value}
        @change=${(e: Event) => this.#set(token, (e.target as HTMLInputElement).value.trim())}
      />
      ${invalid ? html`<p class="warning"><strong>Not a length:</strong> try 0.5rem or 4px.</p>` : nothing}
    </div>`;
  }

  #name(token: Token) {
    return html`<p class="name">
      <code>${token.name}</code
      >${this.theme[token.name] !== undefined ? html` <span class="set">set</span>` : nothing}
      <span class="what">${token.description}</span>
    </p>`;
  }

  async #copy() {
    const css = stylesheet(this.theme);
    try {
      await navigator.clipboard.writeText(css);
      this.said = 'Copied.';
    } catch {
      // A frame without the clipboard permission: the text is selected, for the keyboard.
      this.querySelector<HTMLTextAreaElement>('textarea.output')?.select();
      this.said = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  }

  #load() {
    const text = this.querySelector<HTMLTextAreaElement>('textarea.paste')?.value ?? '';
    const {theme, problems} = parseTheme(text);
    this.theme = theme;
    this.pasted = problems;
    this.said = `Loaded ${Object.keys(theme).length} token${Object.keys(theme).length === 1 ? '' : 's'}.`;
  }

  #page(scheme: 'light' | 'dark') {
    return html`<section class="page" style=${styleMap({...properties(this.theme), colorScheme: scheme})}>
      <h2>On a ${scheme} page</h2>
      <p>
        The strike in <entity-chip src=${SEED_SRC} entity="venezuela">Venezuela</entity-chip> marks a turn in
        how Washington fights cartels.
      </p>
      <story-summary src=${SEED_SRC}></story-summary>
      <story-numbers src=${SEED_SRC}></story-numbers>
      <takes-by-lens src=${SEED_SRC} limit="2"></takes-by-lens>
    </section>`;
  }

  override render() {
    const css = stylesheet(this.theme);
    return html`${builderStyles}
      <div class="builder">
        <form class="controls" aria-label="Theme" @submit=${(e: Event) => e.preventDefault()}>
          <section class="output" aria-labelledby="output-heading">
            <h2 id="output-heading">Your theme's CSS</h2>
            <textarea
              class="output"
              readonly
              rows=${css.split('\n').length}
              aria-labelledby="output-heading"
              .value=${css}
            ></textarea>
            <div class="actions">
              <button type="button" class="primary" @click=${this.#copy}>Copy CSS</button>
              <button
                type="button"
                @click=${() => ((this.theme = {}), (this.pasted = []), (this.said = 'Back to the defaults.'))}
              >
                Reset
              </button>
              <span role="status">${this.said}</span>
            </div>
          </section>
          ${groups.map((group) => {
            const members = tokens.filter((token) => groupOf(token) === group);
            return members.length
              ? html`<fieldset>
                  <legend>${group}</legend>
                  ${members.map((token) => (token.kind === 'colour' ? this.#colour(token) : this.#text(token)))}
                </fieldset>`
              : nothing;
          })}
          <section class="paste" aria-labelledby="paste-heading">
            <h2 id="paste-heading">Continue a theme</h2>
            <textarea
              class="paste"
              rows="4"
              aria-labelledby="paste-heading"
              placeholder=":root { --story-accent-color: light-dark(#6d28d9, #c4b5fd); }"
            ></textarea>
            <div class="actions"><button type="button" @click=${this.#load}>Load this theme</button></div>
            ${
              this.pasted.length
                ? html`<ul class="warning">
                    ${this.pasted.map((p) => html`<li>${p}</li>`)}
                  </ul>`
                : nothing
            }
          </section>
        </form>
        <div class="previews">${this.#page('light')} ${this.#page('dark')}</div>
      </div>`;
  }
}
