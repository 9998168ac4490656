/** The shortest wait between checks for a newer story, in seconds: a story is not a chat. */
export const MIN_REFRESH = 10;

/**
 * A `refresh`, read one way wherever it is given: the elements' attribute, property and
 * `<meta name="story-widgets:refresh">`, embed.html's and oEmbed's `refresh`, StoryPoll's
 * `interval`. Seconds: a finite number, 0 or more, or the text of one (`"60"`, `" 7.5 "`); 0 means
 * never, and where a poll runs less than {@link MIN_REFRESH} counts as it. `undefined` when none
 * is given (`undefined`, `null`). Anything else (`"30s"`, `""`, `NaN`, `Infinity`, `-5`, `true`) is
 * `NaN`: not an interval, so no polling, with a warning in development — never a poll as fast as
 * the timer allows.
 */
export function refreshSeconds(value: unknown): number | undefined {
  const seconds = typeof value == 'string' && value.trim() ? +value : value;
  return value == null
    ? undefined
    : Number.isFinite(seconds) && (seconds as number) >= 0
      ? (seconds as number)
      : NaN;
}

/**
 * The seconds a poll waits between requests, for the `interval` it is given: at least
 * {@link MIN_REFRESH}; 0, no requests, for 0 and for what is no number of seconds, which it warns
 * of (StoryPoll's interval is required: `undefined` too).
 */
export function pollInterval(given: unknown): number {
  const seconds = refreshSeconds(given);
  if (seconds === undefined || Number.isNaN(seconds)) {
    const shown = typeof given === 'string' ? JSON.stringify(given.slice(0, 80)) : String(given).slice(0, 80);
    console.warn(`StoryPoll: interval ${shown} is not a number of seconds: no polling`);
  }
  return seconds ? Math.max(MIN_REFRESH, seconds) : 0;
}
