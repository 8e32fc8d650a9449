/**
 * Country and region names from the runtime's own locale data (`Intl.DisplayNames`), so no list of
 * names ships with the app: the search filters and the exhibitor panel.
 */

/** A region name from the runtime's locale data, or undefined where it has none. */
export function regionNamer(locale: string): (code: string) => string | undefined {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    return (code) => {
      try {
        return names.of(code);
      } catch {
        return undefined;
      }
    };
  } catch {
    return () => undefined;
  }
}
