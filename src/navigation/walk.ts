/**
 * The walking integrator: where a visitor is after `dtMs` of holding keys or a joystick, sliding
 * along walls and booth counters instead of stopping dead. Pure: no three, no DOM, no clock (the
 * caller passes the frame's duration), so it is frame-rate independent and tested in Node.
 *
 * Collision: the visitor is a circle on the floor plan; obstacles are axis-aligned rectangles.
 * The move is applied one axis at a time and each axis is pushed back out of any rectangle it
 * entered, which is what makes a diagonal walk into a wall slide along it.
 */

export interface WalkState {
  /** Position on the site plan, metres. */
  xM: number;
  zM: number;
  /** Heading, radians; 0 looks towards −z (north), increasing counter-clockwise seen from above. */
  yawRad: number;
}

export interface WalkInput {
  /** −1 … 1: forward (W, ↑, joystick up) minus backward. */
  forward: number;
  /** −1 … 1: right (D) minus left (A). */
  strafe: number;
}

export interface WalkOptions {
  /** Walking speed, metres per second (default 1.4, an unhurried visitor). */
  speedMps?: number;
  /** The visitor's radius on the floor plan, metres (default 0.3). */
  radiusM?: number;
}

/** Obstacles as [minX, minZ, maxX, maxZ] per rectangle, site metres. */
export type Obstacles = Float64Array;

const NO_OPTIONS: WalkOptions = {};

/** Longest step integrated at once, so a long frame (a tab coming back) cannot tunnel through a wall. */
const MAX_STEP_MS = 50;

/**
 * Moves `state` for `dtMs` of `input` among the first `obstacleLength` numbers of `obstacles` (all by
 * default: a scratch array refilled per frame passes its used length instead of a subarray);
 * returns `state`. Allocates nothing.
 */
export function walk(state: WalkState, input: WalkInput, dtMs: number, obstacles: Obstacles, options: WalkOptions = NO_OPTIONS, obstacleLength = obstacles.length): WalkState {
  const speedMps = options.speedMps ?? 1.4;
  const radiusM = options.radiusM ?? 0.3;
  if (!(dtMs > 0)) return state;
  // Diagonal input is no faster than straight ahead.
  const magnitude = Math.hypot(input.forward, input.strafe);
  if (magnitude === 0) return state;
  const scale = magnitude > 1 ? 1 / magnitude : 1;
  const forward = input.forward * scale;
  const strafe = input.strafe * scale;
  const sin = Math.sin(state.yawRad);
  const cos = Math.cos(state.yawRad);
  // Forward is −z at yaw 0; right is +x.
  const vx = (-sin * forward + cos * strafe) * speedMps;
  const vz = (-cos * forward - sin * strafe) * speedMps;
  for (let remaining = dtMs; remaining > 0; remaining -= MAX_STEP_MS) {
    const seconds = Math.min(remaining, MAX_STEP_MS) / 1000;
    state.xM = resolveAxis(state.xM + vx * seconds, state.zM, obstacles, obstacleLength, radiusM, 'x');
    state.zM = resolveAxis(state.zM + vz * seconds, state.xM, obstacles, obstacleLength, radiusM, 'z');
  }
  return state;
}

/**
 * The coordinate on `axis` pushed out of every rectangle the circle (centre `value` on that axis,
 * `other` on the other) overlaps, to the side it is nearer to.
 */
function resolveAxis(value: number, other: number, obstacles: Obstacles, length: number, radiusM: number, axis: 'x' | 'z'): number {
  let result = value;
  const end = Math.min(length, obstacles.length);
  for (let b = 0; b + 3 < end; b += 4) {
    const min = (axis === 'x' ? obstacles[b] : obstacles[b + 1]) ?? 0;
    const max = (axis === 'x' ? obstacles[b + 2] : obstacles[b + 3]) ?? 0;
    const otherMin = (axis === 'x' ? obstacles[b + 1] : obstacles[b]) ?? 0;
    const otherMax = (axis === 'x' ? obstacles[b + 3] : obstacles[b + 2]) ?? 0;
    if (other <= otherMin - radiusM || other >= otherMax + radiusM) continue;
    if (result <= min - radiusM || result >= max + radiusM) continue;
    result = result - min < max - result ? min - radiusM : max + radiusM;
  }
  return result;
}
