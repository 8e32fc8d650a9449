/**
 * Per-frame culling and LOD selection of every exhibit instance, allocation-free: visits only the
 * grid cells inside the frustum's footprint (and the draw distance) whose sphere box meets the
 * frustum, tests each instance's bounding sphere against the six planes, picks its level by
 * distance with hysteresis, and writes the visible instance indices into one preallocated bucket
 * per (model, level), ready for `packInstanceMatrices`.
 *
 * Levels switch at distances proportional to the instance's radius (a proxy for its size on
 * screen): level `i` below `lodDistanceFactors[i] · radius · lodDistanceScale`. An instance keeps
 * its level until it is `hysteresis` (default 12 %) past the switch distance, either way, so a
 * visitor standing near a boundary does not see a model flicker between levels. Levels are kept
 * per instance across frames (also while culled, so one that comes back into view resumes with
 * hysteresis); a model with fewer LOD files than levels draws its last file for the coarser ones.
 *
 * Approaches tried (bench/cullBench.ts, 100k exhibits, 60-pose walk, 2-core machine):
 * - testing every sphere (a grid of one cell): 0.5–0.65 ms median, the same with a draw distance.
 * - cell boxes in the grid's full extent would cost what the site costs; clipping the cell range to
 *   the box of the frustum's corners (plane triples, 20 3×3 solves a call) keeps it near the view:
 *   0.26–0.34 ms median, p95 0.9–1.1 ms when a pose looks down the 3 km row of halls with 30k
 *   exhibits in view; with a 150 m draw distance 0.06 ms median, 0.1 ms p95. The cost follows
 *   what is visible, so `maxDistanceM` (with fog) or hall walls are what bound the worst pose.
 * - cells wholly inside the frustum skip the per-sphere plane tests; distances compared squared
 *   with thresholds squared once per call: no `Math.sqrt` per instance.
 */
import type { ExhibitInstances } from './exhibitInstances';
import { levelAndBucket, NO_LEVEL, prepareLevels } from './selectLevels';

export { NO_LEVEL };
import type { SpatialGrid } from './spatialGrid';

export interface InstanceCullerOptions {
  /** Levels of detail drawn (buckets per model), default 3. */
  lodLevels?: number;
  /**
   * Switch distances in radii, one per boundary (`lodLevels − 1` entries, increasing): level `i`
   * below `lodDistanceFactors[i] · radius`. Default `[12, 40]`: a 1 m-radius exhibit at full
   * detail within 12 m, at its middle level within 40 m.
   */
  lodDistanceFactors?: readonly number[];
  /** Fraction past a switch distance before the level changes, default 0.12. */
  hysteresis?: number;
  /**
   * The last level is a box (an impostor drawn for all models at once) rather than a model file:
   * it is never clamped to a model's files. Default false: every level is a file.
   */
  boxLevel?: boolean;
}

/** What one call looks at; reuse one object (see `createCullView`) and update its fields. */
export interface CullView {
  cameraXM: number;
  cameraYM: number;
  cameraZM: number;
  /**
   * Six planes as (nx, ny, nz, d), 24 numbers, normals pointing inside (three's `Frustum`
   * convention: a point p is inside when n·p + d ≥ 0). See `writeFrustumPlanes`.
   */
  planes: Float64Array;
  /** Instances whose sphere lies farther than this are dropped; `Infinity` for none. */
  maxDistanceM: number;
  /** Multiplies every switch distance (adaptive quality: below 1 coarsens sooner). */
  lodDistanceScale: number;
  /**
   * Per hall (index in `scene.halls`), 0 when its walls hide it from the camera; used only while
   * `hallMaskOn` (see `writeHallMask`). Instances of hidden halls are dropped.
   */
  hallMask: Uint8Array;
  hallMaskOn: boolean;
}

/** Totals of the last call; one object per culler, overwritten by every call. */
export interface CullResult {
  visible: number;
  /** Visible instances per drawn level (after clamping to each model's LOD files). */
  levelCounts: Uint32Array;
  /** Non-empty cells whose box was tested against the frustum. */
  cellsTested: number;
  /** Cells whose instances were tested (their ids are `visitedCells[0 .. cellsVisited)`). */
  cellsVisited: number;
  /** Bounding spheres tested. */
  instancesTested: number;
}

export interface InstanceCuller {
  instances: ExhibitInstances;
  grid: SpatialGrid;
  lodLevels: number;
  /** The box level (`lodLevels − 1`) when `boxLevel` was asked for, else `NO_LEVEL`. */
  boxLevel: number;
  /** Per instance, its level (before clamping to its model's files); 255 until first seen. */
  currentLevel: Uint8Array;
  /**
   * Bucket `model · lodLevels + level` holds `bucketCount[b]` instance indices in
   * `buckets[b]` (a view into `bucketInstances` with capacity `instancesPerModel[model]`).
   */
  buckets: Uint32Array[];
  bucketCount: Uint32Array;
  bucketStart: Uint32Array;
  bucketInstances: Uint32Array;
  /** Cells visited by the last call, for tests and debugging. */
  visitedCells: Uint32Array;
  /** Scratch of `relevelVisible`: the visible instances, one slot per instance. */
  visibleScratch: Uint32Array;
  result: CullResult;
  readonly lodDistanceFactors: Float64Array;
  readonly hysteresis: number;
  readonly maxRadiusM: number;
  /** Scratch: squared switch factors for the current call. */
  readonly upFactorSq: Float64Array;
  readonly downFactorSq: Float64Array;
  readonly enterFactorSq: Float64Array;
}


/** A view to reuse every frame: all six planes zero (everything inside), no draw distance, no hall mask. */
export function createCullView(): CullView {
  return { cameraXM: 0, cameraYM: 0, cameraZM: 0, planes: new Float64Array(24), maxDistanceM: Infinity, lodDistanceScale: 1, hallMask: new Uint8Array(0), hallMaskOn: false };
}

/** Allocates every array the per-frame calls use, sized by the instances of each model. */
export function createInstanceCuller(
  instances: ExhibitInstances,
  grid: SpatialGrid,
  { lodLevels = 3, lodDistanceFactors = [12, 40], hysteresis = 0.12, boxLevel = false }: InstanceCullerOptions = {},
): InstanceCuller {
  if (!Number.isInteger(lodLevels) || lodLevels < 1 || lodLevels > 8) throw new RangeError(`lodLevels must be 1–8, got ${lodLevels}`);
  if (lodDistanceFactors.length < lodLevels - 1) throw new RangeError(`lodDistanceFactors needs ${lodLevels - 1} entries`);
  if (!(hysteresis >= 0 && hysteresis < 1)) throw new RangeError(`hysteresis must be in [0, 1), got ${hysteresis}`);
  for (let i = 1; i < lodLevels - 1; i += 1) {
    if (!((lodDistanceFactors[i] ?? 0) > (lodDistanceFactors[i - 1] ?? 0))) throw new RangeError('lodDistanceFactors must increase');
  }
  const { modelCount, instancesPerModel, count } = instances;
  const bucketTotal = modelCount * lodLevels;
  const bucketStart = new Uint32Array(bucketTotal);
  const bucketInstances = new Uint32Array(count * lodLevels);
  const buckets: Uint32Array[] = [];
  let offset = 0;
  for (let model = 0; model < modelCount; model += 1) {
    const capacity = instancesPerModel[model] ?? 0;
    for (let level = 0; level < lodLevels; level += 1) {
      bucketStart[model * lodLevels + level] = offset;
      buckets.push(bucketInstances.subarray(offset, offset + capacity));
      offset += capacity;
    }
  }
  let maxRadiusM = 0;
  for (let i = 0; i < count; i += 1) maxRadiusM = Math.max(maxRadiusM, instances.radiusM[i] ?? 0);
  return {
    instances,
    grid,
    lodLevels,
    boxLevel: boxLevel ? lodLevels - 1 : NO_LEVEL,
    currentLevel: new Uint8Array(count).fill(NO_LEVEL),
    buckets,
    bucketCount: new Uint32Array(bucketTotal),
    bucketStart,
    bucketInstances,
    visitedCells: new Uint32Array(grid.cellCount),
    visibleScratch: new Uint32Array(count),
    result: { visible: 0, levelCounts: new Uint32Array(lodLevels), cellsTested: 0, cellsVisited: 0, instancesTested: 0 },
    lodDistanceFactors: Float64Array.from(lodDistanceFactors.slice(0, lodLevels - 1)),
    hysteresis,
    maxRadiusM,
    upFactorSq: new Float64Array(Math.max(1, lodLevels - 1)),
    downFactorSq: new Float64Array(Math.max(1, lodLevels - 1)),
    enterFactorSq: new Float64Array(Math.max(1, lodLevels - 1)),
  };
}

/** Forgets every instance's level (after a teleport, say): the next call picks levels afresh. */
export function resetLevels(culler: InstanceCuller): void {
  culler.currentLevel.fill(NO_LEVEL);
}

/** Scratch for the frustum footprint: [minX, minZ, maxX, maxZ]. */
const _footprint = new Float64Array(4);

/**
 * The x/z box of the frustum's corners (the points where three planes meet inside the other
 * three) into `_footprint`; false when the planes bound no finite volume (then the grid's own
 * extent is the limit).
 */
function frustumFootprint(planes: Float64Array): boolean {
  let minX = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxZ = -Infinity;
  let corners = 0;
  for (let a = 0; a < 4; a += 1) {
    for (let b = a + 1; b < 5; b += 1) {
      for (let c = b + 1; c < 6; c += 1) {
        const a0 = planes[a * 4] ?? 0, a1 = planes[a * 4 + 1] ?? 0, a2 = planes[a * 4 + 2] ?? 0, ad = planes[a * 4 + 3] ?? 0;
        const b0 = planes[b * 4] ?? 0, b1 = planes[b * 4 + 1] ?? 0, b2 = planes[b * 4 + 2] ?? 0, bd = planes[b * 4 + 3] ?? 0;
        const c0 = planes[c * 4] ?? 0, c1 = planes[c * 4 + 1] ?? 0, c2 = planes[c * 4 + 2] ?? 0, cd = planes[c * 4 + 3] ?? 0;
        // Cramer's rule on n·p = −d for the three planes.
        const det = a0 * (b1 * c2 - b2 * c1) - a1 * (b0 * c2 - b2 * c0) + a2 * (b0 * c1 - b1 * c0);
        if (Math.abs(det) < 1e-9) continue;
        const x = (-ad * (b1 * c2 - b2 * c1) + a1 * (bd * c2 - b2 * cd) - a2 * (bd * c1 - b1 * cd)) / det;
        const y = (-a0 * (bd * c2 - b2 * cd) + ad * (b0 * c2 - b2 * c0) - a2 * (b0 * cd - bd * c0)) / det;
        const z = (-a0 * (b1 * cd - bd * c1) + a1 * (b0 * cd - bd * c0) - ad * (b0 * c1 - b1 * c0)) / det;
        const tolerance = 1e-6 * (1 + Math.abs(x) + Math.abs(y) + Math.abs(z));
        let inside = true;
        for (let p = 0; p < 6 && inside; p += 1) {
          if (p === a || p === b || p === c) continue;
          if ((planes[p * 4] ?? 0) * x + (planes[p * 4 + 1] ?? 0) * y + (planes[p * 4 + 2] ?? 0) * z + (planes[p * 4 + 3] ?? 0) < -tolerance) inside = false;
        }
        if (!inside) continue;
        corners += 1;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (z < minZ) minZ = z;
        if (z > maxZ) maxZ = z;
      }
    }
  }
  _footprint[0] = minX;
  _footprint[1] = minZ;
  _footprint[2] = maxX;
  _footprint[3] = maxZ;
  // A closed frustum has 8 corners; fewer means an open or degenerate set of planes.
  return corners >= 8;
}

/**
 * Culls and buckets every instance for `view`; returns `culler.result` (the same object every
 * call). Allocates nothing: run it only when the camera (or `view`) changed.
 */
export function cullAndSelect(culler: InstanceCuller, view: CullView): CullResult {
  const { instances, grid, lodLevels, bucketCount, visitedCells, result } = culler;
  const { xM, zM, sphereYM, radiusM } = instances;
  const { cellStart, cellInstances, cellBounds, blockCount, blockHall, blockCellSizeM, blockOriginXM, blockOriginZM, blockColumns, blockRows, blockFirstCell } = grid;
  const planes = view.planes;
  const cx = view.cameraXM;
  const cy = view.cameraYM;
  const cz = view.cameraZM;
  const maxDistanceM = view.maxDistanceM;
  const { hallMask, hallMaskOn } = view;
  const limited = Number.isFinite(maxDistanceM);
  const maxDistanceSq = maxDistanceM * maxDistanceM;
  const boundaries = lodLevels - 1;
  prepareLevels(culler, view.lodDistanceScale);
  bucketCount.fill(0);
  result.levelCounts.fill(0);
  let visible = 0;
  let cellsTested = 0;
  let cellsVisited = 0;
  let instancesTested = 0;

  // Cell range: the frustum's footprint ∩ the draw distance ∩ the grid, widened by the largest
  // radius because a cell's spheres may reach past its square.
  let minX = -Infinity;
  let minZ = -Infinity;
  let maxX = Infinity;
  let maxZ = Infinity;
  if (frustumFootprint(planes)) {
    minX = _footprint[0] ?? minX;
    minZ = _footprint[1] ?? minZ;
    maxX = _footprint[2] ?? maxX;
    maxZ = _footprint[3] ?? maxZ;
  }
  if (limited) {
    minX = Math.max(minX, cx - maxDistanceM);
    minZ = Math.max(minZ, cz - maxDistanceM);
    maxX = Math.min(maxX, cx + maxDistanceM);
    maxZ = Math.min(maxZ, cz + maxDistanceM);
  }
  const reach = culler.maxRadiusM;
  minX -= reach;
  minZ -= reach;
  maxX += reach;
  maxZ += reach;

  const p0x = planes[0] ?? 0, p0y = planes[1] ?? 0, p0z = planes[2] ?? 0, p0d = planes[3] ?? 0;
  const p1x = planes[4] ?? 0, p1y = planes[5] ?? 0, p1z = planes[6] ?? 0, p1d = planes[7] ?? 0;
  const p2x = planes[8] ?? 0, p2y = planes[9] ?? 0, p2z = planes[10] ?? 0, p2d = planes[11] ?? 0;
  const p3x = planes[12] ?? 0, p3y = planes[13] ?? 0, p3z = planes[14] ?? 0, p3d = planes[15] ?? 0;
  const p4x = planes[16] ?? 0, p4y = planes[17] ?? 0, p4z = planes[18] ?? 0, p4d = planes[19] ?? 0;
  const p5x = planes[20] ?? 0, p5y = planes[21] ?? 0, p5z = planes[22] ?? 0, p5d = planes[23] ?? 0;

  // One block per hall: a hall whose walls hide it is skipped whole (its instances are the
  // block's), the others visit their cells in the range.
  for (let block = 0; block < blockCount; block += 1) {
    if (hallMaskOn && hallMask[blockHall[block] ?? 0] === 0) continue;
    const cellSizeM = blockCellSizeM[block] ?? 1;
    const originXM = blockOriginXM[block] ?? 0;
    const originZM = blockOriginZM[block] ?? 0;
    const columns = blockColumns[block] ?? 0;
    const rows = blockRows[block] ?? 0;
    const firstCell = blockFirstCell[block] ?? 0;
    const column0 = Math.max(0, Math.floor((minX - originXM) / cellSizeM));
    const column1 = Math.min(columns - 1, Math.floor((maxX - originXM) / cellSizeM));
    const row0 = Math.max(0, Math.floor((minZ - originZM) / cellSizeM));
    const row1 = Math.min(rows - 1, Math.floor((maxZ - originZM) / cellSizeM));
    for (let row = row0; row <= row1; row += 1) {
      for (let column = column0; column <= column1; column += 1) {
        const cell = firstCell + row * columns + column;
        const first = cellStart[cell] ?? 0;
        const end = cellStart[cell + 1] ?? 0;
        if (first === end) continue;
        cellsTested += 1;
        const b = cell * 6;
        const bx0 = cellBounds[b] ?? 0, by0 = cellBounds[b + 1] ?? 0, bz0 = cellBounds[b + 2] ?? 0;
        const bx1 = cellBounds[b + 3] ?? 0, by1 = cellBounds[b + 4] ?? 0, bz1 = cellBounds[b + 5] ?? 0;
        if (limited) {
          const dx = cx < bx0 ? bx0 - cx : cx > bx1 ? cx - bx1 : 0;
          const dy = cy < by0 ? by0 - cy : cy > by1 ? cy - by1 : 0;
          const dz = cz < bz0 ? bz0 - cz : cz > bz1 ? cz - bz1 : 0;
          if (dx * dx + dy * dy + dz * dz > maxDistanceSq) continue;
        }
        // Box against each plane: its corner farthest along the normal (p-vertex) must be inside;
        // if the nearest corner (n-vertex) is inside every plane too, the whole box is.
        let allInside = true;
        let far = p0x * (p0x > 0 ? bx1 : bx0) + p0y * (p0y > 0 ? by1 : by0) + p0z * (p0z > 0 ? bz1 : bz0) + p0d;
        if (far < 0) continue;
        if (p0x * (p0x > 0 ? bx0 : bx1) + p0y * (p0y > 0 ? by0 : by1) + p0z * (p0z > 0 ? bz0 : bz1) + p0d < 0) allInside = false;
        far = p1x * (p1x > 0 ? bx1 : bx0) + p1y * (p1y > 0 ? by1 : by0) + p1z * (p1z > 0 ? bz1 : bz0) + p1d;
        if (far < 0) continue;
        if (p1x * (p1x > 0 ? bx0 : bx1) + p1y * (p1y > 0 ? by0 : by1) + p1z * (p1z > 0 ? bz0 : bz1) + p1d < 0) allInside = false;
        far = p2x * (p2x > 0 ? bx1 : bx0) + p2y * (p2y > 0 ? by1 : by0) + p2z * (p2z > 0 ? bz1 : bz0) + p2d;
        if (far < 0) continue;
        if (p2x * (p2x > 0 ? bx0 : bx1) + p2y * (p2y > 0 ? by0 : by1) + p2z * (p2z > 0 ? bz0 : bz1) + p2d < 0) allInside = false;
        far = p3x * (p3x > 0 ? bx1 : bx0) + p3y * (p3y > 0 ? by1 : by0) + p3z * (p3z > 0 ? bz1 : bz0) + p3d;
        if (far < 0) continue;
        if (p3x * (p3x > 0 ? bx0 : bx1) + p3y * (p3y > 0 ? by0 : by1) + p3z * (p3z > 0 ? bz0 : bz1) + p3d < 0) allInside = false;
        far = p4x * (p4x > 0 ? bx1 : bx0) + p4y * (p4y > 0 ? by1 : by0) + p4z * (p4z > 0 ? bz1 : bz0) + p4d;
        if (far < 0) continue;
        if (p4x * (p4x > 0 ? bx0 : bx1) + p4y * (p4y > 0 ? by0 : by1) + p4z * (p4z > 0 ? bz0 : bz1) + p4d < 0) allInside = false;
        far = p5x * (p5x > 0 ? bx1 : bx0) + p5y * (p5y > 0 ? by1 : by0) + p5z * (p5z > 0 ? bz1 : bz0) + p5d;
        if (far < 0) continue;
        if (p5x * (p5x > 0 ? bx0 : bx1) + p5y * (p5y > 0 ? by0 : by1) + p5z * (p5z > 0 ? bz0 : bz1) + p5d < 0) allInside = false;

        visitedCells[cellsVisited] = cell;
        cellsVisited += 1;
        instancesTested += end - first;
        for (let k = first; k < end; k += 1) {
          const i = cellInstances[k] ?? 0;
          const x = xM[i] ?? 0;
          const y = sphereYM[i] ?? 0;
          const z = zM[i] ?? 0;
          const r = radiusM[i] ?? 0;
          if (!allInside) {
            const nr = -r;
            if (p0x * x + p0y * y + p0z * z + p0d < nr) continue;
            if (p1x * x + p1y * y + p1z * z + p1d < nr) continue;
            if (p2x * x + p2y * y + p2z * z + p2d < nr) continue;
            if (p3x * x + p3y * y + p3z * z + p3d < nr) continue;
            if (p4x * x + p4y * y + p4z * z + p4d < nr) continue;
            if (p5x * x + p5y * y + p5z * z + p5d < nr) continue;
          }
          const dx = x - cx;
          const dy = y - cy;
          const dz = z - cz;
          const distanceSq = dx * dx + dy * dy + dz * dz;
          if (limited && distanceSq > (maxDistanceM + r) * (maxDistanceM + r)) continue;

          levelAndBucket(culler, i, distanceSq, r * r, boundaries);
          visible += 1;
        }
      }
    }
  }
  result.visible = visible;
  result.cellsTested = cellsTested;
  result.cellsVisited = cellsVisited;
  result.instancesTested = instancesTested;
  return result;
}
