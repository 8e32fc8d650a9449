/**
 * Where a point lies outside a hall, in words for a curator's message (the eye of an exhibit's
 * view or of a tour's viewpoint): its worst side only.
 */
import { formatMetres } from './geometry';
import type { Hall } from './schema';

/** "2 m beyond its west wall", "1 m below its floor", or '' for an eye inside the hall. */
export function beyondHall([x, y, z]: readonly [number, number, number], hall: Hall): string {
  const past: [string, number][] = [
    ['beyond its west wall', -x],
    ['beyond its east wall', x - hall.sizeM.width],
    ['beyond its north wall', -z],
    ['beyond its south wall', z - hall.sizeM.depth],
    ['below its floor', -y],
    ['above its ceiling', y - hall.sizeM.height],
  ];
  const [where, distance] = past.reduce((worst, side) => (side[1] > worst[1] ? side : worst));
  return distance > 0 ? `${formatMetres(distance)} ${where}` : '';
}
