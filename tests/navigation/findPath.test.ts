import { describe, expect, it } from 'vitest';
import { clearLine, createWalkGrid, findPath } from '../../src/navigation/findPath';

/** A 20 × 20 m room with a wall across its middle (z 9.8…10.2) from x = 0 to 16: a gap at x 16…20. */
const wall = Float64Array.from([0, 9.8, 16, 10.2]);
const grid = createWalkGrid(0, 0, 20, 20, wall);

function pathLength(fromX: number, fromZ: number, path: number[]): number {
  let length = 0;
  let x = fromX;
  let z = fromZ;
  for (let k = 0; k < path.length; k += 2) {
    length += Math.hypot((path[k] ?? 0) - x, (path[k + 1] ?? 0) - z);
    x = path[k] ?? 0;
    z = path[k + 1] ?? 0;
  }
  return length;
}

describe('findPath', () => {
  it('goes straight when nothing is in the way', () => {
    expect(findPath(grid, 2, 2, 12, 6)).toEqual([12, 6]);
  });

  it('goes around the wall through the gap, every leg clear of it', () => {
    const path = findPath(grid, 2, 5, 2, 15);
    if (!path) throw new Error('no path');
    expect(path.slice(-2)).toEqual([2, 15]);
    expect(path.length).toBeGreaterThan(2);
    let x = 2;
    let z = 5;
    for (let k = 0; k < path.length; k += 2) {
      expect(clearLine(grid, x, z, path[k] ?? 0, path[k + 1] ?? 0)).toBe(true);
      x = path[k] ?? 0;
      z = path[k + 1] ?? 0;
    }
    // Through the gap (x > 16) and not much longer than the shortest way round (about 2 × 15 m).
    expect(path.some((value, index) => index % 2 === 0 && value > 16)).toBe(true);
    expect(pathLength(2, 5, path)).toBeLessThan(34);
  });

  it('refuses a goal inside an obstacle, outside the grid, or shut off', () => {
    expect(findPath(grid, 2, 5, 5, 10)).toBeUndefined();
    expect(findPath(grid, 2, 5, 25, 5)).toBeUndefined();
    const closed = createWalkGrid(0, 0, 20, 20, Float64Array.from([0, 9.8, 20, 10.2]));
    expect(findPath(closed, 2, 5, 2, 15)).toBeUndefined();
  });

  it('keeps a visitor radius from obstacles', () => {
    expect(findPath(grid, 2, 5, 5, 9.6)).toBeUndefined();
    expect(findPath(grid, 2, 5, 5, 9.3)).toEqual([5, 9.3]);
  });
});
