import { describe, expect, it } from 'vitest';
import { createSpatialGrid, type SpatialGrid } from '../../../src/render/instancing/spatialGrid';
import { instancesFromSpheres, seededRandom, type Sphere } from './instanceFixtures';

function randomSpheres(count: number, seed: number): Sphere[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({ x: random() * 100 - 20, y: 1, z: random() * 60 + 5, r: 0.2 + random() * 2 }));
}

/** The block holding `cell`. */
function blockOfCell(grid: SpatialGrid, cell: number): number {
  for (let block = 0; block < grid.blockCount; block += 1) if (cell < (grid.blockFirstCell[block + 1] ?? 0)) return block;
  return -1;
}

/** Bytes of every typed array in the grid. */
function gridBytes(grid: SpatialGrid): number {
  return Object.values(grid).reduce<number>((sum, value) => sum + (ArrayBuffer.isView(value) ? value.byteLength : 0), 0);
}

describe('createSpatialGrid', () => {
  it('puts every instance in exactly one cell, the cell of its centre in its hall\'s block, in CSR form', () => {
    const spheres = randomSpheres(500, 1).map((sphere, index) => ({ ...sphere, hall: index % 3 === 0 ? 2 : 0 }));
    const grid = createSpatialGrid(instancesFromSpheres(spheres), { cellSizeM: 8 });
    expect(grid.blockCount).toBe(2);
    expect([...grid.blockHall]).toEqual([0, 2]);
    expect(grid.cellStart.length).toBe(grid.cellCount + 1);
    expect(grid.cellStart[grid.cellCount]).toBe(500);
    expect([...grid.cellInstances].sort((a, b) => a - b)).toEqual(spheres.map((_, i) => i));
    let checked = 0;
    for (let cell = 0; cell < grid.cellCount; cell += 1) {
      const block = blockOfCell(grid, cell);
      const local = cell - (grid.blockFirstCell[block] ?? 0);
      const columns = grid.blockColumns[block] ?? 0;
      for (let k = grid.cellStart[cell] ?? 0; k < (grid.cellStart[cell + 1] ?? 0); k += 1) {
        const sphere = spheres[grid.cellInstances[k] ?? 0];
        expect(grid.blockHall[block]).toBe(sphere?.hall);
        expect(grid.blockCellSizeM[block]).toBe(8);
        expect(Math.floor((Math.fround(sphere?.x ?? 0) - (grid.blockOriginXM[block] ?? 0)) / 8)).toBe(local % columns);
        expect(Math.floor((Math.fround(sphere?.z ?? 0) - (grid.blockOriginZM[block] ?? 0)) / 8)).toBe(Math.floor(local / columns));
        checked += 1;
      }
    }
    expect(checked).toBe(500);
  });

  it('gives each cell the box of its spheres, reaching past the cell square at its borders', () => {
    const spheres: Sphere[] = [
      { x: 0, y: 1, z: 0, r: 0.5 },
      { x: 7.9, y: 3, z: 0, r: 2 },
      { x: 8.1, y: 1, z: 0, r: 1 },
    ];
    const grid = createSpatialGrid(instancesFromSpheres(spheres), { cellSizeM: 8 });
    expect(grid.blockColumns[0]).toBe(2);
    expect(grid.blockRows[0]).toBe(1);
    expect([...grid.cellBounds.subarray(0, 6)].map((v) => Math.round(v * 100) / 100)).toEqual([-0.5, 0.5, -2, 9.9, 5, 2]);
    // The second cell's max height is its one sphere's top.
    expect(grid.cellBounds[10]).toBeCloseTo(2, 5);
  });

  it('builds an empty grid for no instances', () => {
    const grid = createSpatialGrid(instancesFromSpheres([]));
    expect(grid.blockCount).toBe(0);
    expect(grid.cellCount).toBe(0);
    expect([...grid.cellStart]).toEqual([0]);
  });

  it('costs the same for two halls 4 km apart as for two halls side by side', () => {
    const hallOf = (hall: number, x0: number, z0: number): Sphere[] =>
      Array.from({ length: 400 }, (_, index) => ({ x: x0 + (index % 20) * 5, y: 1, z: z0 + Math.floor(index / 20) * 5, r: 1, hall }));
    const near = createSpatialGrid(instancesFromSpheres([...hallOf(0, 0, 0), ...hallOf(1, 110, 0)]));
    const far = createSpatialGrid(instancesFromSpheres([...hallOf(0, 0, 0), ...hallOf(1, 2830, 2830)]));
    // Centres 95 m apart each way in each hall: 6 × 6 cells of 16 m per hall.
    expect(near.cellCount).toBe(72);
    expect(far.cellCount).toBe(72);
    expect(gridBytes(far)).toBe(gridBytes(near));
  });

  it('coarsens the cells of a hall whose few exhibits are far apart, so its cells stay under four per exhibit', () => {
    // Four exhibits in the corners of a 2 km square: 126 × 126 cells of 16 m; at most 64 are kept,
    // which cells of 256 m (8 × 8) are the first doubling to reach.
    const spheres: Sphere[] = [
      { x: 0, y: 1, z: 0, r: 1 },
      { x: 2000, y: 1, z: 0, r: 1 },
      { x: 0, y: 1, z: 2000, r: 1 },
      { x: 2000, y: 1, z: 2000, r: 1 },
    ];
    const grid = createSpatialGrid(instancesFromSpheres(spheres));
    expect(grid.cellCount).toBeLessThanOrEqual(64);
    expect(grid.blockCellSizeM[0]).toBe(256);
    expect(new Set(grid.cellInstances).size).toBe(4);
  });

  it('files an instance with a position that is not a number in its block\'s first cell rather than losing it', () => {
    const grid = createSpatialGrid(instancesFromSpheres([{ x: 1, y: 1, z: 1, r: 1 }, { x: Number.NaN, y: 1, z: Number.NaN, r: 1 }]));
    expect(grid.cellStart[grid.cellCount]).toBe(2);
    expect([...grid.cellInstances].sort()).toEqual([0, 1]);
  });
});
