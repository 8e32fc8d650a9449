/** Copies a three `Frustum` into the flat plane array `cullAndSelect` reads, without allocating. */
import type { Frustum } from 'three';

/**
 * Writes the six planes of `frustum` as (nx, ny, nz, d) into `out` (24 numbers) and returns it.
 * Fill the frustum first, e.g. from `camera.projectionMatrix × camera.matrixWorldInverse` with a
 * module-level scratch `Matrix4`.
 */
export function writeFrustumPlanes(frustum: Frustum, out: Float64Array): Float64Array {
  for (let index = 0; index < 6; index += 1) {
    const plane = frustum.planes[index];
    if (!plane) continue;
    out[index * 4] = plane.normal.x;
    out[index * 4 + 1] = plane.normal.y;
    out[index * 4 + 2] = plane.normal.z;
    out[index * 4 + 3] = plane.constant;
  }
  return out;
}
