// Defines all four elements (src/elements.ts describes them): what the publishers' entry, the
// server renderer and the React wrappers import. Each define module is guarded: importing this
// twice, or beside a copy of the bundle, never throws.
import './story-summary/story-summary.js';
import './takes-by-lens/takes-by-lens.js';
import './story-numbers/story-numbers.js';
import './entity-chip/entity-chip.js';
