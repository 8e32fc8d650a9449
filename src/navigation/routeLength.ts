/** Lengths of walks along waypoints, for route speeds and the door graph's edges. */

/** The length of a walk through `waypoints` ([x0, z0, x1, z1, …]), from (fromX, fromZ) when given, metres. */
export function routeLengthM(waypoints: readonly number[], fromXM = waypoints[0] ?? 0, fromZM = waypoints[1] ?? 0): number {
  let length = 0;
  let x = fromXM;
  let z = fromZM;
  for (let k = 0; k + 1 < waypoints.length; k += 2) {
    const nextX = waypoints[k] ?? x;
    const nextZ = waypoints[k + 1] ?? z;
    length += Math.hypot(nextX - x, nextZ - z);
    x = nextX;
    z = nextZ;
  }
  return length;
}
