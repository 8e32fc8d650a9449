/**
 * Paths within one walk grid (one hall): A* with 8-way moves that never cut a blocked corner, then
 * the waypoints thinned to those the visitor cannot see past. A straight line that is clear is
 * taken at once, without a search.
 *
 * One `PathSearch` serves every query of a floor plan: its cost, parent and mark arrays are
 * allocated once, for the largest grid it meets, and a query marks the cells it touches with a
 * generation number instead of refilling them. The first cut allocated (and filled) three arrays
 * the size of the whole site per query: about 25 MB and 0.8–1 s for a route across the 18 halls
 * of the 100k-exhibit stress scene, where this one (with a grid per hall) takes about 8 ms and
 * 50 KB; `npm run bench:route` keeps the figures in docs/performance.md. The search loop keeps
 * its neighbour steps inline: handing each to a small method that V8 did not inline boxed every
 * cost passed, 1 MB of garbage per query.
 */
import { CellHeap } from './cellHeap';
import { cellAt, cellCentreX, cellCentreZ, clearLine, type WalkGrid } from './walkGrid';

/** Marks wrap before this: the marks are then cleared once and counting starts again. */
const LAST_GENERATION = 0xfffffff0;
/** What a diagonal step adds over a straight one, in cells. */
const OCTILE = Math.SQRT2 - 1;
/** The eight steps: west, east, north, south, then the diagonals. */
const STEP_X = Int8Array.from([-1, 1, 0, 0, -1, 1, -1, 1]);
const STEP_Z = Int8Array.from([0, 0, -1, 1, -1, -1, 1, 1]);

/** Reusable A* over walk grids; see the file header. Not for two queries at once. */
export class PathSearch {
  private cost: Float64Array;
  private came: Int32Array;
  /** `generation`: cost and came hold this query's values; `generation + 1`: closed. */
  private marks: Uint32Array;
  private generation = 0;
  private trail = new Int32Array(256);
  private readonly open = new CellHeap(4096);

  /** Room for grids of up to `capacityCells` cells; a larger grid grows the buffers once. */
  constructor(capacityCells: number) {
    const cells = Math.max(1, Math.floor(capacityCells));
    this.cost = new Float64Array(cells);
    this.came = new Int32Array(cells);
    this.marks = new Uint32Array(cells);
  }

  /** Bytes held by the reusable buffers. */
  get bytes(): number {
    return this.cost.byteLength + this.came.byteLength + this.marks.byteLength + this.trail.byteLength + this.open.bytes;
  }

  /**
   * Waypoints [x0, z0, x1, z1, …] from (fromX, fromZ) to (toX, toZ), the end point last, or
   * undefined when the goal is blocked, outside the grid or unreachable. The start's own cell
   * counts as free even when blocked: a visitor pressed against a wall stands in a blocked cell.
   */
  find(grid: WalkGrid, fromX: number, fromZ: number, toX: number, toZ: number): number[] | undefined {
    const start = cellAt(grid, fromX, fromZ);
    const goal = cellAt(grid, toX, toZ);
    if (start < 0 || goal < 0 || (grid.blocked[goal] === 1 && goal !== start)) return undefined;
    if (clearLine(grid, fromX, fromZ, toX, toZ, start)) return [toX, toZ];
    if (!this.search(grid, start, goal)) return undefined;
    return this.thin(grid, fromX, fromZ, toX, toZ, start, goal);
  }

  /** A* from `start` to `goal`; true when the goal was reached (its parents lead back to the start). */
  private search(grid: WalkGrid, start: number, goal: number): boolean {
    const { columns, rows, blocked } = grid;
    this.reserve(columns * rows);
    this.generation += 2;
    if (this.generation >= LAST_GENERATION) {
      this.marks.fill(0);
      this.generation = 2;
    }
    const seen = this.generation;
    const closed = seen + 1;
    const { cost, came, marks, open } = this;
    const goalColumn = goal % columns;
    const goalRow = (goal - goalColumn) / columns;
    open.clear();
    cost[start] = 0;
    came[start] = -1;
    marks[start] = seen;
    open.push(start, 0);
    while (open.size > 0) {
      const current = open.pop();
      // A cell pushed again with a better cost leaves its older copy behind.
      if (marks[current] === closed) continue;
      marks[current] = closed;
      if (current === goal) return true;
      const column = current % columns;
      const row = (current - column) / columns;
      const base = cost[current] ?? 0;
      // Everything below stays in this loop (no helper call): a call that V8 does not inline
      // boxes each cost it is passed, a megabyte of garbage per long search.
      for (let k = 0; k < 8; k += 1) {
        const dx = STEP_X[k] ?? 0;
        const dz = STEP_Z[k] ?? 0;
        const c = column + dx;
        const r = row + dz;
        if (c < 0 || r < 0 || c >= columns || r >= rows) continue;
        const next = current + dz * columns + dx;
        const mark = marks[next];
        if (blocked[next] === 1 || mark === closed) continue;
        // No corner cutting: both orthogonal neighbours of a diagonal step must be free.
        const diagonal = k >= 4;
        if (diagonal && (blocked[current + dx] === 1 || blocked[current + dz * columns] === 1)) continue;
        const tentative = base + (diagonal ? Math.SQRT2 : 1);
        if (mark === seen && tentative >= (cost[next] ?? Infinity)) continue;
        cost[next] = tentative;
        came[next] = current;
        marks[next] = seen;
        // Octile distance: exact on an empty grid with 8-way moves, and consistent, so a cell
        // taken from the heap never needs reopening.
        const hx = c > goalColumn ? c - goalColumn : goalColumn - c;
        const hz = r > goalRow ? r - goalRow : goalRow - r;
        open.push(next, tentative + (hx > hz ? hx + OCTILE * hz : hz + OCTILE * hx));
      }
    }
    return false;
  }

  /** The cells from the start to the goal, thinned to the waypoints the visitor cannot see past. */
  private thin(grid: WalkGrid, fromX: number, fromZ: number, toX: number, toZ: number, start: number, goal: number): number[] {
    // The cells after the start, goal first, into the reused trail.
    let count = 0;
    for (let cell = goal; cell !== -1 && cell !== start; cell = this.came[cell] ?? -1) {
      if (count === this.trail.length) {
        const longer = new Int32Array(this.trail.length * 2);
        longer.set(this.trail);
        this.trail = longer;
      }
      this.trail[count] = cell;
      count += 1;
    }
    const { trail } = this;
    // Keep only the waypoints the visitor cannot see past from the last one kept.
    const path: number[] = [];
    let fromXM = fromX;
    let fromZM = fromZ;
    for (let k = count - 1; k > 0; k -= 1) {
      const next = trail[k - 1] ?? goal;
      if (clearLine(grid, fromXM, fromZM, cellCentreX(grid, next), cellCentreZ(grid, next), start)) continue;
      const cell = trail[k] ?? goal;
      fromXM = cellCentreX(grid, cell);
      fromZM = cellCentreZ(grid, cell);
      path.push(fromXM, fromZM);
    }
    path.push(toX, toZ);
    return path;
  }

  private reserve(cells: number): void {
    if (cells <= this.cost.length) return;
    this.cost = new Float64Array(cells);
    this.came = new Int32Array(cells);
    this.marks = new Uint32Array(cells);
    this.generation = 0;
  }
}
