/**
 * The exhibits' spatial index, built once per scene: one uniform grid ("block") per hall over the
 * box of that hall's instances, never one over the whole site, so its size follows the content
 * and not the empty ground between halls. All blocks share one CSR layout: the instances of cell
 * `c` are `cellInstances[cellStart[c] .. cellStart[c + 1])`, and block `b` owns cells
 * `blockFirstCell[b] .. blockFirstCell[b + 1]`, row by row. Each cell keeps the box of its
 * instances' bounding spheres (not the cell square: a sphere centred near a border pokes into the
 * next cell, and the box must contain it or the culler would drop it; the y extent gives the
 * cell's max height too).
 *
 * Why per hall (issue 11): the first grid spanned the rectangle around every exhibit. Two halls
 * 30 km apart made it 1.8 M cells (91 MB) and 100 km apart 1 GB, which a browser refuses with
 * "RangeError: Invalid typed array length"; 4 km apart the grid alone grew from 16 KB to 1.9 MB
 * (bench/siteExtentBench.ts). Exhibits already belong to a hall (walls hide other halls, see
 * hallVisibility), so a block per hall costs one more loop level per frame and lets the culler
 * skip a hidden hall whole. A block whose instances are spread thin (a few exhibits in the
 * corners of a 2 km hall) doubles its cell size until it has at most `MAX_CELLS_PER_INSTANCE`
 * cells per instance, so the index is O(instances) whatever the geometry.
 *
 * Approaches tried for the cell size (bench/cullBench.ts: node 20, 2-core machine, 100k exhibits in
 * 10 halls, 60-pose walk at eye height, cull + LOD median / p95 per frame, two runs; timings vary
 * ±2× run to run):
 * - no grid (one cell, every sphere tested): 0.51–0.65 / 0.86–1.2 ms; with a 150 m draw distance
 *   still 0.46–0.55 ms, since all 100k spheres are read.
 * - grid, cell range clipped to the frustum's footprint: 4 m cells 0.46–0.55 ms (9k cell boxes
 *   tested), 8 m 0.22–0.32 ms, 16 m 0.26–0.34 ms, 32 m 0.15–0.26 ms (320 boxes, 10% more spheres);
 *   with a 150 m draw distance all of 8–32 m take 0.04–0.08 ms. 16 m is the default: as fast as
 *   8 and 32 within the noise, fewer boxes than 8 m, fewer wasted sphere tests than 32 m.
 * A BVH would skip empty aisles too, but halls are flat and evenly filled, and the grid builds in
 * a few ms at 100k with no tuning beyond the cell size. A hash of occupied cells over the site was
 * the other sparse option; it would cost a lookup per cell in the per-frame loop, where a block
 * per hall keeps the dense, branch-free cell walk.
 */
import type { ExhibitInstances } from './exhibitInstances';

export interface SpatialGridOptions {
  /** Edge of a square cell, metres (default 16: fastest with 8 and 32 in bench/cullBench.ts). */
  cellSizeM?: number;
}

/**
 * A block may have this many cells per instance (and `MIN_BLOCK_CELLS` at least) before its cells
 * grow: the 100k bench halls have 0.04 cells per instance at 16 m, so only sparse halls coarsen.
 */
const MAX_CELLS_PER_INSTANCE = 4;
const MIN_BLOCK_CELLS = 64;

export interface SpatialGrid {
  /** The cell edge asked for, metres; a sparse block may use a power-of-two multiple (`blockCellSizeM`). */
  cellSizeM: number;
  /** Blocks: one per hall that has instances, in hall order. */
  blockCount: number;
  /** Per block, the index of its hall in `scene.halls` (the instances' `hallIndex`). */
  blockHall: Uint32Array;
  /** Per block, the edge of its cells, metres. */
  blockCellSizeM: Float64Array;
  /** Per block, world x/z of its north-west corner. */
  blockOriginXM: Float64Array;
  blockOriginZM: Float64Array;
  /** Per block, its cells across (x) and down (z); cell `blockFirstCell[b] + row · columns + column`. */
  blockColumns: Uint32Array;
  blockRows: Uint32Array;
  /** `blockCount + 1` offsets into the cells. */
  blockFirstCell: Uint32Array;
  /** Cells of every block together. */
  cellCount: number;
  /** `cellCount + 1` offsets into `cellInstances`. */
  cellStart: Uint32Array;
  /** Instance indices grouped by cell. */
  cellInstances: Uint32Array;
  /**
   * Per cell, 6 floats: minX, minY, minZ, maxX, maxY, maxZ of its instances' bounding spheres
   * (maxY is the cell's max height). Empty cells hold an empty box (min > max).
   */
  cellBounds: Float64Array;
}

/** Buckets every instance by its hall and the cell of its sphere centre; `O(instances + halls)`. */
export function createSpatialGrid(instances: ExhibitInstances, { cellSizeM = 16 }: SpatialGridOptions = {}): SpatialGrid {
  if (!(cellSizeM > 0)) throw new RangeError(`cellSizeM must be positive, got ${cellSizeM}`);
  const { count, xM, zM, hallIndex } = instances;

  // Blocks in hall order, one per hall with instances.
  const blockOfHall = new Map<number, number>();
  const halls: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const hall = hallIndex[i] ?? 0;
    if (!blockOfHall.has(hall)) halls.push(hall);
    blockOfHall.set(hall, 0);
  }
  halls.sort((a, b) => a - b);
  halls.forEach((hall, block) => blockOfHall.set(hall, block));
  const blockCount = halls.length;
  const blockOf = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) blockOf[i] = blockOfHall.get(hallIndex[i] ?? 0) ?? 0;

  // Each block's box of sphere centres and its instance count.
  const box = new Float64Array(blockCount * 4);
  for (let b = 0; b < blockCount; b += 1) box.set([Infinity, Infinity, -Infinity, -Infinity], b * 4);
  const members = new Uint32Array(blockCount);
  for (let i = 0; i < count; i += 1) {
    const b = blockOf[i] ?? 0;
    members[b] = (members[b] ?? 0) + 1;
    const x = xM[i] ?? 0;
    const z = zM[i] ?? 0;
    // Written so that a NaN position changes no box (it lands in the block's first cell).
    if (x < (box[b * 4] ?? 0)) box[b * 4] = x;
    if (z < (box[b * 4 + 1] ?? 0)) box[b * 4 + 1] = z;
    if (x > (box[b * 4 + 2] ?? 0)) box[b * 4 + 2] = x;
    if (z > (box[b * 4 + 3] ?? 0)) box[b * 4 + 3] = z;
  }

  const blockCellSizeM = new Float64Array(blockCount);
  const blockOriginXM = new Float64Array(blockCount);
  const blockOriginZM = new Float64Array(blockCount);
  const blockColumns = new Uint32Array(blockCount);
  const blockRows = new Uint32Array(blockCount);
  const blockFirstCell = new Uint32Array(blockCount + 1);
  for (let b = 0; b < blockCount; b += 1) {
    const minX = box[b * 4] ?? 0;
    const minZ = box[b * 4 + 1] ?? 0;
    const spanX = (box[b * 4 + 2] ?? 0) - minX;
    const spanZ = (box[b * 4 + 3] ?? 0) - minZ;
    const maxCells = Math.max(MIN_BLOCK_CELLS, MAX_CELLS_PER_INSTANCE * (members[b] ?? 0));
    let size = cellSizeM;
    let columns = 1;
    let rows = 1;
    // A block of only NaN positions, or spans no cell size can cover, is one cell.
    if (Number.isFinite(spanX) && Number.isFinite(spanZ)) {
      for (;;) {
        columns = Math.floor(spanX / size) + 1;
        rows = Math.floor(spanZ / size) + 1;
        if (columns * rows <= maxCells) break;
        size *= 2;
      }
    }
    blockCellSizeM[b] = size;
    blockOriginXM[b] = Number.isFinite(minX) ? minX : 0;
    blockOriginZM[b] = Number.isFinite(minZ) ? minZ : 0;
    blockColumns[b] = columns;
    blockRows[b] = rows;
    blockFirstCell[b + 1] = (blockFirstCell[b] ?? 0) + columns * rows;
  }
  const cellCount = blockFirstCell[blockCount] ?? 0;

  const cellOf = new Uint32Array(count);
  const cellStart = new Uint32Array(cellCount + 1);
  for (let i = 0; i < count; i += 1) {
    const b = blockOf[i] ?? 0;
    const size = blockCellSizeM[b] ?? cellSizeM;
    const columns = blockColumns[b] ?? 1;
    const rows = blockRows[b] ?? 1;
    const column = Math.floor(((xM[i] ?? 0) - (blockOriginXM[b] ?? 0)) / size);
    const row = Math.floor(((zM[i] ?? 0) - (blockOriginZM[b] ?? 0)) / size);
    // Clamped, NaN to the first cell: every instance is in exactly one cell.
    const cell = (blockFirstCell[b] ?? 0) + (row >= 0 ? Math.min(rows - 1, row) : 0) * columns + (column >= 0 ? Math.min(columns - 1, column) : 0);
    cellOf[i] = cell;
    cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + 1;
  }
  for (let cell = 0; cell < cellCount; cell += 1) cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + (cellStart[cell] ?? 0);

  const cellInstances = new Uint32Array(count);
  const fill = cellStart.slice(0, cellCount);
  const cellBounds = new Float64Array(cellCount * 6);
  for (let cell = 0; cell < cellCount; cell += 1) {
    cellBounds.fill(Infinity, cell * 6, cell * 6 + 3);
    cellBounds.fill(-Infinity, cell * 6 + 3, cell * 6 + 6);
  }
  for (let i = 0; i < count; i += 1) {
    const cell = cellOf[i] ?? 0;
    const at = fill[cell] ?? 0;
    cellInstances[at] = i;
    fill[cell] = at + 1;
    const r = instances.radiusM[i] ?? 0;
    const x = xM[i] ?? 0;
    const y = instances.sphereYM[i] ?? 0;
    const z = zM[i] ?? 0;
    const b = cell * 6;
    cellBounds[b] = Math.min(cellBounds[b] ?? 0, x - r);
    cellBounds[b + 1] = Math.min(cellBounds[b + 1] ?? 0, y - r);
    cellBounds[b + 2] = Math.min(cellBounds[b + 2] ?? 0, z - r);
    cellBounds[b + 3] = Math.max(cellBounds[b + 3] ?? 0, x + r);
    cellBounds[b + 4] = Math.max(cellBounds[b + 4] ?? 0, y + r);
    cellBounds[b + 5] = Math.max(cellBounds[b + 5] ?? 0, z + r);
  }
  return {
    cellSizeM,
    blockCount,
    blockHall: Uint32Array.from(halls),
    blockCellSizeM,
    blockOriginXM,
    blockOriginZM,
    blockColumns,
    blockRows,
    blockFirstCell,
    cellCount,
    cellStart,
    cellInstances,
    cellBounds,
  };
}

