import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {BlockViews, NumbersView} from '../chunks.js';
import {block} from '../render/block.styles.js';
import {styles} from './story-numbers.styles.js';
import type {Story} from '../data/schema.js';
import {heading, provider} from '../render/block.js';
import {contentDir} from '../i18n/format.js';
import {getLocale} from '../i18n/localization.js';
import {liveNews} from '../i18n/messages.js';
import {unchanged} from '../render/story-news.js';

/**
 * A figure's value as given, but for a screen reader: "~8 million" is read "about 8 million", in
 * the reader's language, not "tilde 8 million".
 */
function value(given: string) {
  const [, mark, rest] = given.match(/^\s*([~≈∼])\s*(.*)$/su) ?? [];
  if (!mark) return given;
  return html`<span aria-hidden="true">${mark}</span
    ><span class="visually-hidden" lang=${getLocale()}
      >${msg('about', {id: 'story-widgets.numbers.about', desc: 'Read for a leading ~ in a figure: ~8 million'})}${'\u00a0'}</span
    >${rest}`;
}

/** `<story-numbers>` showing `story`. */
function renderNumbers(view: NumbersView, story: Story) {
  if (!story.numbers?.length) return nothing;
  // The grid and its rules are the page's, in its direction; each figure reads in the story's.
  const dir = contentDir(story.lang);
  return html`<section part="base" class="base">
    ${heading(view.headingLevel, 0, msg('By the numbers', {id: 'story-widgets.numbers.heading'}), 'heading', 'section-heading')}
    <dl part="list" class=${view.layout === 'list' ? 'list' : nothing} lang=${story.lang ?? nothing}>
      ${story.numbers.map(
        (figure) =>
          html`<div part="figure" class="figure">
            <dt part="value"><span dir=${dir}>${value(figure.value)}</span></dt>
            <dd part="label"><span dir=${dir}>${figure.label}</span></dd>
          </div>`
      )}
    </dl>
    ${provider(view.provider, story)}
  </section>`;
}

/** What a live update changed, as the figures' announcement says it. */
const numbersNews = (previous: Story, next: Story) =>
  unchanged(previous, next, ['numbers']) ? '' : liveNews.numbers();

/** The figures' part of the views chunk (views.ts). */
export const numbersViews = {
  render: renderNumbers,
  news: numbersNews,
  styles: [block, styles],
  part: () => msg('By the numbers', {id: 'story-widgets.numbers.heading'}),
} satisfies BlockViews<NumbersView>;
