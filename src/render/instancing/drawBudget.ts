/**
 * Keeps every frame within a draw-call and a triangle budget, whatever the pose: after
 * `cullAndSelect` has bucketed the visible instances by (model, level), this
 *
 * 1. counts the frame's triangles (instances × the triangles of the file each bucket draws) and,
 *    over budget, picks the visible instances' levels again with the LOD switch distances
 *    shortened (`budgetScale`, kept between frames and eased back towards 1 when there is room),
 *    so the farthest instances coarsen first (`relevelVisible`: no second frustum test);
 * 2. counts the buckets that cost a draw call and, over budget, empties the smallest ones into
 *    another level of the same model: first the middle and far levels (into the finer neighbour
 *    when the triangle budget allows, else the coarser), the nearest level only as a last resort.
 *
 * Why: at 10k exhibits on 100 models an eye-level pose in a dense hall sees up to ~220 non-empty
 * (model, level) buckets and ~450k triangles at full detail (bench/results); a tablet GPU wants at
 * most ~150 draw calls. The merges move a few instances by one level each, which is invisible next
 * to a frame that overran. Levels kept per instance (`currentLevel`) are not touched, so hysteresis
 * still works from each instance's own level.
 *
 * Allocation-free after `createDrawBudget`.
 */
import { cullAndSelect, type CullResult, type CullView, type InstanceCuller } from './cullAndSelect';
import { relevelVisible } from './selectLevels';

export interface DrawBudgetOptions {
  /** Non-empty drawable buckets allowed per frame (one draw call each). */
  maxDrawCalls: number;
  /** Exhibit triangles allowed per frame. */
  maxTriangles: number;
}

export interface DrawBudget extends DrawBudgetOptions {
  /**
   * Per bucket (`model · lodLevels + level`): triangles of one instance as drawn, or −1 while the
   * bucket has no mesh (its instances are drawn elsewhere, e.g. as placeholder boxes, and cost
   * neither a draw call nor a merge). The batches set these as model files arrive.
   */
  trianglesPerInstance: Float64Array;
  /**
   * Per bucket: 1 when it is drawn together with the other such buckets by one shared mesh (the
   * box level of every model): all of them together cost one draw call, and none is merged away.
   */
  sharedDraw: Uint8Array;
  /** Multiplier of the LOD switch distances the triangle budget imposes; 1 when it does not bind. */
  budgetScale: number;
  /** Drawable non-empty buckets and their triangles after the last `cullWithinBudget`. */
  drawCalls: number;
  triangles: number;
  /** Extra levelling passes the triangle budget asked for in the last call, and buckets merged. */
  reculls: number;
  merges: number;
  /** Scratch: sort keys, one per bucket. */
  readonly keys: Float64Array;
}

/** Shortening of the switch distances per extra levelling pass, and the most such passes in one frame. */
const SHRINK = 0.7;
const MAX_RECULLS = 4;
/** Below this fraction of the triangle budget the scale eases back towards 1, by `GROW` a frame. */
const ROOM = 0.7;
const GROW = 1.15;
/** Bucket indices stay below 2^20 in a sort key `count · 2^20 + bucket`. */
const KEY_SHIFT = 1_048_576;

export function createDrawBudget(culler: InstanceCuller, options: DrawBudgetOptions): DrawBudget {
  const buckets = culler.bucketCount.length;
  if (buckets >= KEY_SHIFT) throw new RangeError(`too many (model, level) buckets: ${buckets}`);
  return {
    ...options,
    trianglesPerInstance: new Float64Array(buckets).fill(-1),
    sharedDraw: new Uint8Array(buckets),
    budgetScale: 1,
    drawCalls: 0,
    triangles: 0,
    reculls: 0,
    merges: 0,
    keys: new Float64Array(buckets),
  };
}

/** Triangles of the current buckets (drawable ones only). */
export function countTriangles(culler: InstanceCuller, budget: DrawBudget): number {
  const { bucketCount } = culler;
  const { trianglesPerInstance } = budget;
  let total = 0;
  for (let bucket = 0; bucket < bucketCount.length; bucket += 1) {
    const triangles = trianglesPerInstance[bucket] ?? -1;
    if (triangles > 0) total += (bucketCount[bucket] ?? 0) * triangles;
  }
  return total;
}

function countDrawCalls(culler: InstanceCuller, budget: DrawBudget): number {
  const { bucketCount } = culler;
  const { trianglesPerInstance, sharedDraw } = budget;
  let calls = 0;
  let shared = 0;
  for (let bucket = 0; bucket < bucketCount.length; bucket += 1) {
    if ((bucketCount[bucket] ?? 0) === 0 || (trianglesPerInstance[bucket] ?? -1) < 0) continue;
    if (sharedDraw[bucket] === 1) shared = 1;
    else calls += 1;
  }
  return calls + shared;
}

/** The nearest drawable non-empty level of `model` in `step` direction from `level`, or −1. */
function neighbour(culler: InstanceCuller, budget: DrawBudget, model: number, level: number, step: 1 | -1): number {
  const { lodLevels, bucketCount } = culler;
  for (let other = level + step; other >= 0 && other < lodLevels; other += step) {
    const bucket = model * lodLevels + other;
    if ((bucketCount[bucket] ?? 0) > 0 && (budget.trianglesPerInstance[bucket] ?? -1) >= 0) return other;
  }
  return -1;
}

/** Appends bucket `from`'s instances to bucket `to` (same model, so `to` has room) and empties `from`. */
function moveBucket(culler: InstanceCuller, result: CullResult, from: number, to: number): void {
  const { bucketCount, bucketStart, bucketInstances, lodLevels } = culler;
  const count = bucketCount[from] ?? 0;
  const source = bucketStart[from] ?? 0;
  const target = (bucketStart[to] ?? 0) + (bucketCount[to] ?? 0);
  bucketInstances.copyWithin(target, source, source + count);
  bucketCount[to] = (bucketCount[to] ?? 0) + count;
  bucketCount[from] = 0;
  const fromLevel = from % lodLevels;
  const toLevel = to % lodLevels;
  result.levelCounts[fromLevel] = (result.levelCounts[fromLevel] ?? 0) - count;
  result.levelCounts[toLevel] = (result.levelCounts[toLevel] ?? 0) + count;
}

/** Empties the smallest buckets into sibling levels until at most `maxDrawCalls` remain. */
function mergeBuckets(culler: InstanceCuller, budget: DrawBudget, result: CullResult): void {
  const { bucketCount, lodLevels } = culler;
  const { trianglesPerInstance, sharedDraw, keys, maxDrawCalls, maxTriangles } = budget;
  for (let bucket = 0; bucket < bucketCount.length; bucket += 1) {
    const count = bucketCount[bucket] ?? 0;
    // Buckets that cost no draw call of their own sort last and end the walk.
    keys[bucket] = count > 0 && (trianglesPerInstance[bucket] ?? -1) >= 0 && sharedDraw[bucket] === 0 ? count * KEY_SHIFT + bucket : Infinity;
  }
  // Smallest first; a typed-array sort is numeric and in place (no `subarray` view to allocate).
  keys.sort();
  for (let pass = 0; pass < 2 && budget.drawCalls > maxDrawCalls; pass += 1) {
    for (let k = 0; k < keys.length && budget.drawCalls > maxDrawCalls; k += 1) {
      const key = keys[k] ?? Infinity;
      if (key === Infinity) break;
      const bucket = key % KEY_SHIFT;
      const level = bucket % lodLevels;
      // First pass spares the nearest level: coarsening what is right in front of the visitor shows.
      if (pass === 0 && level === 0) continue;
      const count = bucketCount[bucket] ?? 0;
      if (count === 0) continue;
      const model = (bucket - level) / lodLevels;
      const finer = neighbour(culler, budget, model, level, -1);
      const coarser = neighbour(culler, budget, model, level, 1);
      if (finer < 0 && coarser < 0) continue;
      const own = trianglesPerInstance[bucket] ?? 0;
      const finerExtra = finer < 0 ? Infinity : count * ((trianglesPerInstance[model * lodLevels + finer] ?? 0) - own);
      const toLevel = finer >= 0 && (coarser < 0 || budget.triangles + finerExtra <= maxTriangles) ? finer : coarser;
      const to = model * lodLevels + toLevel;
      budget.triangles += count * ((trianglesPerInstance[to] ?? 0) - own);
      moveBucket(culler, result, bucket, to);
      budget.drawCalls -= 1;
      budget.merges += 1;
    }
  }
}

/**
 * `cullAndSelect` within the budget: returns the culler's result with its buckets (and
 * `levelCounts`) as they will be drawn. `view.lodDistanceScale` (the quality setting) is
 * multiplied by the budget's own scale for the call and restored.
 */
export function cullWithinBudget(culler: InstanceCuller, view: CullView, budget: DrawBudget): CullResult {
  const qualityScale = view.lodDistanceScale;
  budget.reculls = 0;
  budget.merges = 0;
  view.lodDistanceScale = qualityScale * budget.budgetScale;
  let result = cullAndSelect(culler, view);
  let triangles = countTriangles(culler, budget);
  while (triangles > budget.maxTriangles && budget.reculls < MAX_RECULLS) {
    budget.budgetScale *= SHRINK;
    budget.reculls += 1;
    // The same instances are in view: only their levels change, no second frustum test.
    result = relevelVisible(culler, view, qualityScale * budget.budgetScale);
    triangles = countTriangles(culler, budget);
  }
  if (budget.reculls === 0 && triangles < budget.maxTriangles * ROOM) budget.budgetScale = Math.min(1, budget.budgetScale * GROW);
  view.lodDistanceScale = qualityScale;
  budget.triangles = triangles;
  budget.drawCalls = countDrawCalls(culler, budget);
  if (budget.drawCalls > budget.maxDrawCalls) mergeBuckets(culler, budget, result);
  return result;
}
