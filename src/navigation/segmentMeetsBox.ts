/**
 * Whether a line segment on the floor touches an axis-aligned rectangle: the one geometric test
 * behind sight lines (viewpoints) and door crossings (the route finder). Pure, allocates nothing.
 */

/** Slab test: the part of the segment inside both the x and the z extent of the box is not empty. */
export function segmentMeetsBox(x0: number, z0: number, x1: number, z1: number, minX: number, minZ: number, maxX: number, maxZ: number): boolean {
  let from = 0;
  let to = 1;
  const dx = x1 - x0;
  if (dx === 0) {
    if (x0 < minX || x0 > maxX) return false;
  } else {
    const a = (minX - x0) / dx;
    const b = (maxX - x0) / dx;
    from = Math.max(from, Math.min(a, b));
    to = Math.min(to, Math.max(a, b));
    if (from > to) return false;
  }
  const dz = z1 - z0;
  if (dz === 0) return z0 >= minZ && z0 <= maxZ;
  const a = (minZ - z0) / dz;
  const b = (maxZ - z0) / dz;
  from = Math.max(from, Math.min(a, b));
  to = Math.min(to, Math.max(a, b));
  return from <= to;
}
