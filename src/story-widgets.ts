// The publishers' entry: one script tag defines every element.
import './story-numbers/story-numbers.js';

export * from './index.js';
