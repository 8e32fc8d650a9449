/**
 * Places a link can name (`#/hall/<id>`, `#/booth/<id>`, `#/exhibit/<id>`), read from and written
 * to the URL's hash. Ids are percent-encoded, so any id a curator writes survives a round trip;
 * anything that is not one of these shapes reads as no place rather than throwing.
 */

export type PlaceKind = 'hall' | 'booth' | 'exhibit';

export interface Place {
  kind: PlaceKind;
  id: string;
}

const KINDS: readonly PlaceKind[] = ['hall', 'booth', 'exhibit'];

/** The hash for `place`, e.g. `#/booth/booth-a-101`. */
export function formatPlaceHash(place: Place): string {
  return `#/${place.kind}/${encodeURIComponent(place.id)}`;
}

/** The place a hash names, or undefined for an empty, foreign or malformed hash. */
export function parsePlaceHash(hash: string): Place | undefined {
  const match = /^#?\/(hall|booth|exhibit)\/([^/?#]+)\/?$/.exec(hash);
  if (!match) return undefined;
  const kind = match[1] as PlaceKind;
  let id: string;
  try {
    id = decodeURIComponent(match[2] ?? '');
  } catch {
    // A stray % (a link mangled in a chat window): not a place.
    return undefined;
  }
  if (!KINDS.includes(kind) || id.trim() === '') return undefined;
  return { kind, id };
}

export function samePlace(a: Place | undefined, b: Place | undefined): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}
