/**
 * Where a tour stop leads: an exhibit or a booth (places, as links name them) or a named viewpoint
 * of the scene. The scene's checks make sure a stop names exactly one of the three; this reads
 * that one, in the same order the checks do, so the tour and the validator agree on a stop.
 */
import type { TourStop } from '../scene';
import type { Place } from './places';

export type TourStopTarget = { kind: 'place'; place: Place } | { kind: 'viewpoint'; viewpointId: string };

/** The place or viewpoint `stop` leads to; undefined for a stop that names none (the validator rejects it). */
export function tourStopTarget(stop: Pick<TourStop, 'exhibit' | 'booth' | 'viewpoint'>): TourStopTarget | undefined {
  if (stop.exhibit !== undefined) return { kind: 'place', place: { kind: 'exhibit', id: stop.exhibit } };
  if (stop.booth !== undefined) return { kind: 'place', place: { kind: 'booth', id: stop.booth } };
  if (stop.viewpoint !== undefined) return { kind: 'viewpoint', viewpointId: stop.viewpoint };
  return undefined;
}
