/**
 * Walls between halls as an occluder: a visitor standing in a hall below the top of its solid
 * walls cannot see the exhibits of other halls, except through a door into the next hall. So
 * while the camera is inside hall h and below its wall top, only h and the halls its doors lead to
 * (either way) are drawn; elsewhere (outside, or above the walls in the overview) nothing is masked.
 *
 * Conservative by design: a door's hall counts as visible whether or not the door is in view, and
 * the glass above the solid walls is treated as opaque (an exhibit would have to stand taller than
 * the wall, right behind it, to show over it). Cost: one point-in-rectangle test per hall a frame.
 *
 * Measured (bench/cullBench.ts, 100k exhibits in 18 halls side by side): looking down the row of
 * halls at eye height, 52k exhibits were in the frustum without the mask; with it, one hall's.
 */
import type { Hall } from '../../scene';
import type { CullView } from './cullAndSelect';

export interface HallVisibility {
  /** Per hall: minX, minZ, maxX, maxZ of its floor (world metres). */
  rects: Float64Array;
  /** Per hall: height of the solid part of its walls above the floor. */
  wallTopM: Float64Array;
  /** Per hall: the halls its doors lead to or that lead to it. */
  neighbours: readonly (readonly number[])[];
}

/** Precomputes the halls' floors and door links; `solidWallHeightM` is what the walls hide below. */
export function createHallVisibility(halls: readonly Hall[], solidWallHeightM: number): HallVisibility {
  const rects = new Float64Array(halls.length * 4);
  const wallTopM = new Float64Array(halls.length);
  const indexById = new Map<string, number>();
  halls.forEach((hall, index) => {
    if (!indexById.has(hall.id)) indexById.set(hall.id, index);
    const [x, z] = hall.positionM;
    rects.set([x, z, x + hall.sizeM.width, z + hall.sizeM.depth], index * 4);
    wallTopM[index] = Math.min(hall.sizeM.height, solidWallHeightM);
  });
  const links = halls.map(() => new Set<number>());
  halls.forEach((hall, index) => {
    for (const door of hall.doors) {
      const other = indexById.get(door.leadsTo);
      if (other === undefined || other === index) continue;
      links[index]?.add(other);
      links[other]?.add(index);
    }
  });
  return { rects, wallTopM, neighbours: links.map((set) => [...set].sort((a, b) => a - b)) };
}

/** The hall whose floor contains (x, z), or −1. */
export function hallAt(visibility: HallVisibility, x: number, z: number): number {
  const { rects } = visibility;
  for (let hall = 0; hall * 4 < rects.length; hall += 1) {
    const b = hall * 4;
    if (x >= (rects[b] ?? 0) && z >= (rects[b + 1] ?? 0) && x <= (rects[b + 2] ?? 0) && z <= (rects[b + 3] ?? 0)) return hall;
  }
  return -1;
}

/**
 * Sets `view.hallMask` / `view.hallMaskOn` for a camera at (x, y, z). `view.hallMask` must have one
 * entry per hall (it is replaced once if not). Allocates nothing after that.
 */
export function writeHallMask(visibility: HallVisibility, x: number, y: number, z: number, view: CullView): void {
  const halls = visibility.wallTopM.length;
  if (view.hallMask.length !== halls) view.hallMask = new Uint8Array(halls);
  const hall = hallAt(visibility, x, z);
  if (hall < 0 || y >= (visibility.wallTopM[hall] ?? 0)) {
    view.hallMaskOn = false;
    return;
  }
  view.hallMask.fill(0);
  view.hallMask[hall] = 1;
  for (const other of visibility.neighbours[hall] ?? []) view.hallMask[other] = 1;
  view.hallMaskOn = true;
}
