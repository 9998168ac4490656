/** Why a story could not be shown. */
export type StoryErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'version';

/** The one error type of the data layer: `kind` says what failed, `message` says it to a human. */
export class StoryError extends Error {
  override name = 'StoryError';
  /** What failed: the network, the time limit, the HTTP status, JSON parsing, the contract, or the version. */
  readonly kind: StoryErrorKind;
  /** HTTP status, for `http` errors. */
  readonly status?: number;
  /** Path of the first bad field (`lenses[2].takes[0].url`), for `invalid` and `version` errors. */
  readonly path?: string;

  constructor(
    kind: StoryErrorKind,
    message: string,
    options: {status?: number; path?: string; cause?: unknown} = {}
  ) {
    super(message, {cause: options.cause});
    this.kind = kind;
    this.status = options.status;
    this.path = options.path;
  }
}

/**
 * `error` as a StoryError of this copy of the library: the publishers' bundle validates in its
 * second file, which has a StoryError class of its own. Anything else is an `invalid` story.
 */
export function asStoryError(error: unknown): StoryError {
  if (error instanceof StoryError) return error;
  const other = error as Partial<StoryError> | undefined;
  return other?.name === 'StoryError' && other.kind
    ? new StoryError(other.kind, other.message!, {status: other.status, path: other.path, cause: error})
    : new StoryError('invalid', String(error), {cause: error});
}
