/**
 * How a box looks from an eye: the heading and pitch that put it in the middle of the picture, and
 * how much of the picture it fills. Pure camera arithmetic (a perspective camera with three's
 * conventions: heading 0 looks towards −z, pitch up is positive), shared by the exhibit viewpoint
 * chooser and the tests that check its framing.
 */
import { rotateOffset } from '../scene';
import { yawTowards } from './cameraPose';
import type { ViewBox } from './viewObstacles';

export interface ViewFrustum {
  /** Vertical field of view, degrees. */
  fovDeg: number;
  /** Width over height of the picture. */
  aspect: number;
}

export interface Framing {
  yawRad: number;
  pitchRad: number;
  /**
   * The largest |x| or |y| of the box's corners in normalised device coordinates (−1 … 1 is the
   * picture); Infinity when a corner is behind the eye. At most 1: the whole box is in view.
   */
  extent: number;
}

const _corners = new Float64Array(24);

/** The eight corners of `box`, [x, y, z] × 8, into `out`. */
export function boxCorners(box: ViewBox, out: Float64Array = new Float64Array(24)): Float64Array {
  let at = 0;
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      const [dx, dz] = rotateOffset(sx * box.halfX, sz * box.halfZ, box.yawRad);
      for (const sy of [-1, 1]) {
        out[at] = box.cx + dx;
        out[at + 1] = box.cy + sy * box.halfY;
        out[at + 2] = box.cz + dz;
        at += 3;
      }
    }
  }
  return out;
}

/**
 * Where the point (x, y, z) falls in the picture of a camera at the eye with `yawRad` and
 * `pitchRad`: [ndcX, ndcY, depth]; depth ≤ 0 is behind the eye.
 */
export function projectPoint(eyeX: number, eyeY: number, eyeZ: number, yawRad: number, pitchRad: number, frustum: ViewFrustum, x: number, y: number, z: number): [number, number, number] {
  const sinYaw = Math.sin(yawRad);
  const cosYaw = Math.cos(yawRad);
  const sinPitch = Math.sin(pitchRad);
  const cosPitch = Math.cos(pitchRad);
  const vx = x - eyeX;
  const vy = y - eyeY;
  const vz = z - eyeZ;
  // forward (−sin·cos, sin, −cos·cos), right (cos, 0, −sin), up (sin·sin, cos, cos·sin) of yaw·pitch.
  const depth = -sinYaw * cosPitch * vx + sinPitch * vy - cosYaw * cosPitch * vz;
  const right = cosYaw * vx - sinYaw * vz;
  const up = sinYaw * sinPitch * vx + cosPitch * vy + cosYaw * sinPitch * vz;
  const tanV = Math.tan((frustum.fovDeg * Math.PI) / 360);
  return [right / (depth * tanV * frustum.aspect), up / (depth * tanV), depth];
}

/**
 * The heading towards the box's centre and the pitch halfway between the steepest looks down and
 * up at its corners, and how much of the picture the box then fills.
 */
export function frameBox(eyeX: number, eyeY: number, eyeZ: number, box: ViewBox, frustum: ViewFrustum): Framing {
  const yawRad = yawTowards(box.cx - eyeX, box.cz - eyeZ);
  const corners = boxCorners(box, _corners);
  const forwardX = -Math.sin(yawRad);
  const forwardZ = -Math.cos(yawRad);
  let low = Infinity;
  let high = -Infinity;
  for (let at = 0; at < 24; at += 3) {
    const ahead = ((corners[at] ?? 0) - eyeX) * forwardX + ((corners[at + 2] ?? 0) - eyeZ) * forwardZ;
    const elevation = Math.atan2((corners[at + 1] ?? 0) - eyeY, ahead);
    low = Math.min(low, elevation);
    high = Math.max(high, elevation);
  }
  const pitchRad = (low + high) / 2;
  let extent = 0;
  for (let at = 0; at < 24; at += 3) {
    const [x, y, depth] = projectPoint(eyeX, eyeY, eyeZ, yawRad, pitchRad, frustum, corners[at] ?? 0, corners[at + 1] ?? 0, corners[at + 2] ?? 0);
    extent = depth <= 0.05 ? Infinity : Math.max(extent, Math.abs(x), Math.abs(y));
  }
  return { yawRad, pitchRad, extent };
}
