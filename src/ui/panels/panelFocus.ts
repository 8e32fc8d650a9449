/**
 * Where the keyboard goes when one panel replaces another. A button in a panel that opens another
 * panel (the exhibitor's name, a booth) disappears with its panel and would leave the keyboard
 * nowhere; so it asks for the next panel to take it. Panels opened by walking up to something
 * take nothing: there the keys must stay with the view, for walking on.
 *
 * The request names the panel it is for (`exhibitor:<id>`, `booth:<id>`), so a panel opened later
 * for another reason never takes it.
 */
let pending: string | undefined;

/** Called by a panel's button just before it opens the panel `key`. */
export function requestPanelFocus(key: string): void {
  pending = key;
}

/** True once for the panel `key` that was asked for; any panel that opens clears the request. */
export function takePanelFocus(key: string): boolean {
  const wanted = pending === key;
  pending = undefined;
  return wanted;
}
