/**
 * A link to a tour stop (`#/tour/<id>/<n>`) opened: the visitor is placed at the stop (a cut on the
 * first visit, a flight after Back, Forward or an edited address, as for any link) and the tour is
 * open there, paused. Paused, because a shared link is someone saying "look at this": the visitor
 * reads the stop and chooses Play, and nothing walks them off before they have acted (browsers
 * would not let the tour speak before a click either).
 */
import { tourStopTarget } from '../../navigation/tourStopTarget';
import { parseTourHash } from '../../navigation/tourLink';
import type { Tour } from '../../scene';
import type { TourStore } from '../../store/tourStore';
import type { Navigator } from '../navigation/navigator';

/** False, with nothing changed, when the hash names no stop of the scene's tours. */
export function openTourLink(hash: string, first: boolean, navigator: Pick<Navigator, 'goTo' | 'goToViewpoint'>, tours: readonly Tour[] | undefined, store: TourStore): boolean {
  const link = parseTourHash(hash);
  const tour = link ? tours?.find((candidate) => candidate.id === link.tourId) : undefined;
  const stop = link ? tour?.stops[link.stopIndex] : undefined;
  const target = stop ? tourStopTarget(stop) : undefined;
  if (!link || !target) return false;
  // The address stays the tour's link ('none'); no panel, the player shows the stop.
  const options = { history: 'none', animate: !first, panel: false } as const;
  const placed = target.kind === 'place' ? navigator.goTo(target.place, options) : navigator.goToViewpoint(target.viewpointId, options);
  if (!placed) return false;
  return store.getState().openStop(link.tourId, link.stopIndex);
}
