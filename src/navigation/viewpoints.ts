/**
 * Where to stand to look at something: a hall from just inside its entrance, a booth from the
 * aisle in front of it, an exhibit from where its whole box is in the picture with nothing in
 * front of it (`exhibitView`), or from where the curator said (`exhibit.view`). Every worked-out
 * viewpoint is a spot a visitor can stand on (free floor of the plan, inside the right hall) and
 * faces what it is for.
 * Lookups by id go through maps built once per layout, so a 100,000-exhibit scene answers at once;
 * the 3D obstacles for exhibit views are gathered at the first exhibit asked for, not before the
 * first frame.
 */
import { pointInRect, rotateOffset, type FloorRect, type Hall, type LaidOutScene, type Model, type PlacedBooth, type PlacedExhibit } from '../scene';
import { yawTowards } from './cameraPose';
import { chooseExhibitView } from './exhibitView';
import { exhibitFootprintM, type FloorPlan } from './floorPlan';
import type { ViewFrustum } from './frameBox';
import { composeHallEntrance } from './hallEntranceView';
import { createObstacleBuckets, type NearbyObstacles } from './obstacleBuckets';
import { segmentMeetsBox } from './segmentMeetsBox';
import { collectViewObstacles, createViewObstacleIndex, exhibitBox, type ViewBox, type ViewObstacleIndex } from './viewObstacles';

export interface Viewpoint {
  /** Where the visitor stands, site metres. */
  xM: number;
  zM: number;
  /** Heading in the walk convention: 0 looks towards −z. */
  yawRad: number;
  hallId: string;
  /** How far to look up (positive) or down; left out, the caller's default for the kind of place. */
  pitchRad?: number;
  /** Eye height above the floor, metres; left out, a standing visitor's (`EYE_HEIGHT_M`). */
  eyeYM?: number;
}

export interface ViewpointOptions {
  /** The camera's vertical field of view, degrees (default 50, as the app's). */
  fovDeg?: number;
  /** The narrowest picture an exhibit must fit, width over height (default 4:3). */
  aspect?: number;
  /** The signs (boards, posts, cables), asked for once, at the first exhibit view. */
  signs?: () => readonly ViewBox[];
  /**
   * The signs of one hall (by index), for composing its entrance view; left out, taken from
   * `signs`. Placing every sign of a 100k-exhibit scene took 0.3 s or more, and the entrance view
   * comes before the first frame (issue 12).
   */
  hallSigns?: (hallIndex: number) => readonly ViewBox[];
}

/** The app's camera: `computeInitialView`'s field of view. */
export const DEFAULT_VIEW_FOV_DEG = 50;
/** The narrowest landscape picture (a tablet held sideways); wider screens only add room at the sides. */
export const DEFAULT_VIEW_ASPECT = 4 / 3;

export interface ViewpointFinder {
  /** Just inside the hall's entrance, looking in; undefined for an unknown hall. */
  hallEntrance(hallId: string): Viewpoint | undefined;
  /** On the aisle in front of the booth, looking at it; undefined for an unknown booth. */
  booth(boothId: string): Viewpoint | undefined;
  /** A step or two in front of the exhibit, looking at it; undefined for an unknown or unplaced exhibit. */
  exhibit(exhibitId: string): Viewpoint | undefined;
  /** A named viewpoint of the scene (`viewpoints`, which tour stops name); undefined for an unknown one. */
  named(viewpointId: string): Viewpoint | undefined;
}

/** How far inside a door the entrance viewpoint stands, metres. */
const ENTRANCE_INSET_M = 2.5;
/** The least distance from a booth's front to where its viewer stands, metres: across the aisle. */
const BOOTH_STANDOFF_M = 2.5;
/** How far a booth viewpoint may be moved off a blocked spot, metres. */
const BOOTH_NUDGE_M = 3;
/** The least distance from an exhibit's centre to its viewer, metres. */
const EXHIBIT_MIN_DISTANCE_M = 1.6;
/** Turns tried around an exhibit, front first, then ever further round to its back. */
const EXHIBIT_TURNS_RAD = [0, 1, -1, 2, -2, 3, -3, 4].map((step) => (step * Math.PI) / 4);
/** Distances tried, as multiples of the base distance. */
const EXHIBIT_DISTANCE_FACTORS = [1, 1.5, 2, 2.5, 3];
/** A sight line ends this far short of the exhibit's footprint, metres. */
const SIGHT_SHORTFALL_M = 0.01;
/** Most obstacles looked at along one sight line. */
const SIGHT_OBSTACLES = 1024;

export function createViewpointFinder(layout: LaidOutScene, plan: FloorPlan, options: ViewpointOptions = {}): ViewpointFinder {
  const { halls } = layout.scene;
  const hallIndexById = new Map<string, number>();
  halls.forEach((hall, index) => {
    if (!hallIndexById.has(hall.id)) hallIndexById.set(hall.id, index);
  });
  const boothById = firstById(layout.booths);
  const exhibitIndexById = new Map<string, number>();
  layout.exhibits.forEach((placed, index) => {
    if (!exhibitIndexById.has(placed.exhibit.id)) exhibitIndexById.set(placed.exhibit.id, index);
  });
  const modelsById = firstById(layout.scene.models);
  const namedById = firstById(layout.scene.viewpoints ?? []);
  const scratch = new Float64Array(4 * SIGHT_OBSTACLES);
  const nearbyBlockers = createObstacleBuckets(plan.sightBlockers);
  const frustum: ViewFrustum = { fovDeg: options.fovDeg ?? DEFAULT_VIEW_FOV_DEG, aspect: options.aspect ?? DEFAULT_VIEW_ASPECT };
  let obstacles: ViewObstacleIndex | undefined;
  let signBoxes: readonly ViewBox[] | undefined;
  const signs = (): readonly ViewBox[] => (signBoxes ??= options.signs?.() ?? []);
  const viewObstacles = (): ViewObstacleIndex => (obstacles ??= createViewObstacleIndex(collectViewObstacles(layout, signs())));
  const signsByHall = new Map<number, readonly ViewBox[]>();
  const hallSigns = (index: number): readonly ViewBox[] => {
    if (!options.hallSigns) return signs();
    const known = signsByHall.get(index) ?? options.hallSigns(index);
    signsByHall.set(index, known);
    return known;
  };

  return {
    hallEntrance: (hallId) => {
      const index = hallIndexById.get(hallId) ?? -1;
      const hall = halls[index];
      if (!hall) return undefined;
      const entrance = hallEntrance(plan, hall, index);
      return { ...entrance, ...composeHallEntrance(layout, index, entrance, frustum, hallSigns(index)) };
    },
    booth: (boothId) => {
      const booth = boothById.get(boothId);
      const hall = booth ? halls[booth.hallIndex] : undefined;
      return booth && hall ? boothViewpoint(plan, hall, booth) : undefined;
    },
    exhibit: (exhibitId) => {
      const index = exhibitIndexById.get(exhibitId) ?? -1;
      const placed = layout.exhibits[index];
      const hall = placed ? halls[placed.hallIndex] : undefined;
      if (!placed || !hall || !Number.isFinite(placed.xM) || !Number.isFinite(placed.zM)) return undefined;
      const { view } = placed.exhibit;
      if (view) return curatorViewpoint(hall, view.positionM, view.lookAtM);
      const box = exhibitBox(layout, index, modelsById);
      const chosen = box && chooseExhibitView(plan, placed, box, boothById.get(placed.exhibit.booth), viewObstacles(), frustum);
      if (chosen) return { xM: chosen.xM, zM: chosen.zM, yawRad: chosen.yawRad, hallId: hall.id, pitchRad: chosen.pitchRad, eyeYM: chosen.eyeYM };
      // Boxed in: the best spot the floor plan's flat sight lines allow.
      return exhibitViewpoint(plan, hall, placed, modelsById, (x0, z0, x1, z1) => sightIsClear(nearbyBlockers, scratch, x0, z0, x1, z1));
    },
    named: (viewpointId) => {
      const named = namedById.get(viewpointId);
      const hall = named ? halls[hallIndexById.get(named.hall) ?? -1] : undefined;
      return named && hall ? curatorViewpoint(hall, named.positionM, named.lookAtM) : undefined;
    },
  };
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** A curator's view (`exhibit.view`, a named viewpoint): hall metres to site metres, the two points to a heading and pitch. */
function curatorViewpoint(hall: Hall, [x, y, z]: readonly [number, number, number], [lookX, lookY, lookZ]: readonly [number, number, number]): Viewpoint {
  const xM = hall.positionM[0] + x;
  const zM = hall.positionM[1] + z;
  return { xM, zM, yawRad: yawTowards(lookX - x, lookZ - z), hallId: hall.id, pitchRad: Math.atan2(lookY - y, Math.hypot(lookX - x, lookZ - z)), eyeYM: y };
}

function viewpoint(xM: number, zM: number, lookX: number, lookZ: number, hallId: string): Viewpoint {
  return { xM, zM, yawRad: yawTowards(lookX - xM, lookZ - zM), hallId };
}

/** Whether a visitor may stand at (x, z) in the hall with index `hallIndex`. */
function standable(plan: FloorPlan, hallIndex: number, xM: number, zM: number): boolean {
  return plan.isFree(xM, zM) && plan.hallAt(xM, zM)?.index === hallIndex;
}

function hallEntrance(plan: FloorPlan, hall: Hall, hallIndex: number): Viewpoint {
  const [x0, z0] = hall.positionM;
  const { width, depth } = hall.sizeM;
  const door = hall.doors.find((candidate) => candidate.leadsTo === 'outside') ?? hall.doors[0];
  const wall = door?.wall ?? 'south';
  const along = door ? door.offsetM : width / 2;
  // The door's middle brought onto the floor, then stepped in from its wall; (dx, dz) looks inwards.
  const alongX = Math.min(Math.max(along, 0), width);
  const alongZ = Math.min(Math.max(along, 0), depth);
  const inset = Math.min(ENTRANCE_INSET_M, (wall === 'north' || wall === 'south' ? depth : width) / 2);
  const [x, z, dx, dz] =
    wall === 'north'
      ? [x0 + alongX, z0 + inset, 0, 1]
      : wall === 'south'
        ? [x0 + alongX, z0 + depth - inset, 0, -1]
        : wall === 'west'
          ? [x0 + inset, z0 + alongZ, 1, 0]
          : [x0 + width - inset, z0 + alongZ, -1, 0];
  const spot = plan.nearestFree(x, z);
  const [sx, sz] = spot && plan.hallAt(spot[0], spot[1])?.index === hallIndex ? spot : [x, z];
  return { xM: sx, zM: sz, yawRad: yawTowards(dx, dz), hallId: hall.id };
}

function boothViewpoint(plan: FloorPlan, hall: Hall, booth: PlacedBooth): Viewpoint {
  const rect: FloorRect = { ...booth.rect, cx: booth.rect.cx + hall.positionM[0], cz: booth.rect.cz + hall.positionM[1] };
  const { cx, cz, halfWidth, halfDepth, yawRad } = rect;
  // Out of the booth's footprint by more than the visitor's radius: a viewer stands on the aisle.
  const outside = (x: number, z: number): boolean => !pointInRect(x, z, rect, plan.radiusM);
  const accept = (x: number, z: number): boolean => standable(plan, booth.hallIndex, x, z) && outside(x, z);
  // Front, back, then the two sides: (direction in the booth frame, half extent that way, the other one).
  const sides: [number, number, number, number][] = [
    [0, 1, halfDepth, halfWidth],
    [0, -1, halfDepth, halfWidth],
    [-1, 0, halfWidth, halfDepth],
    [1, 0, halfWidth, halfDepth],
  ];
  let front: [number, number] | undefined;
  for (const [lx, lz, extent, across] of sides) {
    const [dx, dz] = rotateOffset(lx, lz, yawRad);
    const distance = extent + Math.max(BOOTH_STANDOFF_M, 0.6 * across);
    const x = cx + dx * distance;
    const z = cz + dz * distance;
    front ??= [x, z];
    if (accept(x, z)) return viewpoint(x, z, cx, cz, hall.id);
    const near = plan.nearestFree(x, z, BOOTH_NUDGE_M);
    if (near && accept(near[0], near[1])) return viewpoint(near[0], near[1], cx, cz, hall.id);
  }
  // Boxed in on every side: the front spot, kept on the hall floor.
  const [x, z] = clampToHall(hall, front ?? [cx, cz]);
  return viewpoint(x, z, cx, cz, hall.id);
}

/** Whether nothing blocks the view from (x0, z0) to (x1, z1). */
type SightTest = (x0: number, z0: number, x1: number, z1: number) => boolean;

function exhibitViewpoint(plan: FloorPlan, hall: Hall, placed: PlacedExhibit, modelsById: ReadonlyMap<string, Model>, sightIsClear: SightTest): Viewpoint {
  const cx = hall.positionM[0] + placed.xM;
  const cz = hall.positionM[1] + placed.zM;
  const [width, depth] = exhibitFootprintM(placed, modelsById);
  const base = Math.max(EXHIBIT_MIN_DISTANCE_M, 1.2 * Math.max(width, depth));
  // Its footprint's bounds, half extents.
  const cos = Math.abs(Math.cos(placed.yawRad));
  const sin = Math.abs(Math.sin(placed.yawRad));
  const halfX = (width * cos + depth * sin) / 2;
  const halfZ = (width * sin + depth * cos) / 2;
  // Nothing between the viewer's eye and the exhibit: the sight line, up to where it meets the
  // exhibit's own footprint, crosses no wall, booth wall or exhibit taller than the eye.
  const seesIt = (x: number, z: number): boolean => {
    const dx = cx - x;
    const dz = cz - z;
    const length = Math.hypot(dx, dz);
    const entersX = dx === 0 ? -Infinity : (Math.abs(dx) - halfX) / Math.abs(dx);
    const entersZ = dz === 0 ? -Infinity : (Math.abs(dz) - halfZ) / Math.abs(dz);
    // Stop a centimetre short, so the footprint itself does not count.
    const t = Math.max(entersX, entersZ) - SIGHT_SHORTFALL_M / length;
    return !(t > 0) || sightIsClear(x, z, x + dx * t, z + dz * t);
  };
  let fallback: [number, number] | undefined;
  for (const factor of EXHIBIT_DISTANCE_FACTORS) {
    for (const turn of EXHIBIT_TURNS_RAD) {
      const x = cx + Math.sin(placed.yawRad + turn) * base * factor;
      const z = cz + Math.cos(placed.yawRad + turn) * base * factor;
      if (!standable(plan, placed.hallIndex, x, z)) continue;
      if (seesIt(x, z)) return viewpoint(x, z, cx, cz, hall.id);
      fallback ??= [x, z];
    }
  }
  if (fallback) return viewpoint(fallback[0], fallback[1], cx, cz, hall.id);
  const frontX = cx + Math.sin(placed.yawRad) * base;
  const frontZ = cz + Math.cos(placed.yawRad) * base;
  const near = plan.nearestFree(frontX, frontZ);
  const [x, z] = near && plan.hallAt(near[0], near[1])?.index === placed.hallIndex ? near : clampToHall(hall, [frontX, frontZ]);
  return viewpoint(x, z, cx, cz, hall.id);
}

function clampToHall(hall: Hall, [x, z]: [number, number]): [number, number] {
  const [x0, z0] = hall.positionM;
  return [Math.min(Math.max(x, x0), x0 + hall.sizeM.width), Math.min(Math.max(z, z0), z0 + hall.sizeM.depth)];
}

/** Whether the segment from (x0, z0) to (x1, z1) misses every rectangle `nearby` knows. */
function sightIsClear(nearby: NearbyObstacles, scratch: Float64Array, x0: number, z0: number, x1: number, z1: number): boolean {
  // Every rectangle the segment touches lies within half its length of its middle.
  const count = nearby((x0 + x1) / 2, (z0 + z1) / 2, Math.hypot(x1 - x0, z1 - z0) / 2, scratch);
  for (let b = 0; b < count; b += 4) {
    if (segmentMeetsBox(x0, z0, x1, z1, scratch[b] ?? 0, scratch[b + 1] ?? 0, scratch[b + 2] ?? 0, scratch[b + 3] ?? 0)) return false;
  }
  return true;
}
