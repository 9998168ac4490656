import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';

type Heading = (part: string, className: string, content: unknown) => TemplateResult;
/** `<h2>`…`<h6>`: one small template each costs less than lit/static-html. */
const headings: Heading[] = [
  (part, className, content) => html`<h2 part=${part} class=${className}>${content}</h2>`,
  (part, className, content) => html`<h3 part=${part} class=${className}>${content}</h3>`,
  (part, className, content) => html`<h4 part=${part} class=${className}>${content}</h4>`,
  (part, className, content) => html`<h5 part=${part} class=${className}>${content}</h5>`,
  (part, className, content) => html`<h6 part=${part} class=${className}>${content}</h6>`,
];

/** A real `<h2>`–`<h6>`, `depth` levels below the element's top heading (`top`, 2–6). */
export function heading(top: number, depth: number, content: unknown, part: string, className = '') {
  const level = Math.min(6, Math.max(2, Number.isInteger(top) ? top : 2) + depth);
  return headings[level - 2](part, className, content);
}

/**
 * A block element while its story loads: `content` — the element's own rendering of a story of
 * typical size — laid out but invisible, save for bars in place of its lines, so the card takes
 * about the place the story will; and the publisher's fallback content, kept in view over it.
 */
export const skeleton = (content: unknown) =>
  html`<div part="skeleton" class="skeleton" aria-busy="true">
    <span class="visually-hidden">${msg('Loading the story…', {id: 'story-widgets.state.loading'})}</span>
    <div class="ghost" inert aria-hidden="true">${content}</div>
    <div class="fallback"><slot></slot></div>
  </div>`;

/** What a block element says when its story cannot be shown and the publisher gave no fallback. */
export const errorNotice = () =>
  html`<p part="error" class="error" role="status">
    ${msg('This story could not be loaded.', {id: 'story-widgets.state.error'})}
  </p>`;
