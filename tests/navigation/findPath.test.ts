import { describe, expect, it } from 'vitest';
import { PathSearch } from '../../src/navigation/findPath';
import { clearLine, createWalkGrid, type WalkGrid } from '../../src/navigation/walkGrid';
import { mulberry32 } from '../../scripts/content/random';

/** A 20 × 20 m room with a wall across its middle (z 9.8…10.2) from x = 0 to 16: a gap at x 16…20. */
const wall = Float64Array.from([0, 9.8, 16, 10.2]);
const grid = createWalkGrid(0, 0, 20, 20, wall);
const shared = new PathSearch(grid.columns * grid.rows);
const findPath = (on: WalkGrid, fromX: number, fromZ: number, toX: number, toZ: number): number[] | undefined => shared.find(on, fromX, fromZ, toX, toZ);

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

  it('answers a query on reused buffers exactly as a fresh search does, without growing them', () => {
    // A maze of short walls, so most queries need a search (not just a clear line).
    const random = mulberry32(11);
    const walls: number[] = [];
    for (let k = 0; k < 40; k += 1) {
      const x = random() * 36;
      const z = random() * 36;
      walls.push(...(k % 2 === 0 ? [x, z, x + 6, z + 0.3] : [x, z, x + 0.3, z + 6]));
    }
    const maze = createWalkGrid(0, 0, 40, 40, Float64Array.from(walls));
    const reused = new PathSearch(maze.columns * maze.rows);
    reused.find(maze, 1, 1, 39, 39);
    const bytes = reused.bytes;
    let searched = 0;
    for (let query = 0; query < 200; query += 1) {
      const [fromX, fromZ, toX, toZ] = [random() * 40, random() * 40, random() * 40, random() * 40];
      const fresh = new PathSearch(maze.columns * maze.rows).find(maze, fromX, fromZ, toX, toZ);
      expect(reused.find(maze, fromX, fromZ, toX, toZ)).toEqual(fresh);
      if (fresh && fresh.length > 2) searched += 1;
    }
    expect(searched).toBeGreaterThan(20);
    expect(reused.bytes).toBe(bytes);
  });

  it('grows its buffers once for a grid larger than it was made for', () => {
    const small = new PathSearch(16);
    expect(small.find(grid, 2, 5, 2, 15)).toEqual(findPath(grid, 2, 5, 2, 15));
    expect(small.bytes).toBeGreaterThanOrEqual(grid.columns * grid.rows * 16);
  });
});
