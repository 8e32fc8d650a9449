/**
 * Which place a standing visitor is at, for the URL: the booth they stand at (within a few metres
 * of its footprint, more for a wide booth, which is seen from further back), preferring the one
 * they face over the one behind them across the aisle; else the hall they are in. Pure; run a few
 * times a second from a timer, not per frame.
 */
import type { LaidOutScene, PlacedBooth } from '../scene';
import type { FloorPlan } from './floorPlan';
import type { Place } from './places';

/** How far in front of (or beside) a booth a visitor still counts as at it, metres. */
const BOOTH_REACH_M = 3.5;
/** Metres of distance a booth straight ahead is preferred by over one straight behind. */
const FACING_WEIGHT_M = 2;

/** Where the visitor stands and which way they look (walk convention: heading 0 looks −z). */
export type PlaceLocator = (xM: number, zM: number, yawRad: number) => Place | undefined;

/** A booth's reach: wide booths are seen from further back (as their viewpoints are). */
const reachOf = (booth: PlacedBooth): number => Math.max(BOOTH_REACH_M, booth.rect.halfWidth * 0.6 + 1);

/** Distance from a point (hall coordinates) to a booth's footprint, 0 inside it. */
function distanceToBooth(booth: PlacedBooth, x: number, z: number): number {
  const { cx, cz, halfWidth, halfDepth, yawRad } = booth.rect;
  const cos = Math.cos(yawRad);
  const sin = Math.sin(yawRad);
  const dx = x - cx;
  const dz = z - cz;
  // Into the booth's own frame (the inverse of three's rotation about y).
  const along = dx * cos - dz * sin;
  const across = dx * sin + dz * cos;
  return Math.hypot(Math.max(0, Math.abs(along) - halfWidth), Math.max(0, Math.abs(across) - halfDepth));
}

export function createPlaceLocator(layout: LaidOutScene, plan: FloorPlan): PlaceLocator {
  const boothsByHall = new Map<number, PlacedBooth[]>();
  for (const booth of layout.booths) {
    if (booth.hallIndex < 0) continue;
    const list = boothsByHall.get(booth.hallIndex) ?? [];
    list.push(booth);
    boothsByHall.set(booth.hallIndex, list);
  }
  return (xM, zM, yawRad) => {
    const hall = plan.hallAt(xM, zM);
    if (!hall) return undefined;
    const origin = layout.scene.halls[hall.index]?.positionM ?? [0, 0];
    const x = xM - origin[0];
    const z = zM - origin[1];
    const lookX = -Math.sin(yawRad);
    const lookZ = -Math.cos(yawRad);
    let best: PlacedBooth | undefined;
    let bestScore = Infinity;
    for (const booth of boothsByHall.get(hall.index) ?? []) {
      const distance = distanceToBooth(booth, x, z);
      if (distance > reachOf(booth)) continue;
      const toX = booth.rect.cx - x;
      const toZ = booth.rect.cz - z;
      const length = Math.hypot(toX, toZ) || 1;
      const facing = (lookX * toX + lookZ * toZ) / length;
      const score = distance + (1 - facing) * FACING_WEIGHT_M;
      if (score < bestScore) {
        best = booth;
        bestScore = score;
      }
    }
    return best ? { kind: 'booth', id: best.id } : { kind: 'hall', id: hall.id };
  };
}
