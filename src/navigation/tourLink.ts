/**
 * Links to a stop of a guided tour: `#/tour/<tourId>/<stop>`, the stop counted from 1 as the tour
 * player shows it ("3 / 13"), so a link read aloud or copied from the address bar matches what the
 * visitor saw. `#/tour/<tourId>` alone is the first stop. The tour id is percent-encoded like the
 * ids of place links (`places.ts`), so any id a curator writes survives a round trip.
 *
 * Only the shape is read here; whether the tour and the stop exist is the scene's business. A hash
 * that starts like a tour link but is not one (`#/tour/`, `#/tour/x/0`, `#/tour/x/2b`) is told
 * apart from every other hash (`looksLikeTourLink`), so the page can say the link leads nowhere.
 */

export interface TourLink {
  tourId: string;
  /** 0-based index of the stop (the link counts from 1). */
  stopIndex: number;
}

/** Highest stop number a link may name: far above the scene format's 100 stops, far below overflow. */
const MAX_STOP_NUMBER = 1_000_000;

/** The hash for stop `stopIndex` (0-based) of `tourId`, e.g. `#/tour/headline-exhibits/3` for the third stop. */
export function formatTourHash(tourId: string, stopIndex: number): string {
  return `#/tour/${encodeURIComponent(tourId)}/${stopIndex + 1}`;
}

/** Whether `hash` is meant as a tour link, well formed or not. */
export function looksLikeTourLink(hash: string): boolean {
  return /^#?\/tour(\/|$)/.test(hash);
}

/** The tour and stop a hash names, or undefined for anything that is not a well-formed tour link. */
export function parseTourHash(hash: string): TourLink | undefined {
  const match = /^#?\/tour\/([^/?#]+)(?:\/([0-9]+))?\/?$/.exec(hash);
  if (!match) return undefined;
  let tourId: string;
  try {
    tourId = decodeURIComponent(match[1] ?? '');
  } catch {
    // A stray % (a link mangled in a chat window): not a tour link.
    return undefined;
  }
  if (tourId.trim() === '') return undefined;
  const digits = match[2];
  const stopNumber = digits === undefined ? 1 : Number(digits);
  if (!Number.isSafeInteger(stopNumber) || stopNumber < 1 || stopNumber > MAX_STOP_NUMBER) return undefined;
  return { tourId, stopIndex: stopNumber - 1 };
}
