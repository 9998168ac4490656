// The publishers' entry: one script tag defines every element and shows them in the language of
// the page (`<html lang>`, followed live).
import './story-summary/story-summary.js';
import './takes-by-lens/takes-by-lens.js';
import './story-numbers/story-numbers.js';
import './entity-chip/entity-chip.js';
import {warmFormatters} from './shared/format.js';
import {followPageLanguage} from './shared/localization.js';

followPageLanguage();
// While the page goes on loading (and the story is on its way), not on the first render.
warmFormatters();

export * from './index.js';
