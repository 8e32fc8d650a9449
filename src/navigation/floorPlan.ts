/**
 * The floor plan a visitor walks on, built once per scene: every obstacle as an axis-aligned
 * rectangle in site metres (hall walls, shut doors and corridor walls, booth walls and counters,
 * exhibits standing on the floor), a walk grid per hall with the doors between halls for routes,
 * and quick answers to "what is near me" (collision per frame), "which hall am I in", "may I
 * stand here" and "how do I get there".
 *
 * Everything is taken from the same architecture the renderer draws (`wallSegments`,
 * `boothPanels`), so the visitor bumps into what they see.
 */
import {
  aabbOf,
  BOOTH_PLATFORM_HEIGHT_M,
  boothPanels,
  DIRECTION_VECTORS,
  rotateOffset,
  wallSegments,
  WALL_THICKNESS_M,
  type CompassDirection,
  type FloorRect,
  type LaidOutScene,
  type Model,
  type PanelBox,
  type PlacedExhibit,
} from '../scene';
import { createBoothFootprints, nearestAisleSpot, type BoothFootprints } from './aisleSpot';
import { EYE_HEIGHT_M } from './cameraPose';
import { createRouteFinder, type RouteFinder } from './doorGraph';
import { createLazyHallGrids, type HallFloorRect, type LazyHallGrids } from './hallGrids';
import { doorOpenings, passageObstacles, type DoorOpening } from './hallPassages';
import { createObstacleBuckets } from './obstacleBuckets';
import { cellCentreX, cellCentreZ, nearestCell, pointIsFree } from './walkGrid';

export interface HallArea {
  id: string;
  /** Index into `scene.halls`. */
  index: number;
  /** The hall floor, site metres. */
  minX: number;
  minZ: number;
  maxX: number;
  maxZ: number;
}

/** An open way between two halls, for drawing doors on the floor plan. */
export interface Passage {
  /** The halls it joins: the one listed first in the scene, then the other. */
  hallIds: readonly [string, string];
  /** The wall of the first hall it is in. */
  wall: CompassDirection;
  /** The opening's two ends on the first hall's wall line, site metres: [x0, z0, x1, z1]. */
  endsM: readonly [number, number, number, number];
  /** How far it runs to the second hall's wall: 0 when the halls abut, else a corridor's length, metres. */
  corridorM: number;
}

export interface FloorPlan {
  /** Every obstacle rectangle, site metres: [minX, minZ, maxX, maxZ] × n. */
  obstacles: Float64Array;
  /**
   * The obstacles a standing visitor cannot see past (walls, booth walls, exhibits reaching across
   * eye height), same layout: for choosing where to stand to see something.
   */
  sightBlockers: Float64Array;
  halls: HallArea[];
  /** The openings a visitor can walk through between halls. */
  passages: readonly Passage[];
  /** The visitor radius the walk grids' obstacles were grown by, metres. */
  radiusM: number;
  /**
   * Copies into `out` the obstacles whose rectangle comes within `reachM` of (x, z); returns how
   * many numbers were written (4 per obstacle), as many as fit. Allocates nothing.
   */
  nearbyObstacles(xM: number, zM: number, reachM: number, out: Float64Array): number;
  /** The hall whose floor contains (x, z), or undefined (in a wall or outside). */
  hallAt(xM: number, zM: number): HallArea | undefined;
  /**
   * Whether a visitor's centre may stand at (x, z): a free cell of a hall's walk grid (its floor,
   * or a doorway to another hall), clear of every obstacle by the visitor's radius.
   */
  isFree(xM: number, zM: number): boolean;
  /**
   * (x, z) itself when free, else the centre of the nearest free cell within `maxSearchM`;
   * undefined when there is none. For a click on a booth wall or an exhibit.
   */
  nearestFree(xM: number, zM: number, maxSearchM?: number): [number, number] | undefined;
  /**
   * The nearest spot to (x, z) within `maxSearchM` on the floor of the hall there (or the nearest
   * hall within reach) that is free and outside every booth's footprint: where a visitor dropped
   * from the overview lands.
   */
  nearestAisle(xM: number, zM: number, maxSearchM?: number): [number, number] | undefined;
  /**
   * Waypoints [x0, z0, x1, z1, …] from (fromX, fromZ) to (toX, toZ), the end point last, around
   * obstacles and through the doors between halls; undefined when the goal is not free or no route
   * leads there. A start off every grid (a corridor) starts at the nearest free spot of the nearest
   * hall, the first waypoint. Reuses its buffers: allocates only the route and the legs it walks.
   */
  findRoute(fromX: number, fromZ: number, toX: number, toZ: number): number[] | undefined;
  /** Bytes held by the route search's reusable buffers (sized for the largest hall, not the site). */
  routeBufferBytes(): number;
}

export interface FloorPlanOptions {
  /** The visitor's radius, metres (default 0.3, as `walk`). */
  radiusM?: number;
  /** Walk grid cell, metres (default 0.5). */
  cellM?: number;
}

/** Default reach of `nearestFree` and `nearestAisle`, metres. */
const NEAR_SEARCH_M = 6;

/** Exhibits hung higher than this (metres above the floor) pass over visitors' heads. */
export const OVERHEAD_CLEARANCE_M = 2.2;

/** Grid kept around each hall's floor (open only in doorways), metres. */
const GRID_MARGIN_M = 2;

/** Side of the buckets `nearbyObstacles` sorts obstacles into, metres. */
const BUCKET_M = 8;

/** The placeholder size the renderer uses for an exhibit whose model is unknown. */
const FALLBACK_SIZE_M: readonly [number, number, number] = [1, 1, 1];

/** An exhibit's footprint on the floor, [width, depth] metres, before its turn. */
export function exhibitFootprintM(placed: PlacedExhibit, modelsById: ReadonlyMap<string, Model>): [number, number] {
  const [width, , depth] = modelsById.get(placed.exhibit.model)?.sizeM ?? FALLBACK_SIZE_M;
  return [width * placed.exhibit.scale, depth * placed.exhibit.scale];
}

export function buildFloorPlan(layout: LaidOutScene, { radiusM = 0.3, cellM = 0.5 }: FloorPlanOptions = {}): FloorPlan {
  const { scene } = layout;
  const rects: number[] = [];
  const sight: number[] = [];
  // One gate for every rectangle: a NaN from a bad file would silently disable collision.
  const push = (minX: number, minZ: number, maxX: number, maxZ: number, blocksSight = true): void => {
    if (!(Number.isFinite(minX) && Number.isFinite(minZ) && Number.isFinite(maxX) && Number.isFinite(maxZ))) return;
    if (!(maxX >= minX && maxZ >= minZ)) return;
    rects.push(minX, minZ, maxX, maxZ);
    if (blocksSight) sight.push(minX, minZ, maxX, maxZ);
  };
  // A box turned by `yawRad` about (cx, cz), taken as its axis-aligned bounds.
  const pushTurned = (cx: number, cz: number, sizeX: number, sizeZ: number, yawRad: number, blocksSight: boolean): void => {
    const box = aabbOf({ cx, cz, halfWidth: sizeX / 2, halfDepth: sizeZ / 2, yawRad });
    push(box.minX, box.minZ, box.maxX, box.maxZ, blocksSight);
  };
  const acrossEyes = (bottomM: number, heightM: number): boolean => bottomM < EYE_HEIGHT_M && bottomM + heightM > EYE_HEIGHT_M;

  const halls: HallArea[] = [];
  scene.halls.forEach((hall, index) => {
    const [x, z] = hall.positionM;
    const area = { id: hall.id, index, minX: x, minZ: z, maxX: x + hall.sizeM.width, maxZ: z + hall.sizeM.depth };
    if (![area.minX, area.minZ, area.maxX, area.maxZ].every(Number.isFinite)) return;
    halls.push(area);
    for (const wall of wallSegments(hall, WALL_THICKNESS_M)) push(x + wall.cx - wall.sizeX / 2, z + wall.cz - wall.sizeZ / 2, x + wall.cx + wall.sizeX / 2, z + wall.cz + wall.sizeZ / 2);
  });
  passageObstacles(scene.halls, WALL_THICKNESS_M, (minX, minZ, maxX, maxZ) => push(minX, minZ, maxX, maxZ));

  const panels: PanelBox[] = [];
  for (const booth of layout.booths) {
    const hall = scene.halls[booth.hallIndex];
    if (!hall) continue;
    const { cx, cz, halfWidth, halfDepth, yawRad } = booth.rect;
    panels.length = 0;
    for (const panel of boothPanels(booth.template, halfWidth, halfDepth, panels)) {
      const [dx, dz] = rotateOffset(panel.x, panel.z, yawRad);
      const blocksSight = acrossEyes(BOOTH_PLATFORM_HEIGHT_M + panel.y - panel.sizeY / 2, panel.sizeY);
      pushTurned(hall.positionM[0] + cx + dx, hall.positionM[1] + cz + dz, panel.sizeX, panel.sizeZ, yawRad, blocksSight);
    }
  }

  const modelsById = new Map<string, Model>();
  for (const model of scene.models) if (!modelsById.has(model.id)) modelsById.set(model.id, model);
  for (const placed of layout.exhibits) {
    const hall = scene.halls[placed.hallIndex];
    if (!hall || placed.exhibit.elevationM > OVERHEAD_CLEARANCE_M) continue;
    const [width, depth] = exhibitFootprintM(placed, modelsById);
    const heightM = (modelsById.get(placed.exhibit.model)?.sizeM ?? FALLBACK_SIZE_M)[1] * placed.exhibit.scale;
    const blocksSight = acrossEyes(BOOTH_PLATFORM_HEIGHT_M + placed.exhibit.elevationM, heightM);
    pushTurned(hall.positionM[0] + placed.xM, hall.positionM[1] + placed.zM, width, depth, placed.yawRad, blocksSight);
  }

  const obstacles = Float64Array.from(rects);
  const nearbyObstacles = createObstacleBuckets(obstacles, BUCKET_M);
  // Plain loops: these may run every frame, and a callback would be allocated per call.
  const hallIndexAt = (xM: number, zM: number): number => {
    for (let index = 0; index < halls.length; index += 1) {
      const hall = halls[index];
      if (hall && xM >= hall.minX && xM <= hall.maxX && zM >= hall.minZ && zM <= hall.maxZ) return index;
    }
    return -1;
  };
  // Openings between halls, re-indexed from the scene's halls to the plan's (a hall a bad file
  // cannot place is left out of both).
  const planIndex = new Map(halls.map((hall, index) => [hall.index, index]));
  const openings: DoorOpening[] = [];
  for (const opening of doorOpenings(scene.halls, WALL_THICKNESS_M)) {
    const from = planIndex.get(opening.from);
    const to = planIndex.get(opening.to);
    if (from !== undefined && to !== undefined) openings.push({ ...opening, from, to });
  }
  // Grids and the door graph are built on first use: a first frame needs neither (issue 12).
  const grids = createLazyHallGrids(halls, obstacles, openings, { cellM, radiusM, marginM: GRID_MARGIN_M });
  let routes: RouteFinder | undefined;
  const routeFinder = (): RouteFinder => {
    routes ??= createRouteFinder(
      halls.map((_, index) => grids.gridOf(index)),
      openings,
      hallIndexAt,
      nearbyObstacles,
      radiusM,
    );
    return routes;
  };
  let footprints: BoothFootprints[] | undefined;

  const isFree = (xM: number, zM: number): boolean => {
    for (let index = 0; index < grids.count; index += 1) {
      if (within(grids.extentOf(index), xM, zM) && pointIsFree(grids.gridOf(index).grid, xM, zM)) return true;
    }
    return false;
  };
  return {
    obstacles,
    sightBlockers: Float64Array.from(sight),
    halls,
    passages: openings.map((opening) => passageOf(opening, halls)),
    radiusM,
    nearbyObstacles,
    hallAt: (xM, zM) => halls[hallIndexAt(xM, zM)],
    isFree,
    nearestFree: (xM, zM, maxSearchM = NEAR_SEARCH_M) => {
      if (!Number.isFinite(xM) || !Number.isFinite(zM)) return undefined;
      if (isFree(xM, zM)) return [xM, zM];
      return nearestFreeCell(grids, xM, zM, maxSearchM);
    },
    nearestAisle: (xM, zM, maxSearchM = NEAR_SEARCH_M) => {
      const index = hallIndexAt(xM, zM);
      const hall = index >= 0 ? index : nearestHall(halls, xM, zM, maxSearchM);
      const floor = halls[hall];
      footprints ??= boothFootprintsByHall(layout, halls);
      const booths = footprints[hall];
      return floor && booths ? nearestAisleSpot(grids.gridOf(hall).grid, floor, booths, xM, zM, maxSearchM, radiusM) : undefined;
    },
    findRoute: (fromX, fromZ, toX, toZ) => routeFinder().findRoute(fromX, fromZ, toX, toZ),
    routeBufferBytes: () => routeFinder().bytes,
  };
}

function within(rect: HallFloorRect, xM: number, zM: number): boolean {
  return xM >= rect.minX && xM <= rect.maxX && zM >= rect.minZ && zM <= rect.maxZ;
}

/** How far (x, z) lies outside `rect`, metres (0 inside). */
function distanceTo(rect: HallFloorRect, xM: number, zM: number): number {
  return Math.hypot(Math.max(rect.minX - xM, 0, xM - rect.maxX), Math.max(rect.minZ - zM, 0, zM - rect.maxZ));
}

/** The centre of the free cell nearest to (x, z) over every hall's grid within `maxSearchM`. */
function nearestFreeCell(grids: LazyHallGrids, xM: number, zM: number, maxSearchM: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestDistance = maxSearchM;
  for (let index = 0; index < grids.count; index += 1) {
    // A grid wholly beyond the best so far is not built for nothing.
    if (distanceTo(grids.extentOf(index), xM, zM) > bestDistance) continue;
    const { grid } = grids.gridOf(index);
    const cell = nearestCell(grid, xM, zM, bestDistance);
    if (cell < 0) continue;
    const x = cellCentreX(grid, cell);
    const z = cellCentreZ(grid, cell);
    const distance = Math.hypot(x - xM, z - zM);
    if (best && distance >= bestDistance) continue;
    best = [x, z];
    bestDistance = distance;
  }
  return best;
}

/** The index of the hall whose floor is nearest to (x, z), if within `reachM`; else -1. */
function nearestHall(halls: readonly HallArea[], xM: number, zM: number, reachM: number): number {
  let best = -1;
  let bestDistance = reachM;
  halls.forEach((hall, index) => {
    const distance = Math.hypot(Math.max(hall.minX - xM, 0, xM - hall.maxX), Math.max(hall.minZ - zM, 0, zM - hall.maxZ));
    if (distance > bestDistance) return;
    best = index;
    bestDistance = distance;
  });
  return best;
}

/** Each plan hall's booth footprints in site metres. */
function boothFootprintsByHall(layout: LaidOutScene, halls: readonly HallArea[]): BoothFootprints[] {
  const rects: FloorRect[][] = halls.map(() => []);
  const planIndex = new Map(halls.map((hall, index) => [hall.index, index]));
  for (const booth of layout.booths) {
    const index = planIndex.get(booth.hallIndex);
    const hall = index === undefined ? undefined : halls[index];
    if (index === undefined || !hall) continue;
    const rect = { ...booth.rect, cx: booth.rect.cx + hall.minX, cz: booth.rect.cz + hall.minZ };
    if ([rect.cx, rect.cz, rect.halfWidth, rect.halfDepth, rect.yawRad].every(Number.isFinite)) rects[index]?.push(rect);
  }
  return rects.map(createBoothFootprints);
}

/** An opening as the floor plan UI draws it. */
function passageOf(opening: DoorOpening, halls: readonly HallArea[]): Passage {
  const alongX = opening.wall === 'north' || opening.wall === 'south';
  const [outX, outZ] = DIRECTION_VECTORS[opening.wall];
  const { alongFromM, alongToM, faceM } = opening;
  return {
    hallIds: [halls[opening.from]?.id ?? '', halls[opening.to]?.id ?? ''],
    wall: opening.wall,
    endsM: alongX ? [alongFromM, faceM, alongToM, faceM] : [faceM, alongFromM, faceM, alongToM],
    corridorM: Math.max(0, (opening.otherFaceM - faceM) * (outX + outZ)),
  };
}
