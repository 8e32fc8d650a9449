/**
 * Level of detail per visible instance: the switch distances for a scale, the level-and-bucket
 * step `cullAndSelect` runs for each instance it keeps, and `relevelVisible`, the same step over
 * the instances already found visible (what the triangle budget needs: new distances, same view).
 */
import type { CullResult, CullView, InstanceCuller } from './cullAndSelect';

/** Marks an instance not yet given a level: its first level is chosen without hysteresis. */
export const NO_LEVEL = 255;

/** Squared switch factors (entering, going up, coming down) for `lodDistanceScale`, into the culler's scratch. */
export function prepareLevels(culler: InstanceCuller, lodDistanceScale: number): void {
  const { upFactorSq, downFactorSq, enterFactorSq, lodDistanceFactors, hysteresis } = culler;
  for (let i = 0; i < culler.lodLevels - 1; i += 1) {
    const factor = (lodDistanceFactors[i] ?? 0) * lodDistanceScale;
    enterFactorSq[i] = factor * factor;
    upFactorSq[i] = factor * factor * (1 + hysteresis) * (1 + hysteresis);
    downFactorSq[i] = factor * factor * (1 - hysteresis) * (1 - hysteresis);
  }
}

/**
 * Picks instance `i`'s level from its squared distance (with hysteresis from its current level)
 * and appends it to its (model, drawn level) bucket. Small enough for V8 to inline in the loops.
 */
export function levelAndBucket(culler: InstanceCuller, i: number, distanceSq: number, radiusSq: number, boundaries: number): void {
  const { currentLevel, upFactorSq, downFactorSq, enterFactorSq, boxLevel, lodLevels, bucketCount, bucketStart, bucketInstances, result } = culler;
  let level = currentLevel[i] ?? NO_LEVEL;
  if (level === NO_LEVEL) {
    level = 0;
    while (level < boundaries && distanceSq >= (enterFactorSq[level] ?? 0) * radiusSq) level += 1;
  } else {
    while (level < boundaries && distanceSq >= (upFactorSq[level] ?? 0) * radiusSq) level += 1;
    while (level > 0 && distanceSq < (downFactorSq[level - 1] ?? 0) * radiusSq) level -= 1;
  }
  currentLevel[i] = level;
  const model = culler.instances.modelIndex[i] ?? 0;
  const lastFile = (culler.instances.lodCountByModel[model] ?? 1) - 1;
  const drawn = level < lastFile || level === boxLevel ? level : lastFile;
  const bucket = model * lodLevels + drawn;
  const filled = bucketCount[bucket] ?? 0;
  bucketInstances[(bucketStart[bucket] ?? 0) + filled] = i;
  bucketCount[bucket] = filled + 1;
  result.levelCounts[drawn] = (result.levelCounts[drawn] ?? 0) + 1;
}

/**
 * Picks levels again for the instances the last `cullAndSelect` found visible, with switch
 * distances scaled by `lodDistanceScale` (from the same camera): what the triangle budget needs,
 * without testing the frustum and the grid again. Allocates nothing.
 */
export function relevelVisible(culler: InstanceCuller, view: CullView, lodDistanceScale: number): CullResult {
  const { bucketCount, bucketStart, bucketInstances, visibleScratch, result, lodLevels } = culler;
  const { xM, zM, sphereYM, radiusM } = culler.instances;
  let n = 0;
  for (let bucket = 0; bucket < bucketCount.length; bucket += 1) {
    const start = bucketStart[bucket] ?? 0;
    const end = start + (bucketCount[bucket] ?? 0);
    for (let k = start; k < end; k += 1) {
      visibleScratch[n] = bucketInstances[k] ?? 0;
      n += 1;
    }
  }
  prepareLevels(culler, lodDistanceScale);
  bucketCount.fill(0);
  result.levelCounts.fill(0);
  const boundaries = lodLevels - 1;
  for (let k = 0; k < n; k += 1) {
    const i = visibleScratch[k] ?? 0;
    const dx = (xM[i] ?? 0) - view.cameraXM;
    const dy = (sphereYM[i] ?? 0) - view.cameraYM;
    const dz = (zM[i] ?? 0) - view.cameraZM;
    const r = radiusM[i] ?? 0;
    levelAndBucket(culler, i, dx * dx + dy * dy + dz * dz, r * r, boundaries);
  }
  return result;
}
