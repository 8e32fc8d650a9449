/**
 * Paths on the floor plan for "click the floor to walk there": an occupancy grid over the area
 * (cells blocked where a visitor's circle would touch an obstacle), A* with 8-way moves that never
 * cut a blocked corner, then the waypoints thinned to those the visitor cannot see past. Pure;
 * runs on a click, not per frame, so it may allocate.
 */
import { CellHeap } from './cellHeap';
import type { Obstacles } from './walk';

export interface WalkGrid {
  minXM: number;
  minZM: number;
  cellM: number;
  columns: number;
  rows: number;
  /** 1 where a visitor's centre may not stand. */
  blocked: Uint8Array;
}

export interface GridOptions {
  /** Cell size, metres (default 0.5). */
  cellM?: number;
  /** The visitor's radius (default 0.3): obstacles grow by it. */
  radiusM?: number;
}

/** The walkable grid of the rectangle [minX, maxX] × [minZ, maxZ] around `obstacles`. */
export function createWalkGrid(minXM: number, minZM: number, maxXM: number, maxZM: number, obstacles: Obstacles, { cellM = 0.5, radiusM = 0.3 }: GridOptions = {}): WalkGrid {
  const columns = Math.max(1, Math.ceil((maxXM - minXM) / cellM));
  const rows = Math.max(1, Math.ceil((maxZM - minZM) / cellM));
  const blocked = new Uint8Array(columns * rows);
  for (let b = 0; b + 3 < obstacles.length; b += 4) {
    const x0 = (obstacles[b] ?? 0) - radiusM;
    const z0 = (obstacles[b + 1] ?? 0) - radiusM;
    const x1 = (obstacles[b + 2] ?? 0) + radiusM;
    const z1 = (obstacles[b + 3] ?? 0) + radiusM;
    // Cells whose centre lies inside the grown rectangle.
    const c0 = Math.max(0, Math.ceil((x0 - minXM) / cellM - 0.5));
    const c1 = Math.min(columns - 1, Math.floor((x1 - minXM) / cellM - 0.5));
    const r0 = Math.max(0, Math.ceil((z0 - minZM) / cellM - 0.5));
    const r1 = Math.min(rows - 1, Math.floor((z1 - minZM) / cellM - 0.5));
    for (let row = r0; row <= r1; row += 1) blocked.fill(1, row * columns + c0, row * columns + c1 + 1);
  }
  return { minXM, minZM, cellM, columns, rows, blocked };
}

function cellOf(grid: WalkGrid, xM: number, zM: number): number {
  const column = Math.floor((xM - grid.minXM) / grid.cellM);
  const row = Math.floor((zM - grid.minZM) / grid.cellM);
  // Written so NaN fails every test and lands here too.
  if (!(column >= 0 && row >= 0 && column < grid.columns && row < grid.rows)) return -1;
  return row * grid.columns + column;
}

const centreX = (grid: WalkGrid, cell: number): number => grid.minXM + ((cell % grid.columns) + 0.5) * grid.cellM;
const centreZ = (grid: WalkGrid, cell: number): number => grid.minZM + (Math.floor(cell / grid.columns) + 0.5) * grid.cellM;

/** Whether a visitor's centre may stand at (x, z): inside the grid and on a free cell. */
export function pointIsFree(grid: WalkGrid, xM: number, zM: number): boolean {
  const cell = cellOf(grid, xM, zM);
  return cell >= 0 && grid.blocked[cell] === 0;
}

/** Whether the straight line between two points crosses only free cells (sampled at a quarter cell). */
export function clearLine(grid: WalkGrid, x0: number, z0: number, x1: number, z1: number): boolean {
  return lineIsClear(grid, x0, z0, x1, z1, -1);
}

/** `clearLine`, counting `freeCell` as free whatever the grid says (the start of a path). */
function lineIsClear(grid: WalkGrid, x0: number, z0: number, x1: number, z1: number, freeCell: number): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, z1 - z0) / (grid.cellM / 4)));
  for (let step = 0; step <= steps; step += 1) {
    const t = step / steps;
    const cell = cellOf(grid, x0 + (x1 - x0) * t, z0 + (z1 - z0) * t);
    if (cell < 0 || (grid.blocked[cell] === 1 && cell !== freeCell)) return false;
  }
  return true;
}

/**
 * The centre of the free cell nearest to (x, z) within `maxSearchM`, or the point itself when it
 * stands on a free cell; undefined when there is none. For a click that lands on a booth wall or
 * an exhibit: the visitor walks to the nearest spot they can stand on instead.
 */
export function nearestFreePoint(grid: WalkGrid, xM: number, zM: number, maxSearchM = 6): [number, number] | undefined {
  if (!Number.isFinite(xM) || !Number.isFinite(zM)) return undefined;
  if (pointIsFree(grid, xM, zM)) return [xM, zM];
  const { cellM, columns, rows, blocked } = grid;
  const column = Math.floor((xM - grid.minXM) / cellM);
  const row = Math.floor((zM - grid.minZM) / cellM);
  const maxRing = Math.ceil(maxSearchM / cellM) + 1;
  let best = -1;
  let bestDistance = maxSearchM;
  // Rings of cells around the point's cell (which may lie outside the grid), nearest first. A
  // cell of ring r is at least (r − ½) cells away, so once that exceeds the best found, stop.
  for (let ring = 0; ring <= maxRing && (ring - 0.5) * cellM <= bestDistance; ring += 1) {
    for (let r = row - ring; r <= row + ring; r += 1) {
      if (r < 0 || r >= rows) continue;
      const edgeRow = r === row - ring || r === row + ring;
      // On the top and bottom rows of the ring every column; in between only the two ends.
      const step = edgeRow ? 1 : Math.max(1, 2 * ring);
      for (let c = column - ring; c <= column + ring; c += step) {
        if (c < 0 || c >= columns) continue;
        const cell = r * columns + c;
        if (blocked[cell] === 1) continue;
        const distance = Math.hypot(centreX(grid, cell) - xM, centreZ(grid, cell) - zM);
        if (distance <= bestDistance) {
          best = cell;
          bestDistance = distance;
        }
      }
    }
  }
  return best < 0 ? undefined : [centreX(grid, best), centreZ(grid, best)];
}

/**
 * Waypoints [x0, z0, x1, z1, …] from (fromX, fromZ) to (toX, toZ), the end point last, or
 * undefined when the goal is blocked, outside the grid or unreachable. The start's own cell counts
 * as free even when blocked: a visitor pressed against a wall stands in a blocked cell.
 */
export function findPath(grid: WalkGrid, fromX: number, fromZ: number, toX: number, toZ: number): number[] | undefined {
  const start = cellOf(grid, fromX, fromZ);
  const goal = cellOf(grid, toX, toZ);
  if (start < 0 || goal < 0 || (grid.blocked[goal] === 1 && goal !== start)) return undefined;
  const { columns, rows, blocked } = grid;
  const cost = new Float64Array(columns * rows).fill(Infinity);
  const came = new Int32Array(columns * rows).fill(-1);
  const closed = new Uint8Array(columns * rows);
  const goalColumn = goal % columns;
  const goalRow = Math.floor(goal / columns);
  // Octile distance: exact on an empty grid with 8-way moves, and consistent, so a cell taken
  // from the heap never needs reopening.
  const heuristic = (cell: number): number => {
    const dx = Math.abs((cell % columns) - goalColumn);
    const dz = Math.abs(Math.floor(cell / columns) - goalRow);
    return Math.max(dx, dz) + (Math.SQRT2 - 1) * Math.min(dx, dz);
  };
  const open = new CellHeap();
  cost[start] = 0;
  open.push(start, heuristic(start));
  while (open.size > 0) {
    const current = open.pop();
    // A cell pushed again with a better cost leaves its older copy behind.
    if (closed[current] === 1) continue;
    closed[current] = 1;
    if (current === goal) break;
    const column = current % columns;
    const row = Math.floor(current / columns);
    for (let dz = -1; dz <= 1; dz += 1) {
      for (let dx = -1; dx <= 1; dx += 1) {
        if (dx === 0 && dz === 0) continue;
        const c = column + dx;
        const r = row + dz;
        if (c < 0 || r < 0 || c >= columns || r >= rows) continue;
        const next = r * columns + c;
        if (blocked[next] === 1 || closed[next] === 1) continue;
        // No corner cutting: both orthogonal neighbours of a diagonal step must be free.
        if (dx !== 0 && dz !== 0 && (blocked[row * columns + c] === 1 || blocked[r * columns + column] === 1)) continue;
        const tentative = (cost[current] ?? 0) + (dx !== 0 && dz !== 0 ? Math.SQRT2 : 1);
        if (tentative >= (cost[next] ?? Infinity)) continue;
        cost[next] = tentative;
        came[next] = current;
        open.push(next, tentative + heuristic(next));
      }
    }
  }
  if (goal !== start && came[goal] === -1) return undefined;
  const cells: number[] = [];
  for (let cell = goal; cell !== -1 && cell !== start; cell = came[cell] ?? -1) cells.push(cell);
  cells.reverse();
  // Keep only the waypoints the visitor cannot see past from the last one kept.
  const path: number[] = [];
  let fromXM = fromX;
  let fromZM = fromZ;
  for (let k = 0; k < cells.length - 1; k += 1) {
    const next = cells[k + 1] ?? goal;
    if (lineIsClear(grid, fromXM, fromZM, centreX(grid, next), centreZ(grid, next), start)) continue;
    const cell = cells[k] ?? goal;
    fromXM = centreX(grid, cell);
    fromZM = centreZ(grid, cell);
    path.push(fromXM, fromZM);
  }
  path.push(toX, toZ);
  return path;
}
