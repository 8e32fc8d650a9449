/**
 * The floor plan a visitor walks on, built once per scene: every obstacle as an axis-aligned
 * rectangle in site metres (hall walls, shut doors and corridor walls, booth walls and counters,
 * exhibits standing on the floor), the walk grid over the whole site for paths, and quick answers
 * to "what is near me" (collision per frame) and "which hall am I in".
 *
 * Everything is taken from the same architecture the renderer draws (`wallSegments`,
 * `boothPanels`), so the visitor bumps into what they see.
 */
import {
  aabbOf,
  BOOTH_PLATFORM_HEIGHT_M,
  boothPanels,
  rotateOffset,
  wallSegments,
  WALL_THICKNESS_M,
  type LaidOutScene,
  type Model,
  type PanelBox,
  type PlacedExhibit,
} from '../scene';
import { EYE_HEIGHT_M } from './cameraPose';
import { createWalkGrid, type WalkGrid } from './findPath';
import { passageObstacles } from './hallPassages';
import { createObstacleBuckets } from './obstacleBuckets';

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

export interface FloorPlan {
  /** Every obstacle rectangle, site metres: [minX, minZ, maxX, maxZ] × n. */
  obstacles: Float64Array;
  /**
   * The obstacles a standing visitor cannot see past (walls, booth walls, exhibits reaching across
   * eye height), same layout: for choosing where to stand to see something.
   */
  sightBlockers: Float64Array;
  halls: HallArea[];
  /** The walk grid over the whole site (all halls, plus a margin of 2 m). */
  grid: WalkGrid;
  /** The visitor radius the grid's obstacles were grown by, metres. */
  radiusM: number;
  /**
   * Copies into `out` the obstacles whose rectangle comes within `reachM` of (x, z); returns how
   * many numbers were written (4 per obstacle), as many as fit. Allocates nothing.
   */
  nearbyObstacles(xM: number, zM: number, reachM: number, out: Float64Array): number;
  /** The hall whose floor contains (x, z), or undefined (in a wall or outside). */
  hallAt(xM: number, zM: number): HallArea | undefined;
}

export interface FloorPlanOptions {
  /** The visitor's radius, metres (default 0.3, as `walk`). */
  radiusM?: number;
  /** Walk grid cell, metres (default 0.5). */
  cellM?: number;
}

/** Exhibits hung higher than this (metres above the floor) pass over visitors' heads. */
export const OVERHEAD_CLEARANCE_M = 2.2;

/** Free floor kept around the halls in the walk grid, metres. */
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
  const grid = siteGrid(halls, obstacles, radiusM, cellM);
  return {
    obstacles,
    sightBlockers: Float64Array.from(sight),
    halls,
    grid,
    radiusM,
    nearbyObstacles: createObstacleBuckets(obstacles, BUCKET_M),
    hallAt: (xM, zM) => halls.find((hall) => xM >= hall.minX && xM <= hall.maxX && zM >= hall.minZ && zM <= hall.maxZ),
  };
}

function siteGrid(halls: readonly HallArea[], obstacles: Float64Array, radiusM: number, cellM: number): WalkGrid {
  if (halls.length === 0) return createWalkGrid(0, 0, cellM, cellM, obstacles, { cellM, radiusM });
  let minX = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxZ = -Infinity;
  for (const hall of halls) {
    minX = Math.min(minX, hall.minX);
    minZ = Math.min(minZ, hall.minZ);
    maxX = Math.max(maxX, hall.maxX);
    maxZ = Math.max(maxZ, hall.maxZ);
  }
  return createWalkGrid(minX - GRID_MARGIN_M, minZ - GRID_MARGIN_M, maxX + GRID_MARGIN_M, maxZ + GRID_MARGIN_M, obstacles, { cellM, radiusM });
}
