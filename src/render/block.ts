import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Story} from '../data/schema.js';

type Heading = (part: string, className: string, content: unknown, dir: unknown) => TemplateResult;
/** `<h2>`…`<h6>`: one small template each costs less than lit/static-html. */
const headings: Heading[] = [
  (part, className, content, dir) => html`<h2 part=${part} class=${className} dir=${dir}>${content}</h2>`,
  (part, className, content, dir) => html`<h3 part=${part} class=${className} dir=${dir}>${content}</h3>`,
  (part, className, content, dir) => html`<h4 part=${part} class=${className} dir=${dir}>${content}</h4>`,
  (part, className, content, dir) => html`<h5 part=${part} class=${className} dir=${dir}>${content}</h5>`,
  (part, className, content, dir) => html`<h6 part=${part} class=${className} dir=${dir}>${content}</h6>`,
];

/**
 * A real `<h2>`–`<h6>`, `depth` levels below the element's top heading (`top`, 2–6), and past h6
 * an ARIA heading of its level (7 under an h6). `dir` for a heading of the story's content (its
 * headline); the elements' own headings take the page's.
 */
export function heading(
  top: number,
  depth: number,
  content: unknown,
  part: string,
  className = '',
  dir?: string
) {
  // A framework may set `headingLevel` as text ("4").
  const level = Math.max(2, Math.min(6, Number.isInteger(Number(top)) ? Number(top) : 2)) + depth;
  // Past h6, HTML has no heading: an ARIA one keeps the outline a level below its parent's.
  return level > 6
    ? html`<div role="heading" aria-level=${level} part=${part} class=${className} dir=${dir ?? nothing}>
        ${content}
      </div>`
    : headings[level - 2](part, className, content, dir ?? nothing);
}

/**
 * A block element while its story loads: a card as tall as a story of typical size would make it
 * (placeholder.ts: nothing is rendered to find out), with bars in place of its lines, and the
 * publisher's fallback content in view over them.
 */
export const skeleton = () =>
  html`<div part="skeleton" class="skeleton" aria-busy="true">
    <span class="visually-hidden">${msg('Loading the story…', {id: 'story-widgets.state.loading'})}</span>
    <div class="bars"></div>
    <div class="fallback"><slot></slot></div>
  </div>`;

/** What a block element says when its story cannot be shown and the publisher gave no fallback. */
export const errorNotice = () =>
  html`<p part="error" class="error">
    ${msg('This story could not be loaded.', {id: 'story-widgets.state.error'})}
  </p>`;

/**
 * The provider line, "Story analysis by …", when the publisher asks for it (`provider`): the name
 * given, or the host of the story's URL.
 */
export function provider(name: string | null | undefined, story: Story) {
  const who = name == null ? '' : name.trim() || story.url?.split('/')[2]?.replace(/^www\./, '');
  if (!who) return nothing;
  return html`<p part="provider" class="provider">
    ${msg(str`Story analysis by ${who}`, {id: 'story-widgets.provider'})}
  </p>`;
}
