/**
 * The walk grid: an occupancy grid over a rectangle of the floor plan (the plan keeps one per
 * hall), a cell blocked where a visitor's circle centred on it would touch an obstacle, and the
 * questions paths ask of it: may a visitor stand here, is this line clear, where is the nearest
 * spot to stand, which cells reach each other. Pure and allocation-free except where a function
 * says it builds something.
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
    // Off the grid (a negative end would make `fill` count from the array's end).
    if (c0 > c1 || r0 > r1) continue;
    for (let row = r0; row <= r1; row += 1) blocked.fill(1, row * columns + c0, row * columns + c1 + 1);
  }
  return { minXM, minZM, cellM, columns, rows, blocked };
}

/** The index of the cell holding (x, z), or -1 outside the grid (and for NaN). */
export function cellAt(grid: WalkGrid, xM: number, zM: number): number {
  const column = Math.floor((xM - grid.minXM) / grid.cellM);
  const row = Math.floor((zM - grid.minZM) / grid.cellM);
  // Written so NaN fails every test and lands here too.
  if (!(column >= 0 && row >= 0 && column < grid.columns && row < grid.rows)) return -1;
  return row * grid.columns + column;
}

/** The x of a cell's centre, site metres. */
export const cellCentreX = (grid: WalkGrid, cell: number): number => grid.minXM + ((cell % grid.columns) + 0.5) * grid.cellM;
/** The z of a cell's centre, site metres. */
export const cellCentreZ = (grid: WalkGrid, cell: number): number => grid.minZM + (Math.floor(cell / grid.columns) + 0.5) * grid.cellM;

/** Whether a visitor's centre may stand at (x, z): inside the grid and on a free cell. */
export function pointIsFree(grid: WalkGrid, xM: number, zM: number): boolean {
  const cell = cellAt(grid, xM, zM);
  return cell >= 0 && grid.blocked[cell] === 0;
}

/**
 * Whether the straight line between two points crosses only free cells (sampled at a quarter
 * cell), counting `freeCell` as free whatever the grid says (the start of a path: a visitor
 * pressed against a wall stands in a blocked cell).
 */
export function clearLine(grid: WalkGrid, x0: number, z0: number, x1: number, z1: number, freeCell = -1): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, z1 - z0) / (grid.cellM / 4)));
  for (let step = 0; step <= steps; step += 1) {
    const t = step / steps;
    const cell = cellAt(grid, x0 + (x1 - x0) * t, z0 + (z1 - z0) * t);
    if (cell < 0 || (grid.blocked[cell] === 1 && cell !== freeCell)) return false;
  }
  return true;
}

/**
 * The free cell whose centre is nearest to (x, z), within `maxSearchM`, among those `accept`
 * takes (all free cells by default); -1 when there is none. The point may lie outside the grid.
 */
export function nearestCell(grid: WalkGrid, xM: number, zM: number, maxSearchM: number, accept?: (cell: number) => boolean): number {
  if (!Number.isFinite(xM) || !Number.isFinite(zM) || !(maxSearchM >= 0)) return -1;
  const { cellM, columns, rows, blocked } = grid;
  const column = Math.floor((xM - grid.minXM) / cellM);
  const row = Math.floor((zM - grid.minZM) / cellM);
  const maxRing = Math.ceil(maxSearchM / cellM) + 1;
  let best = -1;
  let bestDistance = maxSearchM;
  // Rings of cells around the point's cell (which may lie outside the grid), nearest first. A
  // cell of ring r is at least (r − ½) cells away, so once that exceeds the best found, stop.
  for (let ring = 0; ring <= maxRing && (ring - 0.5) * cellM <= bestDistance; ring += 1) {
    const rowFrom = Math.max(0, row - ring);
    const rowTo = Math.min(rows - 1, row + ring);
    for (let r = rowFrom; r <= rowTo; r += 1) {
      const edgeRow = r === row - ring || r === row + ring;
      // On the top and bottom rows of the ring every column; in between only the two ends.
      const step = edgeRow ? 1 : Math.max(1, 2 * ring);
      for (let c = column - ring; c <= column + ring; c += step) {
        if (c < 0 || c >= columns) continue;
        const cell = r * columns + c;
        if (blocked[cell] === 1) continue;
        const distance = Math.hypot(cellCentreX(grid, cell) - xM, cellCentreZ(grid, cell) - zM);
        if (distance <= bestDistance && (!accept || accept(cell))) {
          best = cell;
          bestDistance = distance;
        }
      }
    }
  }
  return best;
}

/**
 * The centre of the free cell nearest to (x, z) within `maxSearchM`, or the point itself when it
 * stands on a free cell; undefined when there is none. For a click that lands on a booth wall or
 * an exhibit: the visitor walks to the nearest spot they can stand on instead.
 */
export function nearestFreePoint(grid: WalkGrid, xM: number, zM: number, maxSearchM = 6): [number, number] | undefined {
  if (!Number.isFinite(xM) || !Number.isFinite(zM)) return undefined;
  if (pointIsFree(grid, xM, zM)) return [xM, zM];
  const cell = nearestCell(grid, xM, zM, maxSearchM);
  return cell < 0 ? undefined : [cellCentreX(grid, cell), cellCentreZ(grid, cell)];
}

/**
 * Labels the parts of the free floor that reach each other: cells share a label when a path of
 * orthogonal steps over free cells joins them; labels count from 1, and blocked cells keep 0. A*
 * steps diagonally only where both orthogonal neighbours are free, so it reaches exactly the cells
 * of its start's label. Two bytes a cell unless a grid has 65,535 parts or more (then four).
 * Builds the labels and a queue the size of the grid (once per plan).
 */
export function labelParts(grid: WalkGrid): Uint16Array | Uint32Array {
  const queue = new Int32Array(grid.columns * grid.rows);
  return fillParts(grid, new Uint16Array(grid.columns * grid.rows), queue) ?? fillParts(grid, new Uint32Array(grid.columns * grid.rows), queue) ?? new Uint32Array(0);
}

/** Flood-fills `labels`; undefined when the parts outnumber what its elements hold. */
function fillParts<Labels extends Uint16Array | Uint32Array>(grid: WalkGrid, labels: Labels, queue: Int32Array): Labels | undefined {
  const { columns, rows, blocked } = grid;
  const last = labels instanceof Uint16Array ? 0xffff : 0xffffffff;
  let count = 0;
  for (let seed = 0; seed < labels.length; seed += 1) {
    if (blocked[seed] === 1 || labels[seed] !== 0) continue;
    if (count === last) return undefined;
    count += 1;
    const label = count;
    labels[seed] = label;
    let head = 0;
    let tail = 0;
    queue[tail++] = seed;
    while (head < tail) {
      const cell = queue[head++] ?? 0;
      const column = cell % columns;
      // West, east, north, south: each free and unlabelled neighbour joins the part.
      if (column > 0 && blocked[cell - 1] === 0 && labels[cell - 1] === 0) {
        labels[cell - 1] = label;
        queue[tail++] = cell - 1;
      }
      if (column < columns - 1 && blocked[cell + 1] === 0 && labels[cell + 1] === 0) {
        labels[cell + 1] = label;
        queue[tail++] = cell + 1;
      }
      if (cell >= columns && blocked[cell - columns] === 0 && labels[cell - columns] === 0) {
        labels[cell - columns] = label;
        queue[tail++] = cell - columns;
      }
      if (cell + columns < rows * columns && blocked[cell + columns] === 0 && labels[cell + columns] === 0) {
        labels[cell + columns] = label;
        queue[tail++] = cell + columns;
      }
    }
  }
  return labels;
}
