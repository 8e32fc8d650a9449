/**
 * Paths on the floor plan for "click the floor to walk there": an occupancy grid over the area
 * (cells blocked where a visitor's circle would touch an obstacle), A* with 8-way moves that never
 * cut a blocked corner, then the waypoints thinned to those the visitor cannot see past. Pure;
 * runs on a click, not per frame, so it may allocate.
 */
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
  if (column < 0 || row < 0 || column >= grid.columns || row >= grid.rows) return -1;
  return row * grid.columns + column;
}

const centreX = (grid: WalkGrid, cell: number): number => grid.minXM + ((cell % grid.columns) + 0.5) * grid.cellM;
const centreZ = (grid: WalkGrid, cell: number): number => grid.minZM + (Math.floor(cell / grid.columns) + 0.5) * grid.cellM;

/** Whether the straight line between two points crosses only free cells (sampled at a quarter cell). */
export function clearLine(grid: WalkGrid, x0: number, z0: number, x1: number, z1: number): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, z1 - z0) / (grid.cellM / 4)));
  for (let step = 0; step <= steps; step += 1) {
    const t = step / steps;
    const cell = cellOf(grid, x0 + (x1 - x0) * t, z0 + (z1 - z0) * t);
    if (cell < 0 || grid.blocked[cell] === 1) return false;
  }
  return true;
}

/**
 * Waypoints [x0, z0, x1, z1, …] from (fromX, fromZ) to (toX, toZ), the end point last, or
 * undefined when the goal is blocked, outside the grid or unreachable.
 */
export function findPath(grid: WalkGrid, fromX: number, fromZ: number, toX: number, toZ: number): number[] | undefined {
  const start = cellOf(grid, fromX, fromZ);
  const goal = cellOf(grid, toX, toZ);
  if (start < 0 || goal < 0 || grid.blocked[goal] === 1) return undefined;
  const { columns, rows, blocked } = grid;
  const cost = new Float64Array(columns * rows).fill(Infinity);
  const came = new Int32Array(columns * rows).fill(-1);
  const open: number[] = [start];
  const estimate = new Float64Array(columns * rows);
  cost[start] = 0;
  const heuristic = (cell: number): number => {
    const dx = Math.abs((cell % columns) - (goal % columns));
    const dz = Math.abs(Math.floor(cell / columns) - Math.floor(goal / columns));
    return Math.max(dx, dz) + (Math.SQRT2 - 1) * Math.min(dx, dz);
  };
  estimate[start] = heuristic(start);
  while (open.length > 0) {
    // A linear scan for the best open cell: hall grids are small and this runs once per click.
    let bestIndex = 0;
    for (let k = 1; k < open.length; k += 1) if ((estimate[open[k] ?? 0] ?? 0) < (estimate[open[bestIndex] ?? 0] ?? 0)) bestIndex = k;
    const current = open[bestIndex] ?? 0;
    open[bestIndex] = open[open.length - 1] ?? 0;
    open.pop();
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
        if (blocked[next] === 1) continue;
        // No corner cutting: both orthogonal neighbours of a diagonal step must be free.
        if (dx !== 0 && dz !== 0 && (blocked[row * columns + c] === 1 || blocked[r * columns + column] === 1)) continue;
        const tentative = (cost[current] ?? 0) + (dx !== 0 && dz !== 0 ? Math.SQRT2 : 1);
        if (tentative >= (cost[next] ?? Infinity)) continue;
        if ((cost[next] ?? Infinity) === Infinity) open.push(next);
        cost[next] = tentative;
        came[next] = current;
        estimate[next] = tentative + heuristic(next);
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
    if (clearLine(grid, fromXM, fromZM, centreX(grid, next), centreZ(grid, next))) continue;
    const cell = cells[k] ?? goal;
    fromXM = centreX(grid, cell);
    fromZM = centreZ(grid, cell);
    path.push(fromXM, fromZM);
  }
  path.push(toX, toZ);
  return path;
}
