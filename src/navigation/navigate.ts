/**
 * The visitor's journeys, decided here and carried out by `stepVisitor`: to a viewpoint (a flight,
 * or a cut under reduced motion), along a route to a clicked spot (through the doors between
 * halls), up to an exhibit, up into the overview and back down into an aisle. Pure, like the rest
 * of navigation.
 */
import { EYE_HEIGHT_M, flightDurationMs, poseLookingAt, yawTowards, type CameraPose } from './cameraPose';
import type { FloorPlan, HallArea } from './floorPlan';
import type { Viewpoint } from './viewpoints';
import { eyePose, flyTo, followRoute, placeVisitor, type Visitor } from './visitor';

export interface Motion {
  /** Cuts instead of flights, and arrives at once instead of walking a route. */
  reducedMotion: boolean;
}

/** A little below level: what a visitor standing in front of a booth looks at (exhibit viewpoints bring their own pitch). */
export const VIEWPOINT_PITCH_RAD = -0.12;

const _pose: CameraPose = { xM: 0, yM: 0, zM: 0, yawRad: 0, pitchRad: 0 };

/**
 * Takes the visitor to stand at `viewpoint`, walking mode, at its eye height, looking at `pitchRad`
 * (by default the viewpoint's own pitch, else a little down).
 */
export function travelTo(visitor: Visitor, viewpoint: Viewpoint, { reducedMotion }: Motion, pitchRad = viewpoint.pitchRad ?? VIEWPOINT_PITCH_RAD): void {
  const eyeYM = viewpoint.eyeYM ?? EYE_HEIGHT_M;
  eyePose(viewpoint.xM, viewpoint.zM, viewpoint.yawRad, pitchRad, _pose, eyeYM);
  const distance = Math.hypot(viewpoint.xM - visitor.camera.xM, viewpoint.zM - visitor.camera.zM) + Math.abs(visitor.camera.yM - eyeYM);
  flyTo(visitor, _pose, 'walk', reducedMotion ? 0 : flightDurationMs(distance));
}

/**
 * Walks the visitor to (x, z) along a route around obstacles and through the doors between halls,
 * then turns them to `faceYawRad` (NaN: as they arrive). A spot inside an obstacle is moved to the
 * nearest free one. Returns false when no route leads there (a hall with no door to it, outside
 * the halls).
 */
export function walkTo(visitor: Visitor, plan: FloorPlan, xM: number, zM: number, motion: Motion, faceYawRad = Number.NaN, facePitchRad = 0, faceEyeYM = EYE_HEIGHT_M): boolean {
  const goal = plan.nearestFree(xM, zM);
  if (!goal) return false;
  const [goalX, goalZ] = goal;
  const path = plan.findRoute(visitor.ground.xM, visitor.ground.zM, goalX, goalZ);
  if (!path) return false;
  if (motion.reducedMotion) {
    const lastX = path[path.length - 4] ?? visitor.ground.xM;
    const lastZ = path[path.length - 3] ?? visitor.ground.zM;
    const arrivingYaw = goalX === lastX && goalZ === lastZ ? visitor.ground.yawRad : yawTowards(goalX - lastX, goalZ - lastZ);
    placeVisitor(visitor, goalX, goalZ, Number.isNaN(faceYawRad) ? arrivingYaw : faceYawRad, Number.isNaN(faceYawRad) ? 0 : facePitchRad, Number.isNaN(faceYawRad) ? EYE_HEIGHT_M : faceEyeYM);
    return true;
  }
  followRoute(visitor, path, faceYawRad, facePitchRad, faceEyeYM);
  return true;
}

/** Walks the visitor up to an exhibit's viewpoint, in whatever hall, and turns them to face it (raising the eye where the viewpoint does). */
export function approach(visitor: Visitor, plan: FloorPlan, viewpoint: Viewpoint, motion: Motion): boolean {
  if (walkTo(visitor, plan, viewpoint.xM, viewpoint.zM, motion, viewpoint.yawRad, viewpoint.pitchRad ?? VIEWPOINT_PITCH_RAD, viewpoint.eyeYM ?? EYE_HEIGHT_M)) return true;
  // Unreachable on foot (a hall with no door to it): go there the way a link does.
  travelTo(visitor, viewpoint, motion);
  return true;
}

/** The bird's-eye pose over a hall: south of its middle, high enough to see the whole floor. */
export function overviewPose(hall: HallArea, out: CameraPose): { pose: CameraPose; target: [number, number, number] } {
  const width = hall.maxX - hall.minX;
  const depth = hall.maxZ - hall.minZ;
  const centreX = (hall.minX + hall.maxX) / 2;
  const centreZ = (hall.minZ + hall.maxZ) / 2;
  const span = Math.max(width, depth, 20);
  const height = span * 0.75;
  const back = depth / 2 + span * 0.35;
  poseLookingAt(centreX, height, centreZ + back, centreX, 0, centreZ, out);
  return { pose: out, target: [centreX, 0, centreZ] };
}

/** Flies up from wherever the camera is to the overview of `hall`; the orbit controls take over there. */
export function riseToOverview(visitor: Visitor, hall: HallArea, motion: Motion): [number, number, number] {
  const { pose, target } = overviewPose(hall, _pose);
  flyTo(visitor, pose, 'overview', motion.reducedMotion ? 0 : flightDurationMs(Math.hypot(pose.xM - visitor.camera.xM, pose.yM - visitor.camera.yM)));
  return target;
}

/**
 * From the overview, drops the visitor walking at (x, z), or at the nearest aisle spot of the hall
 * clicked (never inside a booth), looking away from where the camera was (the way they were
 * looking down); returns false for a spot with no aisle near it.
 */
export function dropAt(visitor: Visitor, plan: FloorPlan, xM: number, zM: number, motion: Motion, faceYawRad?: number): boolean {
  const spot = plan.nearestAisle(xM, zM);
  const hall = spot ? plan.hallAt(spot[0], spot[1]) : undefined;
  if (!spot || !hall) return false;
  const yaw = faceYawRad ?? yawTowards(spot[0] - visitor.camera.xM, spot[1] - visitor.camera.zM);
  travelTo(visitor, { xM: spot[0], zM: spot[1], yawRad: yaw, hallId: hall.id }, motion);
  return true;
}
