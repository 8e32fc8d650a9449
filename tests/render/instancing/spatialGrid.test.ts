import { describe, expect, it } from 'vitest';
import { createSpatialGrid } from '../../../src/render/instancing/spatialGrid';
import { instancesFromSpheres, seededRandom, type Sphere } from './instanceFixtures';

function randomSpheres(count: number, seed: number): Sphere[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({ x: random() * 100 - 20, y: 1, z: random() * 60 + 5, r: 0.2 + random() * 2 }));
}

describe('createSpatialGrid', () => {
  it('puts every instance in exactly one cell, the cell of its centre, in CSR form', () => {
    const spheres = randomSpheres(500, 1);
    const grid = createSpatialGrid(instancesFromSpheres(spheres), { cellSizeM: 8 });
    expect(grid.cellStart.length).toBe(grid.cellCount + 1);
    expect(grid.cellStart[grid.cellCount]).toBe(500);
    expect([...grid.cellInstances].sort((a, b) => a - b)).toEqual(spheres.map((_, i) => i));
    for (let cell = 0; cell < grid.cellCount; cell += 1) {
      const column = cell % grid.columns;
      const row = Math.floor(cell / grid.columns);
      for (let k = grid.cellStart[cell] ?? 0; k < (grid.cellStart[cell + 1] ?? 0); k += 1) {
        const sphere = spheres[grid.cellInstances[k] ?? 0];
        expect(Math.floor((Math.fround(sphere?.x ?? 0) - grid.originXM) / 8)).toBe(column);
        expect(Math.floor((Math.fround(sphere?.z ?? 0) - grid.originZM) / 8)).toBe(row);
      }
    }
  });

  it('gives each cell the box of its spheres, reaching past the cell square at its borders', () => {
    const spheres: Sphere[] = [
      { x: 0, y: 1, z: 0, r: 0.5 },
      { x: 7.9, y: 3, z: 0, r: 2 },
      { x: 8.1, y: 1, z: 0, r: 1 },
    ];
    const grid = createSpatialGrid(instancesFromSpheres(spheres), { cellSizeM: 8 });
    expect(grid.columns).toBe(2);
    expect(grid.rows).toBe(1);
    expect([...grid.cellBounds.subarray(0, 6)].map((v) => Math.round(v * 100) / 100)).toEqual([-0.5, 0.5, -2, 9.9, 5, 2]);
    // The second cell's max height is its one sphere's top.
    expect(grid.cellBounds[10]).toBeCloseTo(2, 5);
  });

  it('builds an empty grid for no instances', () => {
    const grid = createSpatialGrid(instancesFromSpheres([]));
    expect(grid.cellCount).toBe(1);
    expect(grid.cellStart[1]).toBe(0);
  });
});
