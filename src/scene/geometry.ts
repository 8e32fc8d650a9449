/**
 * Floor-plan geometry: rectangles that may be turned (booths) on a hall floor, with x east and
 * z south. Overlap is measured with the separating-axis test, whose smallest penetration along the
 * four edge normals is how far one booth would have to move to clear the other: the "by 0.4 m"
 * a curator reads.
 */

export interface FloorRect {
  /** Centre, metres in the hall frame. */
  cx: number;
  cz: number;
  /** Half extents along the rectangle's own axes. */
  halfWidth: number;
  halfDepth: number;
  /** Turn in radians, counter-clockwise seen from above (same sense as three's rotation.y). */
  yawRad: number;
}

export interface Aabb {
  minX: number;
  minZ: number;
  maxX: number;
  maxZ: number;
}

/** Overlaps smaller than this (1 mm) count as touching: booths share walls. */
export const TOUCH_TOLERANCE_M = 1e-3;

export function degToRad(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Rotation of a local [x, z] offset by `yawRad`, matching three's `rotation.y`. */
export function rotateOffset(x: number, z: number, yawRad: number): [number, number] {
  const cos = Math.cos(yawRad);
  const sin = Math.sin(yawRad);
  return [x * cos + z * sin, -x * sin + z * cos];
}

export function aabbOf(rect: FloorRect): Aabb {
  const cos = Math.abs(Math.cos(rect.yawRad));
  const sin = Math.abs(Math.sin(rect.yawRad));
  const extentX = rect.halfWidth * cos + rect.halfDepth * sin;
  const extentZ = rect.halfWidth * sin + rect.halfDepth * cos;
  return { minX: rect.cx - extentX, minZ: rect.cz - extentZ, maxX: rect.cx + extentX, maxZ: rect.cz + extentZ };
}

/**
 * How deep two rectangles overlap: the smallest push along any separating axis candidate that
 * would part them; 0 when they are apart or only touch.
 */
export function overlapDepth(a: FloorRect, b: FloorRect): number {
  let smallest = Infinity;
  for (const rect of [a, b]) {
    for (const yaw of [rect.yawRad, rect.yawRad + Math.PI / 2]) {
      // Axis in floor coordinates: the rectangle's local x axis turned by `yaw`.
      const axisX = Math.cos(yaw);
      const axisZ = -Math.sin(yaw);
      const [minA, maxA] = project(a, axisX, axisZ);
      const [minB, maxB] = project(b, axisX, axisZ);
      const depth = Math.min(maxA, maxB) - Math.max(minA, minB);
      if (depth <= TOUCH_TOLERANCE_M) return 0;
      if (depth < smallest) smallest = depth;
    }
  }
  return smallest;
}

function project(rect: FloorRect, axisX: number, axisZ: number): [number, number] {
  const centre = rect.cx * axisX + rect.cz * axisZ;
  // Half extent of the rectangle along the axis: sum of its half axes projected.
  const cos = Math.cos(rect.yawRad);
  const sin = Math.sin(rect.yawRad);
  const ownX = Math.abs(cos * axisX - sin * axisZ) * rect.halfWidth;
  const ownZ = Math.abs(sin * axisX + cos * axisZ) * rect.halfDepth;
  const extent = ownX + ownZ;
  return [centre - extent, centre + extent];
}

/** How far the rectangle reaches beyond the box (0 when inside). */
export function protrusionBeyond(rect: FloorRect, box: Aabb): number {
  // The rectangle's bounding box reaches exactly as far as its farthest corner on each side.
  const reach = aabbOf(rect);
  const worst = Math.max(box.minX - reach.minX, reach.maxX - box.maxX, box.minZ - reach.minZ, reach.maxZ - box.maxZ);
  return worst > TOUCH_TOLERANCE_M ? worst : 0;
}

/** Overlap depth of two axis-aligned boxes: the smaller of the x and z overlaps, 0 when apart. */
export function aabbOverlapDepth(a: Aabb, b: Aabb): number {
  const x = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
  const z = Math.min(a.maxZ, b.maxZ) - Math.max(a.minZ, b.minZ);
  const depth = Math.min(x, z);
  return depth > TOUCH_TOLERANCE_M ? depth : 0;
}

export function pointInAabb(x: number, z: number, box: Aabb, tolerance = TOUCH_TOLERANCE_M): boolean {
  return x >= box.minX - tolerance && x <= box.maxX + tolerance && z >= box.minZ - tolerance && z <= box.maxZ + tolerance;
}

/** Whether a point lies inside a turned rectangle. */
export function pointInRect(x: number, z: number, rect: FloorRect, tolerance = TOUCH_TOLERANCE_M): boolean {
  const [lx, lz] = rotateOffset(x - rect.cx, z - rect.cz, -rect.yawRad);
  return Math.abs(lx) <= rect.halfWidth + tolerance && Math.abs(lz) <= rect.halfDepth + tolerance;
}

/** "0.4 m", "12 m", "1.25 m": at most two decimals, no trailing zeros. */
export function formatMetres(value: number): string {
  return `${Number(value.toFixed(2))} m`;
}
