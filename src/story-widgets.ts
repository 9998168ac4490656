// The publishers' entry: one script tag defines every element.
import './story-summary/story-summary.js';
import './takes-by-lens/takes-by-lens.js';
import './story-numbers/story-numbers.js';
import './entity-chip/entity-chip.js';

export * from './index.js';
