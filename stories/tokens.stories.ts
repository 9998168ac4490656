import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {resolved, tokens, type Token} from './tokens.js';

/** A token's default on a page of `scheme`: a swatch for a colour, else the value. */
const sample = (token: Token, scheme: 'light' | 'dark') =>
  html`<td class="sample" style=${styleMap({colorScheme: scheme})}>
    ${
      token.colour
        ? html`<span class="swatch" style=${styleMap({background: resolved(token.default)})}></span>`
        : nothing(token)
    }
  </td>`;
const nothing = (token: Token) => html`<code>${token.default || '—'}</code>`;

const meta: Meta = {
  title: 'Tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Every public token with its light and dark default and its description, from ' +
          '`custom-elements.json`. Try them in the Theme builder.',
      },
    },
  },
};
export default meta;

/** The tokens, as the elements document them. */
export const Tokens: StoryObj = {
  render: () =>
    html`<style>
        .tokens td,
        .tokens th {
          padding: 0.4rem 0.6rem;
          text-align: start;
          vertical-align: top;
        }
        .sample {
          background: Canvas;
          color: CanvasText;
        }
        .swatch {
          display: inline-block;
          inline-size: 2.5rem;
          block-size: 1.5rem;
          border: 1px solid GrayText;
          border-radius: 0.25rem;
        }
      </style>
      <table class="tokens">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
            <th scope="col">Default</th>
            <th scope="col">What it styles</th>
          </tr>
        </thead>
        <tbody>
          ${tokens.map(
            (token) =>
              html`<tr>
                <th scope="row"><code>${token.name}</code></th>
                ${sample(token, 'light')} ${sample(token, 'dark')}
                <td><code>${token.default || '—'}</code></td>
                <td>${token.description}</td>
              </tr>`
          )}
        </tbody>
      </table>`,
};
