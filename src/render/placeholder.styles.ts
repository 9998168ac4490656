import {unsafeCSS} from 'lit';
import {placeholderRules} from './placeholder.js';

/**
 * The height `tag`'s skeleton keeps, by its attributes: the rules of dist/story-widgets.css. A
 * file of its own: the template minifier leaves alone any file that calls unsafeCSS().
 */
export const placeholderStyles = (tag: string) => unsafeCSS(placeholderRules(tag, false));
