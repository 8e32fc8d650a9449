/** Shared checks for routes on a floor plan, independent of the route finder's own geometry. */
import { expect } from 'vitest';
import type { FloorPlan } from '../../src/navigation/floorPlan';

/**
 * Whether the route from (x, z) keeps off every obstacle (sampled every 10 cm) and, on a hall's
 * floor, on free floor (sampled every quarter cell, as the path finder looks).
 */
export function expectClearPath(plan: FloorPlan, fromX: number, fromZ: number, path: readonly number[]): void {
  const scratch = new Float64Array(4 * 256);
  let x = fromX;
  let z = fromZ;
  for (let k = 0; k < path.length; k += 2) {
    const toX = path[k] ?? Number.NaN;
    const toZ = path[k + 1] ?? Number.NaN;
    const length = Math.hypot(toX - x, toZ - z);
    const fine = Math.ceil(length / 0.1);
    for (let step = 0; step <= fine; step += 1) {
      expect(plan.nearbyObstacles(x + ((toX - x) * step) / fine, z + ((toZ - z) * step) / fine, 0, scratch)).toBe(0);
    }
    const coarse = Math.max(1, Math.ceil(length / 0.125));
    for (let step = 0; step <= coarse; step += 1) {
      const px = x + ((toX - x) * step) / coarse;
      const pz = z + ((toZ - z) * step) / coarse;
      if (plan.hallAt(px, pz)) expect(plan.isFree(px, pz)).toBe(true);
    }
    x = toX;
    z = toZ;
  }
}

/** Where the route from (x, z) crosses the line x = `lineX`: the z of each crossing, in order. */
export function crossingsOfX(lineX: number, fromX: number, fromZ: number, path: readonly number[]): number[] {
  const found: number[] = [];
  let x = fromX;
  let z = fromZ;
  for (let k = 0; k < path.length; k += 2) {
    const toX = path[k] ?? Number.NaN;
    const toZ = path[k + 1] ?? Number.NaN;
    if ((x - lineX) * (toX - lineX) < 0 || (toX === lineX && x !== lineX)) found.push(z + ((toZ - z) * (lineX - x)) / (toX - x));
    x = toX;
    z = toZ;
  }
  return found;
}
