import { describe, expect, it } from 'vitest';
import { cellAt, createWalkGrid, labelParts, nearestCell, nearestFreePoint } from '../../src/navigation/walkGrid';

describe('walk grid', () => {
  it('blocks nothing for an obstacle beside the grid, whatever row it shares', () => {
    // Level with the grid's first rows but wholly east or west of it (a neighbouring hall's booths).
    const grid = createWalkGrid(0, 0, 10, 10, Float64Array.from([20, 0, 22, 1, -12, 0, -11, 1]));
    expect(grid.blocked.every((cell) => cell === 0)).toBe(true);
  });

  it('labels the parts of the floor that reach each other, blocked cells 0', () => {
    // A 10 × 10 m room cut by a wall at z 4.8…5.2 from x 0 to 10: a north and a south part.
    const cut = createWalkGrid(0, 0, 10, 10, Float64Array.from([0, 4.8, 10, 5.2]));
    const parts = labelParts(cut);
    const north = parts[cellAt(cut, 5, 2)] ?? 0;
    const south = parts[cellAt(cut, 5, 8)] ?? 0;
    expect(north).toBeGreaterThan(0);
    expect(south).toBeGreaterThan(0);
    expect(north).not.toBe(south);
    expect(parts[cellAt(cut, 5, 5)]).toBe(0);
    expect(parts[cellAt(cut, 0.25, 0.25)]).toBe(north);
    expect(parts[cellAt(cut, 9.75, 9.75)]).toBe(south);
    // A gap at x 8…10 joins them.
    const open = createWalkGrid(0, 0, 10, 10, Float64Array.from([0, 4.8, 6, 5.2]));
    const joined = labelParts(open);
    expect(joined[cellAt(open, 5, 2)]).toBe(joined[cellAt(open, 5, 8)]);
  });

  it('keeps two parts that touch only at a corner apart, as A* never cuts a corner', () => {
    // Cells (0, 0) and (1, 1) free, (1, 0) and (0, 1) blocked, in a 2 × 2 grid of 1 m cells.
    const grid = createWalkGrid(0, 0, 2, 2, Float64Array.from([1.1, 0.1, 1.9, 0.9, 0.1, 1.1, 0.9, 1.9]), { cellM: 1, radiusM: 0 });
    expect(Array.from(grid.blocked)).toEqual([0, 1, 1, 0]);
    const parts = labelParts(grid);
    expect(parts[0]).toBeGreaterThan(0);
    expect(parts[3]).toBeGreaterThan(0);
    expect(parts[0]).not.toBe(parts[3]);
  });

  it('finds the nearest free cell that a test accepts, and none beyond reach', () => {
    const grid = createWalkGrid(0, 0, 10, 10, new Float64Array(0));
    expect(nearestFreePoint(grid, 3.1, 3.2)).toEqual([3.1, 3.2]);
    // Only cells east of x = 6 accepted: the nearest is the column centred at 6.25.
    const cell = nearestCell(grid, 3.1, 3.2, 6, (candidate) => (candidate % grid.columns) * grid.cellM >= 6);
    expect(cell).toBe(cellAt(grid, 6.25, 3.25));
    expect(nearestCell(grid, 3.1, 3.2, 2, (candidate) => (candidate % grid.columns) * grid.cellM >= 6)).toBe(-1);
  });
});
