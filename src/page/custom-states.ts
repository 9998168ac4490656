/** Adds or removes a custom state; Chromium before 125 accepts only `--name` states, and gets none. */
export function toggleState(states: CustomStateSet | undefined, name: string, on: boolean) {
  try {
    states?.[on ? 'add' : 'delete'](name);
  } catch {
    // Those pages simply match no :state().
  }
}
