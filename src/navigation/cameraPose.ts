/**
 * The camera as navigation sees it: an eye point and a heading and pitch, with the flight between
 * two poses that replaces a cut when the visitor has not asked for reduced motion. Pure; the app
 * copies a pose onto the three.js camera.
 */

/** Eye height of a standing visitor, metres above the hall floor. */
export const EYE_HEIGHT_M = 1.6;

/** Steepest look up or down while walking, radians (about 69°). */
export const MAX_PITCH_RAD = 1.2;

export interface CameraPose {
  xM: number;
  yM: number;
  zM: number;
  /** Heading: 0 looks towards −z (north), increasing counter-clockwise seen from above. */
  yawRad: number;
  /** Up is positive. */
  pitchRad: number;
}

export function copyPose(from: CameraPose, to: CameraPose): CameraPose {
  to.xM = from.xM;
  to.yM = from.yM;
  to.zM = from.zM;
  to.yawRad = from.yawRad;
  to.pitchRad = from.pitchRad;
  return to;
}

/** The heading that looks along (dx, dz) on the floor plan. */
export function yawTowards(dx: number, dz: number): number {
  return Math.atan2(-dx, -dz);
}

/** `angle` brought into (−π, π]. */
export function wrapAngle(angle: number): number {
  const wrapped = angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
  return wrapped === -Math.PI ? Math.PI : wrapped;
}

/** The pose at `position` looking at `target`. */
export function poseLookingAt(xM: number, yM: number, zM: number, targetX: number, targetY: number, targetZ: number, out: CameraPose): CameraPose {
  const dx = targetX - xM;
  const dz = targetZ - zM;
  out.xM = xM;
  out.yM = yM;
  out.zM = zM;
  out.yawRad = yawTowards(dx, dz);
  out.pitchRad = Math.atan2(targetY - yM, Math.hypot(dx, dz));
  return out;
}

/** How long a flight over `distanceM` takes: quick for a short hop, never a long wait. */
export function flightDurationMs(distanceM: number): number {
  return Math.min(2400, 700 + distanceM * 12);
}

const easeInOut = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/**
 * The pose a fraction `t` (0 … 1) along the flight from `from` to `to`: eased, turning the short
 * way round, and rising over long hops so the visitor sees where they are going instead of
 * skimming through booth walls.
 */
export function interpolatePose(from: CameraPose, to: CameraPose, t: number, out: CameraPose): CameraPose {
  // The end is the end exactly (sin π is not quite 0).
  if (t >= 1) return copyPose(to, out);
  const k = easeInOut(Math.max(0, t));
  const distance = Math.hypot(to.xM - from.xM, to.zM - from.zM);
  const rise = Math.min(24, distance * 0.25) * Math.sin(Math.PI * k);
  out.xM = from.xM + (to.xM - from.xM) * k;
  out.zM = from.zM + (to.zM - from.zM) * k;
  out.yM = from.yM + (to.yM - from.yM) * k + rise;
  out.yawRad = wrapAngle(from.yawRad + wrapAngle(to.yawRad - from.yawRad) * k);
  // Look down a little while high up, so the floor stays in the picture.
  out.pitchRad = from.pitchRad + (to.pitchRad - from.pitchRad) * k - (rise > 0 ? Math.min(0.6, rise / 30) : 0);
  return out;
}
