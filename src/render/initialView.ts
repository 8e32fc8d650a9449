/**
 * Where the orbit camera starts: above and behind the default hall's entrance (its first door
 * leading outside), looking through the door into the hall, far enough back that the hall's width
 * fits a 16:9 view; without an entrance, from the south of the hall looking at its centre.
 */
import { DIRECTION_VECTORS, type Hall, type Scene } from '../scene';
import { siteBounds } from './siteBounds';

export type Vec3 = [number, number, number];

export interface InitialView {
  positionM: Vec3;
  targetM: Vec3;
  /** Vertical field of view, degrees. */
  fovDeg: number;
  nearM: number;
  farM: number;
}

export interface InitialViewOptions {
  /** Vertical field of view, degrees (default 50). */
  fovDeg?: number;
  /** Angle of the view below the horizon, degrees (default 42). */
  elevationDeg?: number;
}

/** The camera's vertical field of view, degrees: the view, and the viewpoints framed for it. */
export const VIEW_FOV_DEG = 50;

/** Fraction of the hall's depth behind the door where the camera aims. */
const AIM_DEPTH = 0.34;

/** The hall named by `expo.defaultHall`, else the first hall. */
export function defaultHall(scene: Scene): Hall | undefined {
  return scene.halls.find((hall) => hall.id === scene.expo.defaultHall) ?? scene.halls[0];
}

/** Camera position, target and frustum for the first view of a scene, in world metres. */
export function computeInitialView(scene: Scene, options: InitialViewOptions = {}): InitialView {
  const fovDeg = options.fovDeg ?? VIEW_FOV_DEG;
  const elevationRad = ((options.elevationDeg ?? 42) * Math.PI) / 180;
  const site = siteBounds(scene);
  const diagonal = Math.hypot(site.maxX - site.minX, site.maxZ - site.minZ);
  const farM = Math.max(2000, diagonal * 4);
  // A walking visitor stands a step from booth walls: the near plane must not cut them away.
  const nearM = 0.1;
  const hall = defaultHall(scene);
  if (!hall) return { positionM: [0, 30, 40], targetM: [0, 0, 0], fovDeg, nearM, farM };

  const [hx, hz] = hall.positionM;
  const { width, depth } = hall.sizeM;
  const entrance = hall.doors.find((door) => door.leadsTo === 'outside');

  let doorX = hx + width / 2;
  let doorZ = hz + depth;
  let outX = 0;
  let outZ = 1;
  let breadth = width;
  let span = depth;
  if (entrance) {
    [outX, outZ] = DIRECTION_VECTORS[entrance.wall];
    const alongX = entrance.wall === 'north' || entrance.wall === 'south';
    breadth = alongX ? width : depth;
    span = alongX ? depth : width;
    doorX = entrance.wall === 'west' ? hx : entrance.wall === 'east' ? hx + width : hx + entrance.offsetM;
    doorZ = entrance.wall === 'north' ? hz : entrance.wall === 'south' ? hz + depth : hz + entrance.offsetM;
  }

  // Look at a point on the line through the door, a little short of the hall's middle.
  const targetX = doorX - outX * span * 0.45;
  const targetZ = doorZ - outZ * span * 0.45;
  // Horizontal half-angle of a 16:9 view; the hall's breadth should fit at the target's distance.
  const halfWidthTan = Math.tan((fovDeg * Math.PI) / 360) * (16 / 9);
  // The near wall is closer than the target, so fit a little more than the breadth.
  const distance = Math.max((breadth * 0.56) / halfWidthTan, span * 0.9, 12) + 8;
  const back = Math.cos(elevationRad) * distance;
  const up = Math.sin(elevationRad) * distance;
  // Then aim a little nearer the door: the view tilts down, so the hall fills the picture instead
  // of the bare ground beyond it.
  const aimX = doorX - outX * span * AIM_DEPTH;
  const aimZ = doorZ - outZ * span * AIM_DEPTH;
  return {
    positionM: [targetX + outX * back, up, targetZ + outZ * back],
    targetM: [aimX, 0, aimZ],
    fovDeg,
    nearM,
    farM,
  };
}
