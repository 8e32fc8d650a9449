/**
 * The visitor: where they stand and look, and how that changes per frame. Walking mode moves them
 * with held keys and the joystick (sliding along obstacles), along a route after a click, or
 * turns them to face something they asked to approach; a flight carries the camera between two
 * poses (a deep link, the booth list, the overview). Pure: the frame's `dtMs` is passed in, the
 * floor plan supplies obstacles, and nothing is allocated per step.
 */
import { copyPose, EYE_HEIGHT_M, interpolatePose, MAX_PITCH_RAD, wrapAngle, yawTowards, type CameraPose } from './cameraPose';
import type { FloorPlan } from './floorPlan';
import { walk, type WalkState } from './walk';
import type { WalkIntent } from './walkIntent';

export type NavigationMode = 'walk' | 'overview';

/** Speeds, metres or radians per second. */
export const WALK_SPEED_MPS = 2;
export const RUN_FACTOR = 2.5;
/** A route after a click is walked a little briskly: the visitor is waiting for it. */
export const ROUTE_SPEED_MPS = 3.2;
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
    flight: undefined,
    scratch: new Float64Array(SCRATCH_RECTANGLES * 4),
    move: { forward: 0, strafe: 0 },
    moveOptions: { speedMps: WALK_SPEED_MPS },
  };
  return visitor;
}

/** The eye pose of a visitor standing at (x, z) with a heading and pitch. */
export function eyePose(xM: number, zM: number, yawRad: number, pitchRad: number, out: CameraPose): CameraPose {
  out.xM = xM;
  out.yM = EYE_HEIGHT_M;
  out.zM = zM;
  out.yawRad = wrapAngle(yawRad);
  out.pitchRad = pitchRad;
  return out;
}

function stopMoving(visitor: Visitor): void {
  visitor.route.length = 0;
  visitor.routeIndex = 0;
  visitor.faceYawRad = Number.NaN;
}

/** Stands the visitor at (x, z) facing `yawRad`, at once (a cut), in walking mode. */
export function placeVisitor(visitor: Visitor, xM: number, zM: number, yawRad: number, pitchRad = 0): void {
  stopMoving(visitor);
  visitor.flight = undefined;
  visitor.mode = 'walk';
  visitor.ground.xM = xM;
  visitor.ground.zM = zM;
  visitor.ground.yawRad = wrapAngle(yawRad);
  visitor.pitchRad = pitchRad;
  eyePose(xM, zM, yawRad, pitchRad, visitor.camera);
}

/**
 * Carries the camera from where it is now to `to` over `durationMs` (0: a cut), ending in
 * `endMode`; ending in walking mode stands the visitor at the pose's floor point.
 */
export function flyTo(visitor: Visitor, to: CameraPose, endMode: NavigationMode, durationMs: number): void {
  stopMoving(visitor);
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
    visitor.camera.yM = EYE_HEIGHT_M;
  }
}

/**
 * Walks the visitor along `waypoints` ([x, z, …], the end last), then turns them to `faceYawRad`
 * (NaN: keep the heading of the last leg) and `facePitchRad`.
 */
export function followRoute(visitor: Visitor, waypoints: readonly number[], faceYawRad = Number.NaN, facePitchRad = 0): void {
  stopMoving(visitor);
  visitor.flight = undefined;
  visitor.mode = 'walk';
  for (const value of waypoints) visitor.route.push(value);
  visitor.faceYawRad = faceYawRad;
  visitor.facePitchRad = facePitchRad;
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

  if (forward !== 0 || strafe !== 0 || intent.pendingForwardM !== 0) {
    // Taking the controls back ends a route or a turn to face something (looking around does not).
    stopMoving(visitor);
  }
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

  followRouteStep(visitor, seconds);
  eyePose(ground.xM, ground.zM, ground.yawRad, visitor.pitchRad, visitor.camera);
  return ground.xM !== beforeX || ground.zM !== beforeZ || ground.yawRad !== beforeYaw || visitor.pitchRad !== beforePitch;
}

function followRouteStep(visitor: Visitor, seconds: number): void {
  const ground = visitor.ground;
  const route = visitor.route;
  let budget = ROUTE_SPEED_MPS * seconds;
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
    if (Math.abs(wrapAngle(visitor.faceYawRad - ground.yawRad)) < 0.002 && Math.abs(visitor.facePitchRad - visitor.pitchRad) < 0.002) {
      ground.yawRad = visitor.faceYawRad;
      visitor.pitchRad = visitor.facePitchRad;
      visitor.faceYawRad = Number.NaN;
    }
  }
}

/** Hands the camera to the orbit controls where it stands (the overview without a flight). */
export function releaseToOrbit(visitor: Visitor): void {
  stopMoving(visitor);
  visitor.flight = undefined;
  visitor.mode = 'overview';
}
