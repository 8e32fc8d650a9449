/**
 * Which obstacles are near a point, per frame and without allocating: the walking visitor collides
 * with the few rectangles around it, not the hundred thousand of a large expo. A uniform grid of
 * buckets lists, for each bucket, the obstacles overlapping it (in one flat array, offsets per
 * bucket); a query stamps each obstacle it visits so one spanning several buckets is copied once.
 */
import type { Obstacles } from './walk';

/** Copies the obstacles within `reachM` of (x, z) into `out`; returns how many numbers it wrote. */
export type NearbyObstacles = (xM: number, zM: number, reachM: number, out: Float64Array) => number;

/** More buckets than this and the bucket size grows: a huge, sparse site must not eat memory. */
const MAX_BUCKETS = 1 << 22;

export function createObstacleBuckets(obstacles: Obstacles, bucketM = 8): NearbyObstacles {
  const count = Math.floor(obstacles.length / 4);
  if (count === 0) return () => 0;
  let minX = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxZ = -Infinity;
  for (let b = 0; b < count * 4; b += 4) {
    minX = Math.min(minX, obstacles[b] ?? 0);
    minZ = Math.min(minZ, obstacles[b + 1] ?? 0);
    maxX = Math.max(maxX, obstacles[b + 2] ?? 0);
    maxZ = Math.max(maxZ, obstacles[b + 3] ?? 0);
  }
  let size = bucketM;
  while (Math.ceil((maxX - minX) / size + 1) * Math.ceil((maxZ - minZ) / size + 1) > MAX_BUCKETS) size *= 2;
  const columns = Math.floor((maxX - minX) / size) + 1;
  const rows = Math.floor((maxZ - minZ) / size) + 1;
  const column = (x: number): number => Math.min(columns - 1, Math.max(0, Math.floor((x - minX) / size)));
  const row = (z: number): number => Math.min(rows - 1, Math.max(0, Math.floor((z - minZ) / size)));

  // Two passes: count per bucket, then fill; `starts[k]` … `starts[k + 1]` are bucket k's items.
  const starts = new Int32Array(columns * rows + 1);
  const forEachBucket = (index: number, visit: (bucket: number) => void): void => {
    const b = index * 4;
    const c1 = column(obstacles[b + 2] ?? 0);
    const r1 = row(obstacles[b + 3] ?? 0);
    for (let r = row(obstacles[b + 1] ?? 0); r <= r1; r += 1) {
      for (let c = column(obstacles[b] ?? 0); c <= c1; c += 1) visit(r * columns + c);
    }
  };
  for (let index = 0; index < count; index += 1) forEachBucket(index, (bucket) => (starts[bucket + 1] = (starts[bucket + 1] ?? 0) + 1));
  for (let k = 1; k < starts.length; k += 1) starts[k] = (starts[k] ?? 0) + (starts[k - 1] ?? 0);
  const items = new Int32Array(starts[starts.length - 1] ?? 0);
  const filled = starts.slice(0, -1);
  for (let index = 0; index < count; index += 1) {
    forEachBucket(index, (bucket) => {
      const at = filled[bucket] ?? 0;
      items[at] = index;
      filled[bucket] = at + 1;
    });
  }

  const stamps = new Uint32Array(count);
  let stamp = 0;
  return (xM, zM, reachM, out) => {
    // Written so that NaN fails the test and returns nothing.
    if (!(reachM >= 0) || !(xM + reachM >= minX && xM - reachM <= maxX && zM + reachM >= minZ && zM - reachM <= maxZ)) return 0;
    stamp += 1;
    if (stamp === 0xffffffff) {
      stamps.fill(0);
      stamp = 1;
    }
    const reach2 = reachM * reachM;
    const c1 = column(xM + reachM);
    const r1 = row(zM + reachM);
    let written = 0;
    for (let r = row(zM - reachM); r <= r1; r += 1) {
      for (let c = column(xM - reachM); c <= c1; c += 1) {
        const bucket = r * columns + c;
        const last = starts[bucket + 1] ?? 0;
        for (let k = starts[bucket] ?? 0; k < last; k += 1) {
          const index = items[k] ?? 0;
          if (stamps[index] === stamp) continue;
          stamps[index] = stamp;
          const b = index * 4;
          const x0 = obstacles[b] ?? 0;
          const z0 = obstacles[b + 1] ?? 0;
          const x1 = obstacles[b + 2] ?? 0;
          const z1 = obstacles[b + 3] ?? 0;
          // Distance from the point to the rectangle (0 inside it).
          const dx = Math.max(x0 - xM, 0, xM - x1);
          const dz = Math.max(z0 - zM, 0, zM - z1);
          if (dx * dx + dz * dz > reach2) continue;
          if (written + 4 > out.length) return written;
          out[written] = x0;
          out[written + 1] = z0;
          out[written + 2] = x1;
          out[written + 3] = z1;
          written += 4;
        }
      }
    }
    return written;
  };
}
