/**
 * The visitor: where they stand and look, and how that changes per frame. Walking mode moves them
 * with held keys and the joystick (sliding along obstacles), along a route after a click, or
 * turns them to face something they asked to approach; a flight carries the camera between two
 * poses (a deep link, the booth list, the overview). Pure: the frame's `dtMs` is passed in, the
 * floor plan supplies obstacles, and nothing is allocated per step.
 *
 * Any input the visitor gives (keys, the joystick, a drag, a wheel or pinch step) stops a route or
 * a turn to face something, and says so in `interrupted`; flights are short and run to the end.
 * A route across many halls is walked faster than a short one: its speed is set so the walk takes
 * about `LONGEST_ROUTE_S` at most (up to `MAX_ROUTE_SPEED_MPS`), eased in over the first second.
 */
import { copyPose, EYE_HEIGHT_M, interpolatePose, MAX_PITCH_RAD, wrapAngle, yawTowards, type CameraPose } from './cameraPose';
import type { FloorPlan } from './floorPlan';
import { routeLengthM } from './routeLength';
import { walk, type WalkState } from './walk';
import { intentIsActive, type WalkIntent } from './walkIntent';

export type NavigationMode = 'walk' | 'overview';

/** Speeds, metres or radians per second. */
export const WALK_SPEED_MPS = 2;
export const RUN_FACTOR = 2.5;
/** A route after a click is walked a little briskly: the visitor is waiting for it. */
export const ROUTE_SPEED_MPS = 3.2;
/**
 * A long route (the far end of an 18-hall expo is 4.5 km away) speeds up so it takes about this
 * long: at 3.2 m/s it would take 23 minutes.
 */
export const LONGEST_ROUTE_S = 20;
/** The fastest a route is walked, m/s: beyond it the floor streams past too fast to follow. */
export const MAX_ROUTE_SPEED_MPS = 30;
/** A fast route eases from walking pace up to its speed over this long, so it does not jerk. */
const ROUTE_EASE_MS = 1000;
const KEY_TURN_RAD_PER_S = 1.8;
const KEY_PITCH_RAD_PER_S = 1;
/** How quickly the heading follows a route's bends or turns to face a target (per second). */
const TURN_RATE = 6;
/** Wheel and pinch steps are walked out at this speed, so they glide rather than jump. */
const STEP_SPEED_MPS = 6;
/** A frame longer than this (the tab was hidden) is not walked in full. */
const MAX_FRAME_MS = 250;
const SCRATCH_RECTANGLES = 1024;

interface Flight {
  from: CameraPose;
  to: CameraPose;
  elapsedMs: number;
  durationMs: number;
  endMode: NavigationMode;
}

export interface Visitor {
  mode: NavigationMode;
  /** Where the visitor stands on the site plan and their heading (walking mode). */
  ground: WalkState;
  pitchRad: number;
  /** What the camera shows: the eye while walking, the flight's pose while flying. */
  camera: CameraPose;
  /** Waypoints [x, z, …] still to walk, from `routeIndex` (in numbers) on; empty when none. */
  route: number[];
  routeIndex: number;
  /** Heading and pitch to turn to once the route ends (NaN: keep the heading). */
  faceYawRad: number;
  facePitchRad: number;
  /**
   * Eye height in walking mode, metres: `EYE_HEIGHT_M`, or higher at a viewpoint that looks down on
   * a wide, low exhibit (issue 12: FAST's dish is below a standing eye); it settles back to
   * `EYE_HEIGHT_M` as soon as the visitor walks on.
   */
  eyeYM: number;
  /** Eye height to rise or settle to while turning to face something at the end of a route. */
  faceEyeYM: number;
  /** The route's cruising speed, m/s, set from its length by `followRoute`. */
  routeSpeedMps: number;
  /** How long the current route has been walked, ms (for easing into its speed). */
  routeElapsedMs: number;
  /**
   * True when the visitor's own input stopped a route or a turn to face something before it
   * ended; false again once a new journey starts (`followRoute`, `flyTo`, `placeVisitor`). Tells
   * "stopped by the visitor" from "arrived".
   */
  interrupted: boolean;
  flight: Flight | undefined;
  /** Obstacles near the visitor, refilled each step. */
  scratch: Float64Array;
  /** The step's walk input and options, reused so a step allocates nothing. */
  move: { forward: number; strafe: number };
  moveOptions: { speedMps: number };
}

export function createVisitor(xM: number, zM: number, yawRad: number): Visitor {
  const visitor: Visitor = {
    mode: 'walk',
    ground: { xM, zM, yawRad },
    pitchRad: 0,
    camera: { xM, yM: EYE_HEIGHT_M, zM, yawRad, pitchRad: 0 },
    route: [],
    routeIndex: 0,
    faceYawRad: Number.NaN,
    facePitchRad: 0,
    eyeYM: EYE_HEIGHT_M,
    faceEyeYM: EYE_HEIGHT_M,
    routeSpeedMps: ROUTE_SPEED_MPS,
    routeElapsedMs: 0,
    interrupted: false,
    flight: undefined,
    scratch: new Float64Array(SCRATCH_RECTANGLES * 4),
    move: { forward: 0, strafe: 0 },
    moveOptions: { speedMps: WALK_SPEED_MPS },
  };
  return visitor;
}

/** The eye pose of a visitor standing at (x, z) with a heading and pitch (and an eye height). */
export function eyePose(xM: number, zM: number, yawRad: number, pitchRad: number, out: CameraPose, eyeYM = EYE_HEIGHT_M): CameraPose {
  out.xM = xM;
  out.yM = eyeYM;
  out.zM = zM;
  out.yawRad = wrapAngle(yawRad);
  out.pitchRad = pitchRad;
  return out;
}

function stopMoving(visitor: Visitor): void {
  visitor.route.length = 0;
  visitor.routeIndex = 0;
  visitor.routeElapsedMs = 0;
  visitor.faceYawRad = Number.NaN;
}


/**
 * The cruising speed for a route of `lengthM`: walking pace, or for a long route the speed that
 * walks it in `LONGEST_ROUTE_S` counting the ease-in (during which it covers half the difference
 * less), capped at `MAX_ROUTE_SPEED_MPS`.
 */
function routeSpeedFor(lengthM: number): number {
  const easeS = ROUTE_EASE_MS / 1000;
  const speed = (lengthM - (ROUTE_SPEED_MPS * easeS) / 2) / (LONGEST_ROUTE_S - easeS / 2);
  return Math.min(MAX_ROUTE_SPEED_MPS, Math.max(ROUTE_SPEED_MPS, speed));
}

/**
 * Metres a route has covered after `ms` of walking it at a cruising `speedMps`: from walking pace
 * up to cruising speed along a smoothstep over `ROUTE_EASE_MS`, then steady. Integrated exactly,
 * so a route walks the same whatever the frame rate.
 */
function routeDistanceM(ms: number, speedMps: number): number {
  const easeS = ROUTE_EASE_MS / 1000;
  const seconds = ms / 1000;
  const u = Math.min(1, seconds / easeS);
  // ∫ smoothstep = u³ − u⁴/2 (in units of the ease), then one more second per second.
  const eased = easeS * (u * u * u - (u * u * u * u) / 2) + Math.max(0, seconds - easeS);
  return ROUTE_SPEED_MPS * seconds + (speedMps - ROUTE_SPEED_MPS) * eased;
}

/** Stands the visitor at (x, z) facing `yawRad`, at once (a cut), in walking mode. */
export function placeVisitor(visitor: Visitor, xM: number, zM: number, yawRad: number, pitchRad = 0, eyeYM = EYE_HEIGHT_M): void {
  stopMoving(visitor);
  visitor.interrupted = false;
  visitor.flight = undefined;
  visitor.mode = 'walk';
  visitor.ground.xM = xM;
  visitor.ground.zM = zM;
  visitor.ground.yawRad = wrapAngle(yawRad);
  visitor.pitchRad = pitchRad;
  visitor.eyeYM = eyeYM;
  eyePose(xM, zM, yawRad, pitchRad, visitor.camera, eyeYM);
}

/**
 * Carries the camera from where it is now to `to` over `durationMs` (0: a cut), ending in
 * `endMode`; ending in walking mode stands the visitor at the pose's floor point.
 */
export function flyTo(visitor: Visitor, to: CameraPose, endMode: NavigationMode, durationMs: number): void {
  stopMoving(visitor);
  visitor.interrupted = false;
  if (durationMs <= 0) {
    finishFlight(visitor, to, endMode);
    return;
  }
  visitor.flight = { from: copyPose(visitor.camera, { ...visitor.camera }), to: { ...to }, elapsedMs: 0, durationMs, endMode };
}

function finishFlight(visitor: Visitor, to: CameraPose, endMode: NavigationMode): void {
  visitor.flight = undefined;
  visitor.mode = endMode;
  copyPose(to, visitor.camera);
  if (endMode === 'walk') {
    visitor.ground.xM = to.xM;
    visitor.ground.zM = to.zM;
    visitor.ground.yawRad = wrapAngle(to.yawRad);
    visitor.pitchRad = to.pitchRad;
    // A viewpoint may hold the eye higher than a standing visitor's (see `eyeYM`).
    visitor.eyeYM = to.yM;
  }
}

/**
 * Walks the visitor along `waypoints` ([x, z, …], the end last), then turns them to `faceYawRad`
 * (NaN: keep the heading of the last leg) and `facePitchRad`. The speed follows the route's
 * length (see the file header).
 */
export function followRoute(visitor: Visitor, waypoints: readonly number[], faceYawRad = Number.NaN, facePitchRad = 0, faceEyeYM = EYE_HEIGHT_M): void {
  stopMoving(visitor);
  visitor.interrupted = false;
  visitor.flight = undefined;
  visitor.mode = 'walk';
  for (const value of waypoints) visitor.route.push(value);
  visitor.routeSpeedMps = routeSpeedFor(routeLengthM(waypoints, visitor.ground.xM, visitor.ground.zM));
  visitor.faceYawRad = faceYawRad;
  visitor.facePitchRad = facePitchRad;
  visitor.faceEyeYM = faceEyeYM;
}

/** Whether the visitor is still moving on their own (a flight, a route, a turn to face something). */
export function visitorIsBusy(visitor: Visitor): boolean {
  return visitor.flight !== undefined || visitor.routeIndex < visitor.route.length || !Number.isNaN(visitor.faceYawRad);
}

const clampPitch = (pitch: number): number => Math.max(-MAX_PITCH_RAD, Math.min(MAX_PITCH_RAD, pitch));

/** Turns `current` towards `target` by the share of the gap one frame of `TURN_RATE` allows. */
function approachAngle(current: number, target: number, seconds: number): number {
  return wrapAngle(current + wrapAngle(target - current) * Math.min(1, seconds * TURN_RATE));
}

/**
 * Advances the visitor by `dtMs` of `intent` (consuming its one-off look turns and steps); returns
 * whether the camera pose changed. In overview mode only a flight moves the camera: the orbit
 * controls own it otherwise.
 */
export function stepVisitor(visitor: Visitor, intent: WalkIntent, dtMs: number, plan: FloorPlan): boolean {
  const flight = visitor.flight;
  if (flight) {
    // Capped like walking: a stalled frame must not skip the flight it was meant to show.
    flight.elapsedMs += Math.min(Math.max(0, dtMs), MAX_FRAME_MS);
    if (flight.elapsedMs >= flight.durationMs) finishFlight(visitor, flight.to, flight.endMode);
    else interpolatePose(flight.from, flight.to, flight.elapsedMs / flight.durationMs, visitor.camera);
    intent.lookYawRad = 0;
    intent.lookPitchRad = 0;
    intent.pendingForwardM = 0;
    return true;
  }
  if (visitor.mode !== 'walk') return false;

  const ms = Math.min(Math.max(0, dtMs), MAX_FRAME_MS);
  const seconds = ms / 1000;
  const ground = visitor.ground;
  const beforeX = ground.xM;
  const beforeZ = ground.zM;
  const beforeYaw = ground.yawRad;
  const beforePitch = visitor.pitchRad;
  const beforeEye = visitor.eyeYM;

  // Any input takes the controls back: it ends a route or a turn to face something.
  if (intentIsActive(intent)) stopJourney(visitor);
  // Looking: drags and pointer-lock moves arrive as turns; held keys turn at a steady rate.
  ground.yawRad = wrapAngle(ground.yawRad + intent.lookYawRad - intent.keyTurn * KEY_TURN_RAD_PER_S * seconds);
  visitor.pitchRad = clampPitch(visitor.pitchRad + intent.lookPitchRad + intent.keyPitch * KEY_PITCH_RAD_PER_S * seconds);
  intent.lookYawRad = 0;
  intent.lookPitchRad = 0;

  const forward = Math.max(-1, Math.min(1, intent.keyForward + intent.stickForward));
  const strafe = Math.max(-1, Math.min(1, intent.keyStrafe + intent.stickStrafe));
  const speed = WALK_SPEED_MPS * (intent.run ? RUN_FACTOR : 1);
  const reach = 1 + (Math.max(speed, STEP_SPEED_MPS, ROUTE_SPEED_MPS) * ms) / 1000;
  const count = plan.nearbyObstacles(ground.xM, ground.zM, reach, visitor.scratch);
  const { move, moveOptions, scratch } = visitor;

  if (forward !== 0 || strafe !== 0) {
    move.forward = forward;
    move.strafe = strafe;
    moveOptions.speedMps = speed;
    walk(ground, move, ms, scratch, moveOptions, count);
  }
  if (intent.pendingForwardM !== 0) {
    const step = Math.min(Math.abs(intent.pendingForwardM), STEP_SPEED_MPS * seconds);
    const sign = Math.sign(intent.pendingForwardM);
    // Walked at a speed that covers exactly `step` in this frame; what a wall stops is dropped.
    if (ms > 0) {
      move.forward = sign;
      move.strafe = 0;
      moveOptions.speedMps = (step * 1000) / ms;
      walk(ground, move, ms, scratch, moveOptions, count);
    }
    intent.pendingForwardM = Math.abs(intent.pendingForwardM) - step < 1e-6 ? 0 : intent.pendingForwardM - sign * step;
  }

  // Walking on brings a raised eye back down to a standing visitor's.
  if ((ground.xM !== beforeX || ground.zM !== beforeZ) && visitor.eyeYM !== EYE_HEIGHT_M) visitor.eyeYM = settleEye(visitor.eyeYM, EYE_HEIGHT_M, seconds);
  followRouteStep(visitor, ms);
  eyePose(ground.xM, ground.zM, ground.yawRad, visitor.pitchRad, visitor.camera, visitor.eyeYM);
  return ground.xM !== beforeX || ground.zM !== beforeZ || ground.yawRad !== beforeYaw || visitor.pitchRad !== beforePitch || visitor.eyeYM !== beforeEye;
}

/** Stops a route or a turn to face something at the visitor's input, noting that it was cut short. */
function stopJourney(visitor: Visitor): void {
  if (visitor.routeIndex < visitor.route.length || !Number.isNaN(visitor.faceYawRad)) visitor.interrupted = true;
  stopMoving(visitor);
}

function followRouteStep(visitor: Visitor, ms: number): void {
  const ground = visitor.ground;
  const route = visitor.route;
  const seconds = ms / 1000;
  let budget = 0;
  if (visitor.routeIndex < route.length) {
    const before = visitor.routeElapsedMs;
    visitor.routeElapsedMs = before + ms;
    budget = routeDistanceM(visitor.routeElapsedMs, visitor.routeSpeedMps) - routeDistanceM(before, visitor.routeSpeedMps);
  }
  let heading = Number.NaN;
  while (budget > 0 && visitor.routeIndex + 1 < route.length) {
    const tx = route[visitor.routeIndex] ?? ground.xM;
    const tz = route[visitor.routeIndex + 1] ?? ground.zM;
    const dx = tx - ground.xM;
    const dz = tz - ground.zM;
    const distance = Math.hypot(dx, dz);
    if (distance > 1e-6) heading = yawTowards(dx, dz);
    if (distance <= budget) {
      ground.xM = tx;
      ground.zM = tz;
      budget -= distance;
      visitor.routeIndex += 2;
    } else {
      ground.xM += (dx / distance) * budget;
      ground.zM += (dz / distance) * budget;
      budget = 0;
    }
  }
  if (visitor.routeIndex >= route.length && route.length > 0) {
    route.length = 0;
    visitor.routeIndex = 0;
    visitor.routeElapsedMs = 0;
  }
  if (!Number.isNaN(heading)) {
    // Look where the route goes, turning smoothly at its bends.
    ground.yawRad = approachAngle(ground.yawRad, heading, seconds);
    visitor.pitchRad = visitor.pitchRad + (0 - visitor.pitchRad) * Math.min(1, seconds * TURN_RATE);
    return;
  }
  if (route.length === 0 && !Number.isNaN(visitor.faceYawRad)) {
    ground.yawRad = approachAngle(ground.yawRad, visitor.faceYawRad, seconds);
    visitor.pitchRad += (visitor.facePitchRad - visitor.pitchRad) * Math.min(1, seconds * TURN_RATE);
    visitor.eyeYM = settleEye(visitor.eyeYM, visitor.faceEyeYM, seconds);
    if (
      Math.abs(wrapAngle(visitor.faceYawRad - ground.yawRad)) < 0.002 &&
      Math.abs(visitor.facePitchRad - visitor.pitchRad) < 0.002 &&
      visitor.eyeYM === visitor.faceEyeYM
    ) {
      ground.yawRad = visitor.faceYawRad;
      visitor.pitchRad = visitor.facePitchRad;
      visitor.faceYawRad = Number.NaN;
    }
  }
}

/** How fast a raised eye rises or settles, metres per second: a step up or down, not a jump. */
const EYE_RISE_MPS = 2;

/** `eyeYM` moved towards `targetM` by one frame of `EYE_RISE_MPS`, landing on it exactly. */
function settleEye(eyeYM: number, targetM: number, seconds: number): number {
  const step = EYE_RISE_MPS * seconds;
  return Math.abs(targetM - eyeYM) <= step ? targetM : eyeYM + Math.sign(targetM - eyeYM) * step;
}

/** Hands the camera to the orbit controls where it stands (the overview without a flight). */
export function releaseToOrbit(visitor: Visitor): void {
  stopMoving(visitor);
  visitor.flight = undefined;
  visitor.mode = 'overview';
}
