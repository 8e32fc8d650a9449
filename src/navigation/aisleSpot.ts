/**
 * Where a visitor dropped from the overview lands: the nearest spot of the clicked hall's floor
 * that is free and outside every booth's footprint, that is, in an aisle. Free floor alone is not
 * enough: the inside of an inline booth (three walls and an open front) is free floor, and a
 * visitor dropped there stood boxed in, facing a wall.
 */
import { aabbOf, pointInRect, type FloorRect } from '../scene';
import type { HallFloorRect } from './hallGrids';
import { cellAt, cellCentreX, cellCentreZ, nearestCell, type WalkGrid } from './walkGrid';

/** A hall's booth footprints in site metres, with their bounds [minX, minZ, maxX, maxZ] each for a quick first test. */
export interface BoothFootprints {
  rects: FloorRect[];
  bounds: Float64Array;
}

/** The footprints of `rects` (site metres, turned booths allowed). */
export function createBoothFootprints(rects: FloorRect[]): BoothFootprints {
  const bounds = new Float64Array(rects.length * 4);
  rects.forEach((rect, index) => {
    const box = aabbOf(rect);
    bounds.set([box.minX, box.minZ, box.maxX, box.maxZ], index * 4);
  });
  return { rects, bounds };
}

/**
 * The nearest point to (x, z) within `maxSearchM` on `floor` (grid `grid`) where a visitor may
 * stand at least `clearanceM` clear of every booth: (x, z) itself when it is one, else a cell
 * centre; undefined when there is none.
 */
export function nearestAisleSpot(grid: WalkGrid, floor: HallFloorRect, booths: BoothFootprints, xM: number, zM: number, maxSearchM: number, clearanceM: number): [number, number] | undefined {
  if (!Number.isFinite(xM) || !Number.isFinite(zM)) return undefined;
  // Only booths that reach the searched square can matter.
  const reach = maxSearchM + grid.cellM + clearanceM;
  const near: FloorRect[] = [];
  const { bounds, rects } = booths;
  rects.forEach((rect, index) => {
    const b = index * 4;
    if ((bounds[b] ?? 0) <= xM + reach && (bounds[b + 2] ?? 0) >= xM - reach && (bounds[b + 1] ?? 0) <= zM + reach && (bounds[b + 3] ?? 0) >= zM - reach) near.push(rect);
  });
  const inAisle = (x: number, z: number): boolean =>
    x >= floor.minX && x <= floor.maxX && z >= floor.minZ && z <= floor.maxZ && !near.some((rect) => pointInRect(x, z, rect, clearanceM));
  const own = cellAt(grid, xM, zM);
  if (own >= 0 && grid.blocked[own] === 0 && inAisle(xM, zM)) return [xM, zM];
  const cell = nearestCell(grid, xM, zM, maxSearchM, (candidate) => inAisle(cellCentreX(grid, candidate), cellCentreZ(grid, candidate)));
  return cell < 0 ? undefined : [cellCentreX(grid, cell), cellCentreZ(grid, cell)];
}
