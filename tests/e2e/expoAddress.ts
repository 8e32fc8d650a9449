/**
 * The address of the expo for a browser test or bench: the built app at `baseUrl`, with the
 * `debug` query flag that publishes `window.__expoDebug` and `window.__expoStats` (an ordinary
 * visitor's page never has them), an optional `?scene=` and an optional `#/…` deep link.
 */
export interface ExpoAddressOptions {
  /** A scene path relative to the site, e.g. `scenes/stress-10k.json`; passed as given (encoded). */
  scene?: string;
  /** A deep link such as `#/booth/booth-a-101`. */
  hash?: string;
  /** Leave the debug flag out, to test what an ordinary visitor gets. */
  visitor?: boolean;
}

export function expoAddress(baseUrl: string, { scene, hash, visitor = false }: ExpoAddressOptions = {}): string {
  const url = new URL(baseUrl);
  if (!visitor) url.searchParams.set('debug', '');
  if (scene !== undefined) url.searchParams.set('scene', scene);
  // `debug=` reads oddly in an address bar; `?debug&scene=…` is the same query.
  const search = url.searchParams.toString().replace(/^debug=(&|$)/, 'debug$1');
  return `${url.origin}${url.pathname}${search ? `?${search}` : ''}${hash ?? ''}`;
}
