/** Whether a key event's target is a place to type text (a field, a menu, editable text): its keys are not commands. */
export function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, select, textarea, [contenteditable]') !== null;
}

/** Whether a key event belongs to something else on the page: a text field, or a list or panel that handles its own keys (`data-own-keys`). */
export function keyBelongsElsewhere(target: EventTarget | null): boolean {
  return isTextEntry(target) || (target instanceof Element && target.closest('[data-own-keys]') !== null);
}
