import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {pair, tokens, type Token} from './tokens.js';

/** The card the elements draw: each scheme's swatches sit on its colour, as colours do in a card. */
const everyElement = new Set(tokens.flatMap((token) => token.elements)).size;
const card = pair(tokens.find((token) => /^--story-surface-colou?r$/.test(token.name))?.default ?? '');

/** Text with `code` in backticks, as the JSDoc writes it: code set as code, never raw backticks. */
const prose = (text: string) =>
  text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

/** A colour token's default in `scheme`, on the card of that scheme. */
const sample = (token: Token, scheme: 0 | 1) => {
  const colour = pair(token.default)[scheme];
  return html`<td
    class="sample"
    style=${styleMap({background: card[scheme], colorScheme: scheme ? 'dark' : 'light'})}
  >
    <span class="swatch" style=${styleMap({background: colour})}></span><code>${colour}</code>
  </td>`;
};

const meta: Meta = {
  title: 'Tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Every public token with its light and dark default and what it styles, from ' +
          '`custom-elements.json`; colours on the card they are drawn on. Try them in the Theme builder.',
      },
    },
  },
};
export default meta;

/** The tokens, as the elements document them. */
export const Tokens: StoryObj = {
  render: () =>
    html`<style>
        .tokens {
          border-collapse: collapse;
          inline-size: 100%;
          font-size: 0.875rem;
          line-height: 1.45;
        }
        .tokens :is(td, th) {
          padding: 0.55rem 0.75rem;
          text-align: start;
          vertical-align: top;
          border-block-end: 1px solid light-dark(#e1e4e8, #3a3e47);
        }
        .tokens thead th {
          font-size: 0.75rem;
          letter-spacing: 0.04em;
          text-transform: uppercase;
          color: light-dark(#555a64, #aeb2bc);
          border-block-end-width: 2px;
        }
        .tokens code {
          padding: 0.1em 0.35em;
          border-radius: 0.25rem;
          background: light-dark(#f0f2f5, #262a31);
          font-size: 0.8125rem;
          overflow-wrap: anywhere;
        }
        .tokens th[scope='row'] code {
          font-weight: 600;
        }
        .tokens .sample {
          white-space: nowrap;
        }
        .tokens .sample code {
          background: none;
          color: light-dark(#54575f, #a9acb6);
        }
        .swatch {
          display: inline-block;
          vertical-align: middle;
          inline-size: 2rem;
          block-size: 1.25rem;
          margin-inline-end: 0.5rem;
          border-radius: 0.25rem;
          box-shadow: inset 0 0 0 1px light-dark(rgb(0 0 0 / 0.15), rgb(255 255 255 / 0.2));
        }
      </style>
      <table class="tokens">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
            <th scope="col">What it styles</th>
          </tr>
        </thead>
        <tbody>
          ${tokens.map(
            (token) =>
              html`<tr>
                <th scope="row"><code>${token.name}</code></th>
                ${
                  token.kind === 'colour'
                    ? html`${sample(token, 0)} ${sample(token, 1)}`
                    : html`<td colspan="2">${token.default ? html`<code>${token.default}</code>` : '—'}</td>`
                }
                <td>
                  ${prose(token.description)}
                  ${token.elements.length < everyElement ? html`<br /><small>${token.elements.map((t) => `<${t}>`).join(', ')}</small>` : nothing}
                </td>
              </tr>`
          )}
        </tbody>
      </table>`,
};
