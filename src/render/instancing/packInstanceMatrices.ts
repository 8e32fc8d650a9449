/**
 * Writes the placement matrix of every instance in the culler's buckets into that bucket's matrix
 * array, slots 0 .. count − 1: column-major 4×4 of translation × yaw about y × uniform scale, the
 * layout of `InstancedMesh.instanceMatrix`. Allocates nothing.
 *
 * The rotation-scale terms come precomputed (`cosScale`, `sinScale`), so an instance costs 16
 * stores and no trigonometry; writing all 16 (not only the 8 that vary) keeps the arrays right
 * even if a caller reuses one that held other matrices. At 100k instances, ~60k visible at the
 * widest bench pose, packing costs about as much as culling (bench/results/cull.json): upload
 * only when the camera moved.
 */
import type { InstanceCuller } from './cullAndSelect';

/**
 * One Float32Array per bucket (`model · lodLevels + level`), each with room for all of the
 * model's instances (`instancesPerModel[model] × 16`): hand each to its mesh as the array of an
 * `InstancedBufferAttribute(array, 16)`. Called once at build time.
 */
export function createInstanceMatrixArrays(culler: InstanceCuller): Float32Array[] {
  const arrays: Float32Array[] = [];
  const { modelCount, instancesPerModel } = culler.instances;
  for (let model = 0; model < modelCount; model += 1) {
    const capacity = instancesPerModel[model] ?? 0;
    for (let level = 0; level < culler.lodLevels; level += 1) arrays.push(new Float32Array(capacity * 16));
  }
  return arrays;
}

/**
 * Packs the matrices of the last `cullAndSelect` call into `targets` (one array per bucket, as
 * made by `createInstanceMatrixArrays`), skipping buckets whose `changed` flag is 0 (see
 * `markChangedBuckets`). Returns the number of matrices written.
 */
export function packInstanceMatrices(culler: InstanceCuller, targets: readonly Float32Array[], changed?: Uint8Array): number {
  const { bucketCount, bucketStart, bucketInstances } = culler;
  const { xM, yM, zM, cosScale, sinScale, scale } = culler.instances;
  let written = 0;
  for (let bucket = 0; bucket < bucketCount.length; bucket += 1) {
    const count = bucketCount[bucket] ?? 0;
    // A bucket holding the same instances as last frame already holds their matrices.
    if (count === 0 || changed?.[bucket] === 0) continue;
    const target = targets[bucket];
    if (!target || target.length < count * 16) throw new RangeError(`matrix array of bucket ${bucket} holds fewer than ${count} matrices`);
    const start = bucketStart[bucket] ?? 0;
    for (let slot = 0; slot < count; slot += 1) {
      const i = bucketInstances[start + slot] ?? 0;
      const c = cosScale[i] ?? 0;
      const s = sinScale[i] ?? 0;
      const o = slot * 16;
      // R_y(yaw) · scale, columns: (c, 0, −s), (0, scale, 0), (s, 0, c); then the translation.
      target[o] = c;
      target[o + 1] = 0;
      target[o + 2] = -s;
      target[o + 3] = 0;
      target[o + 4] = 0;
      target[o + 5] = scale[i] ?? 0;
      target[o + 6] = 0;
      target[o + 7] = 0;
      target[o + 8] = s;
      target[o + 9] = 0;
      target[o + 10] = c;
      target[o + 11] = 0;
      target[o + 12] = xM[i] ?? 0;
      target[o + 13] = yM[i] ?? 0;
      target[o + 14] = zM[i] ?? 0;
      target[o + 15] = 1;
    }
    written += count;
  }
  return written;
}
