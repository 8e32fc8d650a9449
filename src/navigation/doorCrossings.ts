/**
 * Where a visitor crosses an opening between two halls: the door graph's two nodes for it, a spot
 * on free floor just inside each hall, joined by a straight line clear of every obstacle.
 */
import { DIRECTION_VECTORS } from '../scene';
import type { DoorOpening } from './hallPassages';
import type { NearbyObstacles } from './obstacleBuckets';
import { segmentMeetsBox } from './segmentMeetsBox';
import { pointIsFree, type WalkGrid } from './walkGrid';

/** How far inside each hall a crossing's end stands, metres: past the wall and the visitor's radius. */
const INSIDE_M = 1;
/** Kept between a crossing and the edge of its opening, beyond the visitor's radius, metres. */
const JAMB_CLEARANCE_M = 0.05;

/**
 * Where a visitor crosses an opening: a point just inside each hall, on free floor, the straight
 * line between them clear of every obstacle by the visitor's radius; the middle of the opening
 * first, then ever further to either side. Undefined when nowhere along it works (a booth stands
 * in the doorway, or the opening is narrower than a visitor).
 */
export function crossingOf(opening: DoorOpening, from: WalkGrid, to: WalkGrid, nearby: NearbyObstacles, scratch: Float64Array, radiusM: number): [number, number, number, number] | undefined {
  const alongX = opening.wall === 'north' || opening.wall === 'south';
  const [outX, outZ] = DIRECTION_VECTORS[opening.wall];
  const sign = outX + outZ;
  const acrossFrom = opening.faceM - sign * INSIDE_M;
  const acrossTo = opening.otherFaceM + sign * INSIDE_M;
  const low = opening.alongFromM + radiusM + JAMB_CLEARANCE_M;
  const high = opening.alongToM - radiusM - JAMB_CLEARANCE_M;
  if (!(high >= low)) return undefined;
  const middle = (low + high) / 2;
  const step = Math.min(from.cellM, to.cellM) / 2;
  for (let k = 0; k <= 2 * Math.ceil((high - low) / 2 / step); k += 1) {
    const along = middle + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * step;
    if (along < low - 1e-9 || along > high + 1e-9) continue;
    const [ax, az] = alongX ? [along, acrossFrom] : [acrossFrom, along];
    const [bx, bz] = alongX ? [along, acrossTo] : [acrossTo, along];
    if (pointIsFree(from, ax, az) && pointIsFree(to, bx, bz) && crossingIsClear(nearby, scratch, ax, az, bx, bz, radiusM)) return [ax, az, bx, bz];
  }
  return undefined;
}

/** Whether a visitor's circle can follow the segment without touching an obstacle `nearby` knows. */
function crossingIsClear(nearby: NearbyObstacles, scratch: Float64Array, x0: number, z0: number, x1: number, z1: number, radiusM: number): boolean {
  const count = nearby((x0 + x1) / 2, (z0 + z1) / 2, Math.hypot(x1 - x0, z1 - z0) / 2 + radiusM, scratch);
  // A doorway so crowded that the scratch overflowed is taken as blocked rather than half checked.
  if (count >= scratch.length) return false;
  for (let b = 0; b < count; b += 4) {
    const minX = (scratch[b] ?? 0) - radiusM;
    const minZ = (scratch[b + 1] ?? 0) - radiusM;
    if (segmentMeetsBox(x0, z0, x1, z1, minX, minZ, (scratch[b + 2] ?? 0) + radiusM, (scratch[b + 3] ?? 0) + radiusM)) return false;
  }
  return true;
}
