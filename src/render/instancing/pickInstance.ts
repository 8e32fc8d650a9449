/**
 * Which drawn exhibit a ray hits first: the picking of clicks, taps and hover. Only instances the
 * last cull put in a bucket (what is on screen) are tested, each first against its bounding sphere
 * and then exactly against its box (the placeholder box: the model's size, turned and scaled like
 * the exhibit). No per-frame work, no three.js raycast over every instance: a pick costs one pass
 * over the visible instances, run on pointer events only.
 *
 * Booth walls and hall walls do not block the ray: an exhibit behind a wall can be picked if it
 * is drawn (hall walls mostly hide other halls' exhibits from the cull already).
 */
import type { InstanceCuller } from './cullAndSelect';

/** A ray: origin and unit direction, world metres. */
export interface PickRay {
  ox: number;
  oy: number;
  oz: number;
  dx: number;
  dy: number;
  dz: number;
}

/**
 * Distance along `ray` to the unit box [−½, ½]³ under `matrix` (16 floats at `offset`: the box's
 * placement, columns = axes × size, orthogonal), or Infinity when it misses or the box is flat.
 */
export function rayBoxDistance(ray: PickRay, matrix: Float32Array, offset: number): number {
  let near = 0;
  let far = Infinity;
  const tx = matrix[offset + 12] ?? 0;
  const ty = matrix[offset + 13] ?? 0;
  const tz = matrix[offset + 14] ?? 0;
  const px = ray.ox - tx;
  const py = ray.oy - ty;
  const pz = ray.oz - tz;
  for (let axis = 0; axis < 3; axis += 1) {
    const ax = matrix[offset + axis * 4] ?? 0;
    const ay = matrix[offset + axis * 4 + 1] ?? 0;
    const az = matrix[offset + axis * 4 + 2] ?? 0;
    const lengthSq = ax * ax + ay * ay + az * az;
    if (lengthSq === 0) return Infinity;
    // Local coordinate along this axis: projection onto the axis over its squared length.
    const origin = (px * ax + py * ay + pz * az) / lengthSq;
    const direction = (ray.dx * ax + ray.dy * ay + ray.dz * az) / lengthSq;
    if (Math.abs(direction) < 1e-12) {
      if (origin < -0.5 || origin > 0.5) return Infinity;
      continue;
    }
    let t0 = (-0.5 - origin) / direction;
    let t1 = (0.5 - origin) / direction;
    if (t0 > t1) {
      const swap = t0;
      t0 = t1;
      t1 = swap;
    }
    if (t0 > near) near = t0;
    if (t1 < far) far = t1;
    if (near > far) return Infinity;
  }
  return near;
}

/**
 * The instance whose box `ray` hits first among those in the culler's buckets, or −1. `boxes`
 * holds every instance's box matrix (16 floats per instance, as `BoxSources.matrices`).
 */
export function pickInstance(culler: InstanceCuller, boxes: Float32Array, ray: PickRay): number {
  const { bucketCount, bucketStart, bucketInstances, instances } = culler;
  const { xM, sphereYM, zM, radiusM } = instances;
  let best = -1;
  let bestDistance = Infinity;
  for (let bucket = 0; bucket < bucketCount.length; bucket += 1) {
    const start = bucketStart[bucket] ?? 0;
    const end = start + (bucketCount[bucket] ?? 0);
    for (let k = start; k < end; k += 1) {
      const i = bucketInstances[k] ?? 0;
      // Sphere first: the distance from the centre to the ray's line, if ahead of the origin.
      const cx = (xM[i] ?? 0) - ray.ox;
      const cy = (sphereYM[i] ?? 0) - ray.oy;
      const cz = (zM[i] ?? 0) - ray.oz;
      const along = cx * ray.dx + cy * ray.dy + cz * ray.dz;
      const r = radiusM[i] ?? 0;
      if (along < -r) continue;
      const offSq = cx * cx + cy * cy + cz * cz - along * along;
      if (offSq > r * r || along - r > bestDistance) continue;
      const distance = rayBoxDistance(ray, boxes, i * 16);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
  }
  return best;
}
