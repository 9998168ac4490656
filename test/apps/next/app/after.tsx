/** Text after an element, as an article has: it moves if the element above it shifts. */
export function After() {
  return (
    <p>
      The article goes on below the embed. Anything that moves this paragraph after the first paint counts as
      a layout shift.
    </p>
  );
}
