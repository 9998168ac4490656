// The publishers' entry: one script tag defines every element and shows them in the language of
// the page (`<html lang>`, followed live).
import './story-summary/story-summary.js';
import './takes-by-lens/takes-by-lens.js';
import './story-numbers/story-numbers.js';
import './entity-chip/entity-chip.js';
import {followPageLanguage} from './shared/localization.js';

followPageLanguage();

export * from './index.js';
