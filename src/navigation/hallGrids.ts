/**
 * One walk grid per hall: the hall's floor plus a margin, so a visitor in a doorway or at the
 * mouth of a corridor still stands on a grid. Outside the floor only the door mouths are open
 * (the stretch of an opening to another hall, as deep as the margin); the rest of the margin is
 * blocked, so nothing outside the walls passes for floor. Each grid's free cells are labelled by
 * the part of the floor they belong to (booth rows may cut a hall in two), so the route finder
 * knows which door reaches which spot without searching.
 *
 * Per-hall grids replace one grid over the whole site: on the 18 halls of the 100k-exhibit stress
 * scene that grid had 1.9 M cells, and a path search sized its arrays to it; a hall has 110 k.
 */
import type { DoorOpening } from './hallPassages';
import { createWalkGrid, labelParts, type WalkGrid } from './walkGrid';
import type { Obstacles } from './walk';

/** A hall's floor, site metres. */
export interface HallFloorRect {
  minX: number;
  minZ: number;
  maxX: number;
  maxZ: number;
}

export interface HallGrid {
  grid: WalkGrid;
  /** Per cell, which part of the free floor it belongs to (from 1; 0: blocked): equal labels reach each other. */
  parts: Uint16Array | Uint32Array;
}

export interface HallGridOptions {
  cellM: number;
  radiusM: number;
  /** Grid kept around the floor, metres. */
  marginM: number;
}

/**
 * The grid of each hall (same order as `floors`). `openings` index `floors`; the grids' cells lie
 * on one lattice of `cellM` from the site origin, so where two grids overlap their cells agree.
 */
export function createHallGrids(floors: readonly HallFloorRect[], obstacles: Obstacles, openings: readonly DoorOpening[], options: HallGridOptions): HallGrid[] {
  const grids = createLazyHallGrids(floors, obstacles, openings, options);
  return floors.map((_, index) => grids.gridOf(index));
}

/**
 * The hall grids, each built on first use (issue 12): the first frame needs the grid of the hall
 * the visitor stands in at most, and building all 18 of the 100k-exhibit stress scene took 0.7 s
 * before it. `extentOf` is known at once: where a grid reaches, floor and margin.
 */
export interface LazyHallGrids {
  count: number;
  extentOf(index: number): HallFloorRect;
  gridOf(index: number): HallGrid;
  /** Whether the grid of `index` has been built (for tests). */
  isBuilt(index: number): boolean;
}

export function createLazyHallGrids(floors: readonly HallFloorRect[], obstacles: Obstacles, openings: readonly DoorOpening[], options: HallGridOptions): LazyHallGrids {
  const extents = floors.map((floor) => gridExtent(floor, options));
  const built: (HallGrid | undefined)[] = floors.map(() => undefined);
  return {
    count: floors.length,
    extentOf: (index) => extents[index] ?? { minX: 0, minZ: 0, maxX: 0, maxZ: 0 },
    gridOf: (index) => {
      const floor = floors[index];
      const extent = extents[index];
      if (!floor || !extent) throw new RangeError(`no hall ${index}`);
      const grid = built[index] ?? createHallGrid(floor, extent, obstacles, openings.filter((opening) => opening.from === index || opening.to === index), index, options);
      built[index] = grid;
      return grid;
    },
    isBuilt: (index) => built[index] !== undefined,
  };
}

/** A hall grid's extent: the floor and the margin, out to whole cells of the site-wide lattice. */
function gridExtent(floor: HallFloorRect, { cellM, marginM }: HallGridOptions): HallFloorRect {
  return {
    minX: Math.floor((floor.minX - marginM) / cellM) * cellM,
    minZ: Math.floor((floor.minZ - marginM) / cellM) * cellM,
    maxX: Math.ceil((floor.maxX + marginM) / cellM) * cellM,
    maxZ: Math.ceil((floor.maxZ + marginM) / cellM) * cellM,
  };
}

function createHallGrid(floor: HallFloorRect, extent: HallFloorRect, obstacles: Obstacles, openings: readonly DoorOpening[], index: number, { cellM, radiusM, marginM }: HallGridOptions): HallGrid {
  const { minX, minZ } = extent;
  const grid = createWalkGrid(minX, minZ, extent.maxX, extent.maxZ, obstacles, { cellM, radiusM });
  // The door mouths of this hall, [minX, minZ, maxX, maxZ] each.
  const mouths: number[] = [];
  for (const opening of openings) {
    const alongX = opening.wall === 'north' || opening.wall === 'south';
    const face = opening.from === index ? opening.faceM : opening.otherFaceM;
    const across0 = face - marginM;
    const across1 = face + marginM;
    if (alongX) mouths.push(opening.alongFromM, across0, opening.alongToM, across1);
    else mouths.push(across0, opening.alongFromM, across1, opening.alongToM);
  }
  const { columns, rows, blocked } = grid;
  for (let row = 0; row < rows; row += 1) {
    const z = minZ + (row + 0.5) * cellM;
    const rowOnFloor = z >= floor.minZ && z <= floor.maxZ;
    for (let column = 0; column < columns; column += 1) {
      const x = minX + (column + 0.5) * cellM;
      if (rowOnFloor && x >= floor.minX && x <= floor.maxX) continue;
      let inMouth = false;
      for (let m = 0; m < mouths.length && !inMouth; m += 4) {
        inMouth = x >= (mouths[m] ?? 0) && z >= (mouths[m + 1] ?? 0) && x <= (mouths[m + 2] ?? 0) && z <= (mouths[m + 3] ?? 0);
      }
      if (!inMouth) blocked[row * columns + column] = 1;
    }
  }
  return { grid, parts: labelParts(grid) };
}
