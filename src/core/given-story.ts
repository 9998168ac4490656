import {isParsedStory} from '../data/parsed.js';

/** `value` as JSON, or `undefined` where it is not JSON (a cycle, a BigInt): parseStory reports those. */
function jsonOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * The story object an app gives an element (`el.story = …`), and the one place that decides
 * whether an assignment is a new story. An equal one given again is not — a parent that renders
 * again with an equal object (React's `story={{…}}`) must not make the element validate, render
 * and fire its events again — and data that is not JSON always is. A parsed story is frozen all
 * the way down: the same one is equal, without writing its JSON.
 */
export class GivenStory {
  /** The story object given last. */
  value: unknown;
  /** Counts the assignments that were new: the controller loads again when it changes. */
  count = 0;
  #json?: string;

  /** Takes `value`; whether it is a new story (else nothing changes). */
  give(value: unknown): boolean {
    const parsed = isParsedStory(value);
    const json = parsed ? undefined : jsonOf(value);
    if (parsed ? value === this.value : json !== undefined && json === this.#json) return false;
    this.#json = json;
    this.value = value;
    this.count++;
    return true;
  }
}
