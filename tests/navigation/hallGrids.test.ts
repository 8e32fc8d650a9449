/**
 * Hall grids built on first use (issue 12: the first frame needs at most the visitor's own hall):
 * a grid built lazily is the grid built at once, and asking for one hall builds that hall only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFloorPlan } from '../../src/navigation/floorPlan';
import { createHallGrids, createLazyHallGrids } from '../../src/navigation/hallGrids';
import { doorOpenings } from '../../src/navigation/hallPassages';
import { parseScene, WALL_THICKNESS_M } from '../../src/scene';

const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
if (!layout) throw new Error('the default scene does not lay out');
const halls = layout.scene.halls.map((hall) => ({ minX: hall.positionM[0], minZ: hall.positionM[1], maxX: hall.positionM[0] + hall.sizeM.width, maxZ: hall.positionM[1] + hall.sizeM.depth }));
const obstacles = buildFloorPlan(layout).obstacles;
const openings = doorOpenings(layout.scene.halls, WALL_THICKNESS_M);
const options = { cellM: 0.5, radiusM: 0.3, marginM: 2 };

describe('lazy hall grids', () => {
  it('builds only the hall asked for, and the same grid as building every hall at once', () => {
    const lazy = createLazyHallGrids(halls, obstacles, openings, options);
    expect(halls.map((_, index) => lazy.isBuilt(index))).toEqual(halls.map(() => false));
    const second = lazy.gridOf(1);
    expect(halls.map((_, index) => lazy.isBuilt(index))).toEqual(halls.map((_, index) => index === 1));
    expect(lazy.gridOf(1)).toBe(second);

    const eager = createHallGrids(halls, obstacles, openings, options);
    expect(halls.length).toBeGreaterThan(1);
    halls.forEach((_, index) => {
      const grid = lazy.gridOf(index);
      expect(grid.grid).toEqual(eager[index]?.grid);
      expect(grid.parts).toEqual(eager[index]?.parts);
      const extent = lazy.extentOf(index);
      expect([extent.minX, extent.minZ]).toEqual([grid.grid.minXM, grid.grid.minZM]);
      expect(extent.maxX).toBeCloseTo(grid.grid.minXM + grid.grid.columns * grid.grid.cellM, 9);
      expect(extent.maxZ).toBeCloseTo(grid.grid.minZM + grid.grid.rows * grid.grid.cellM, 9);
    });
  });
});
