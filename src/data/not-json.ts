// Where a text stops being JSON, said without quoting it: engines word JSON.parse's errors each
// their own way, and V8 quotes the text around the mistake (`…"password": hunter2…`), which may
// be a secret. This finds the place itself: one pass, no recursion (a million `[` included).

const space = /[\t\n\r ]*/y;
/** A string, up to where it stops being one (its closing quote is looked for apart). */
// eslint-disable-next-line no-control-regex -- JSON allows no control character in a string: the pattern names them.
const string = /"(?:[^"\\\0-\x1f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*/y;
const scalar = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The offset of the first character of `text` that JSON does not allow where it is (the text's
 * length: it ended too soon), or -1 where there is none.
 */
function stop(text: string): number {
  /** The arrays and objects open, innermost last. */
  const open: string[] = [];
  /** What may come next: a value (or, just inside `[`, its end), a key (or `}`), `:`, or what follows a value. */
  let next: 'value' | 'value or ]' | 'key' | 'key or }' | ':' | 'after' = 'value';
  let at = 0;
  const length = (pattern: RegExp) => {
    pattern.lastIndex = at;
    return pattern.exec(text)?.[0].length ?? 0;
  };
  for (;;) {
    at += length(space);
    const char = text[at];
    // A whole document: only the end of the text may follow.
    const done = next === 'after' && !open.length;
    if (char === undefined) return done ? -1 : at;
    if (done) return at;
    const value: boolean = next === 'value' || next === 'value or ]';
    const inner = open.at(-1);
    if (
      (char === ']' && (next === 'value or ]' || (next === 'after' && inner === '['))) ||
      (char === '}' && (next === 'key or }' || (next === 'after' && inner === '{')))
    ) {
      open.pop();
      next = 'after';
      at++;
    } else if (char === '"' && (value || next === 'key' || next === 'key or }')) {
      at += length(string);
      if (text[at] !== '"') return at;
      next = value ? 'after' : ':';
      at++;
    } else if ((char === '[' || char === '{') && value) {
      open.push(char);
      next = char === '[' ? 'value or ]' : 'key or }';
      at++;
    } else if (char === ':' && next === ':') {
      next = 'value';
      at++;
    } else if (char === ',' && next === 'after' && inner) {
      next = inner === '[' ? 'value' : 'key';
      at++;
    } else if (value && length(scalar)) {
      at += length(scalar);
      next = 'after';
    } else return at;
  }
}

/**
 * `not JSON at line L, column C` (both from 1): where `text`, which `JSON.parse` refused, stops
 * being JSON. Nothing of the text itself.
 */
export function notJson(text: string): string {
  const at = stop(text);
  const before = at < 0 ? text : text.slice(0, at);
  return `not JSON at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}
