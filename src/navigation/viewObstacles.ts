/**
 * What stands between an eye and the thing it looks at, in three dimensions: hall walls, booth
 * walls and counters, every exhibit's box, and the signs (boards, posts and cables) the renderer
 * hangs, each as a box turned about the vertical. The floor plan's `sightBlockers` are flat
 * rectangles of what crosses eye height, which missed the two things that spoiled exhibit views
 * (issue 12): the 8 cm post under an island booth's name board standing in the middle of the
 * picture, and boards and exhibits above or below eye height that still cut the line from the eye
 * to an exhibit's centre when the eye looks up or down at it.
 *
 * The signs' geometry belongs to the renderer (`labelPlacements`, which navigation may not import),
 * so they come in as boxes from the caller (`signViewObstacles` in render); everything else is
 * built here from the same architecture the renderer draws (`wallSegments`, `boothPanels`).
 * Used by the viewpoint chooser and by the ray test over the default expo.
 */
import {
  BOOTH_PLATFORM_HEIGHT_M,
  boothPanels,
  rotateOffset,
  SOLID_WALL_HEIGHT_M,
  wallSegments,
  WALL_THICKNESS_M,
  type LaidOutScene,
  type Model,
  type PanelBox,
} from '../scene';
import { exhibitFootprintM } from './floorPlan';

/** `zone-sign`: a zone's sign hanging from the ceiling (owner: the zone id), which entrance views frame. */
export type ViewObstacleKind = 'hall-wall' | 'booth-wall' | 'exhibit' | 'sign' | 'zone-sign' | 'sign-support';

/** A box turned by `yawRad` about the vertical through its centre, site metres. */
export interface ViewBox {
  kind: ViewObstacleKind;
  /** The exhibit id for an exhibit, the booth id for booth walls and fascias, the zone id for a zone sign, else ''. */
  owner: string;
  cx: number;
  cy: number;
  cz: number;
  halfX: number;
  halfY: number;
  halfZ: number;
  /** Counter-clockwise seen from above, as the booth rotation and three's `rotation.y`. */
  yawRad: number;
}

/** The placeholder size the renderer uses for an exhibit whose model is unknown. */
const FALLBACK_SIZE_M: readonly [number, number, number] = [1, 1, 1];

/** The box of an exhibit as the renderer places it: on its booth's platform, raised by its elevation. */
export function exhibitBox(layout: LaidOutScene, exhibitIndex: number, modelsById: ReadonlyMap<string, Model>): ViewBox | undefined {
  const placed = layout.exhibits[exhibitIndex];
  const hall = placed ? layout.scene.halls[placed.hallIndex] : undefined;
  if (!placed || !hall || !Number.isFinite(placed.xM + placed.zM + placed.yawRad)) return undefined;
  const [width, depth] = exhibitFootprintM(placed, modelsById);
  const height = (modelsById.get(placed.exhibit.model)?.sizeM ?? FALLBACK_SIZE_M)[1] * placed.exhibit.scale;
  return {
    kind: 'exhibit',
    owner: placed.exhibit.id,
    cx: hall.positionM[0] + placed.xM,
    cy: BOOTH_PLATFORM_HEIGHT_M + placed.exhibit.elevationM + height / 2,
    cz: hall.positionM[1] + placed.zM,
    halfX: width / 2,
    halfY: height / 2,
    halfZ: depth / 2,
    yawRad: placed.yawRad,
  };
}

/** Every wall, booth part and exhibit of the layout, then `signs`, as view obstacles. */
export function collectViewObstacles(layout: LaidOutScene, signs: readonly ViewBox[] = []): ViewBox[] {
  const { halls, models } = layout.scene;
  const boxes: ViewBox[] = [];
  const push = (box: ViewBox): void => {
    if (Number.isFinite(box.cx + box.cy + box.cz + box.halfX + box.halfY + box.halfZ + box.yawRad)) boxes.push(box);
  };
  for (const hall of halls) {
    // Only the solid part: the glass above it is seen through.
    const height = Math.min(hall.sizeM.height, SOLID_WALL_HEIGHT_M);
    for (const wall of wallSegments(hall, WALL_THICKNESS_M)) {
      push({ kind: 'hall-wall', owner: '', cx: hall.positionM[0] + wall.cx, cy: height / 2, cz: hall.positionM[1] + wall.cz, halfX: wall.sizeX / 2, halfY: height / 2, halfZ: wall.sizeZ / 2, yawRad: 0 });
    }
  }
  const panels: PanelBox[] = [];
  for (const booth of layout.booths) {
    const hall = halls[booth.hallIndex];
    if (!hall) continue;
    const { cx, cz, halfWidth, halfDepth, yawRad } = booth.rect;
    panels.length = 0;
    for (const panel of boothPanels(booth.template, halfWidth, halfDepth, panels)) {
      const [dx, dz] = rotateOffset(panel.x, panel.z, yawRad);
      push({
        kind: 'booth-wall',
        owner: booth.id,
        cx: hall.positionM[0] + cx + dx,
        cy: BOOTH_PLATFORM_HEIGHT_M + panel.y,
        cz: hall.positionM[1] + cz + dz,
        halfX: panel.sizeX / 2,
        halfY: panel.sizeY / 2,
        halfZ: panel.sizeZ / 2,
        yawRad,
      });
    }
  }
  const modelsById = new Map<string, Model>();
  for (const model of models) if (!modelsById.has(model.id)) modelsById.set(model.id, model);
  for (let index = 0; index < layout.exhibits.length; index += 1) {
    const box = exhibitBox(layout, index, modelsById);
    if (box) push(box);
  }
  for (const sign of signs) push(sign);
  return boxes;
}

/**
 * The fraction (0 … 1) along the segment from (x0, y0, z0) to (x1, y1, z1) where it enters `box`,
 * or NaN when it misses it. A slab test in the box's own frame.
 */
export function segmentEntersBox(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, box: ViewBox): number {
  // Into the box frame: undo its turn about the vertical through its centre.
  const [ax, az] = rotateOffset(x0 - box.cx, z0 - box.cz, -box.yawRad);
  const [bx, bz] = rotateOffset(x1 - box.cx, z1 - box.cz, -box.yawRad);
  const ay = y0 - box.cy;
  const by = y1 - box.cy;
  let from = 0;
  let to = 1;
  for (const [start, end, half] of [
    [ax, bx, box.halfX],
    [ay, by, box.halfY],
    [az, bz, box.halfZ],
  ] as const) {
    const delta = end - start;
    if (delta === 0) {
      if (start < -half || start > half) return Number.NaN;
      continue;
    }
    const a = (-half - start) / delta;
    const b = (half - start) / delta;
    from = Math.max(from, Math.min(a, b));
    to = Math.min(to, Math.max(a, b));
    if (from > to) return Number.NaN;
  }
  return from;
}

/** A query over many view obstacles: only those near the segment are tested. */
export interface ViewObstacleIndex {
  readonly boxes: readonly ViewBox[];
  /**
   * The first obstacle the segment from (x0, y0, z0) to (x1, y1, z1) enters, skipping those whose
   * `owner` is `skipOwner`; undefined when the line is clear.
   */
  firstHit(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, skipOwner?: string): ViewBox | undefined;
}

/** Side of the grid cells the index sorts boxes into, metres. */
const CELL_M = 8;
/** A box spanning more cells than this (a long hall wall) is tested by every query instead. */
const MAX_BOX_CELLS = 64;

export function createViewObstacleIndex(boxes: readonly ViewBox[]): ViewObstacleIndex {
  const cells = new Map<number, number[]>();
  const everywhere: number[] = [];
  // A number, not a string, per cell: a query looks up many cells. The site is at most ±5 km
  // (the scene format's limit), ±625 cells, well inside ±2048.
  const key = (column: number, row: number): number => (column + 2048) * 4096 + (row + 2048);
  boxes.forEach((box, index) => {
    const reach = Math.hypot(box.halfX, box.halfZ);
    const c0 = Math.floor((box.cx - reach) / CELL_M);
    const c1 = Math.floor((box.cx + reach) / CELL_M);
    const r0 = Math.floor((box.cz - reach) / CELL_M);
    const r1 = Math.floor((box.cz + reach) / CELL_M);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > MAX_BOX_CELLS) {
      everywhere.push(index);
      return;
    }
    for (let c = c0; c <= c1; c += 1) {
      for (let r = r0; r <= r1; r += 1) {
        const list = cells.get(key(c, r));
        if (list) list.push(index);
        else cells.set(key(c, r), [index]);
      }
    }
  });
  let stamp = 0;
  const seen = new Uint32Array(boxes.length);
  return {
    boxes,
    firstHit(x0, y0, z0, x1, y1, z1, skipOwner) {
      stamp += 1;
      let best: ViewBox | undefined;
      let bestT = Infinity;
      const test = (index: number): void => {
        if (seen[index] === stamp) return;
        seen[index] = stamp;
        const box = boxes[index];
        if (!box || (skipOwner !== undefined && box.owner === skipOwner)) return;
        const t = segmentEntersBox(x0, y0, z0, x1, y1, z1, box);
        if (t < bestT) {
          bestT = t;
          best = box;
        }
      };
      for (const index of everywhere) test(index);
      const c0 = Math.floor(Math.min(x0, x1) / CELL_M);
      const c1 = Math.floor(Math.max(x0, x1) / CELL_M);
      const r0 = Math.floor(Math.min(z0, z1) / CELL_M);
      const r1 = Math.floor(Math.max(z0, z1) / CELL_M);
      for (let c = c0; c <= c1; c += 1) {
        for (let r = r0; r <= r1; r += 1) for (const index of cells.get(key(c, r)) ?? []) test(index);
      }
      return best;
    },
  };
}
