import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWalkGrid, nearestFreePoint } from '../../src/navigation/walkGrid';
import { buildFloorPlan, type FloorPlan } from '../../src/navigation/floorPlan';
import { createViewpointFinder } from '../../src/navigation/viewpoints';
import { walk } from '../../src/navigation/walk';
import { expectClearPath } from './routeChecks';
import { parseScene, type LaidOutScene } from '../../src/scene';
import { mulberry32 } from '../../scripts/content/random';
import { minimalSceneDocument, parseDocument, type SceneDocument } from '../scene/sceneFixtures';

/**
 * The minimal scene: hall-1 (60 × 40 m at the origin; street door south at x 27…33, a door east
 * at z 18…22 to hall-2) and hall-2 (40 × 40 m at x 60, its door west at z 18…22). Booth A-001 is
 * an inline booth at (6, 6), 6 × 4 m, facing south: its back wall runs x 3…9 at z 4…4.08.
 */
function layoutOf(document: SceneDocument): LaidOutScene {
  const { layout } = parseDocument(document);
  if (!layout) throw new Error('the test scene does not lay out');
  return layout;
}

const planOf = (document: SceneDocument): FloorPlan => buildFloorPlan(layoutOf(document));

function defaultLayout(): LaidOutScene {
  const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
  if (!layout) throw new Error('the default scene does not lay out');
  return layout;
}

/** Headings (walk convention, 0 looks −z) that walk the compass directions. */
const NORTH = 0;
const SOUTH = Math.PI;
const EAST = -Math.PI / 2;
const WEST = Math.PI / 2;

/** Holds "forward" for `seconds` in 60 Hz frames, colliding with the obstacles near the visitor each frame, as the app does. */
function walkFor(plan: FloorPlan, xM: number, zM: number, yawRad: number, seconds: number): { xM: number; zM: number } {
  const state = { xM, zM, yawRad };
  const scratch = new Float64Array(4 * 256);
  for (let frame = 0; frame < seconds * 60; frame += 1) {
    const count = plan.nearbyObstacles(state.xM, state.zM, 2, scratch);
    walk(state, { forward: 1, strafe: 0 }, 1000 / 60, scratch.subarray(0, count));
  }
  return state;
}

describe('floor plan: halls, walls and doors', () => {
  it('keeps the visitor inside a hall: its walls and its street door are shut', () => {
    const plan = planOf(minimalSceneDocument());
    expect(walkFor(plan, 30, 20, NORTH, 60).zM).toBeCloseTo(0.3, 9);
    expect(walkFor(plan, 30, 20, WEST, 60).xM).toBeCloseTo(0.3, 9);
    // Straight at the street door (x 27…33 in the south wall): it is closed for walking.
    const atDoor = walkFor(plan, 30, 30, SOUTH, 60);
    expect(atDoor.zM).toBeCloseTo(40 - 0.3, 9);
    expect(plan.hallAt(atDoor.xM, atDoor.zM)?.id).toBe('hall-1');
  });

  it('lets the visitor through the declared door into the next hall', () => {
    const plan = planOf(minimalSceneDocument());
    const end = walkFor(plan, 50, 20, EAST, 60);
    // Across hall-2 to its far wall.
    expect(end.xM).toBeCloseTo(100 - 0.3, 9);
    expect(plan.hallAt(end.xM, end.zM)?.id).toBe('hall-2');
  });

  it('stops at the next hall\'s wall when it has no door there, and at a door to an unknown hall', () => {
    const noDoorBack = minimalSceneDocument();
    noDoorBack.halls[1].doors = [];
    // Through hall-1's opening, then against hall-2's west wall (x 59.8…60).
    expect(walkFor(planOf(noDoorBack), 50, 20, EAST, 60).xM).toBeCloseTo(59.8 - 0.3, 9);
    const unknown = minimalSceneDocument();
    unknown.halls[0].doors[1].leadsTo = 'hall-9';
    expect(walkFor(planOf(unknown), 50, 20, EAST, 60).xM).toBeCloseTo(60 - 0.3, 9);
  });

  it('walls in a corridor between halls that do not abut', () => {
    const apart = minimalSceneDocument();
    apart.halls[1].positionM = [70, 0];
    const plan = planOf(apart);
    const end = walkFor(plan, 50, 20, EAST, 80);
    expect(end.xM).toBeCloseTo(110 - 0.3, 9);
    expect(plan.hallAt(end.xM, end.zM)?.id).toBe('hall-2');
    // In the corridor (no hall's floor), the side walls follow the door's edges (z 18 and 22).
    expect(plan.hallAt(65, 20)).toBeUndefined();
    expect(walkFor(plan, 65, 20, NORTH, 60).zM).toBeCloseTo(18 + 0.3, 9);
    expect(walkFor(plan, 65, 20, SOUTH, 60).zM).toBeCloseTo(22 - 0.3, 9);
  });

  it('shuts the part of a door that overhangs the abutting hall it leads to', () => {
    const shifted = minimalSceneDocument();
    // hall-2 now starts at z 20: hall-1's east door (z 18…22) faces it only from z 20 on.
    shifted.halls[1].positionM = [60, 20];
    const plan = planOf(shifted);
    expect(walkFor(plan, 50, 19, EAST, 60).xM).toBeCloseTo(60 - 0.3, 9);
  });

  it('shuts a door whose hall is not opposite it', () => {
    const offset = minimalSceneDocument();
    offset.halls[1].positionM = [70, 50];
    expect(walkFor(planOf(offset), 50, 20, EAST, 60).xM).toBeCloseTo(60 - 0.3, 9);
  });

  it('knows which hall a point is in', () => {
    const plan = buildFloorPlan(defaultLayout());
    expect(plan.halls.map((hall) => hall.id)).toEqual(['hall-1', 'hall-2', 'hall-3', 'hall-4']);
    expect(plan.hallAt(60, 42)?.id).toBe('hall-1');
    expect(plan.hallAt(180, 42)?.id).toBe('hall-2');
    expect(plan.hallAt(470, 80)?.id).toBe('hall-4');
    expect(plan.hallAt(60, 90)).toBeUndefined();
    expect(plan.hallAt(-1, 42)).toBeUndefined();
  });
});

describe('floor plan: booths and exhibits', () => {
  /** The minimal scene plus a kiosk, an island with a 4 × 4 m exhibit, and one hung overhead. */
  function furnished(): SceneDocument {
    const document = minimalSceneDocument();
    document.booths.push(
      { id: 'booth-k-001', code: 'K-001', zone: 'zone-ai', positionM: [20, 30], sizeM: [3, 2], template: 'kiosk' },
      { id: 'booth-i-001', code: 'I-001', zone: 'zone-ai', positionM: [20, 15], sizeM: [8, 8], template: 'island' },
      { id: 'booth-i-002', code: 'I-002', zone: 'zone-space', positionM: [40, 30], sizeM: [8, 8], template: 'island' },
    );
    document.models.push({ id: 'model-big', lods: ['models/big/lod0.glb'], sizeM: [4, 3, 4] });
    document.exhibits.push(
      { id: 'big', booth: 'booth-i-001', model: 'model-big', offsetM: [0, 0], title: { en: 'Big' } },
      { id: 'banner', booth: 'booth-i-002', model: 'model-big', offsetM: [0, 0], elevationM: 3, title: { en: 'Banner' } },
    );
    return document;
  }

  it('slides a visitor along a booth\'s back wall', () => {
    const plan = planOf(minimalSceneDocument());
    // South-east from north of A-001: stopped by the back wall (z 4), still moving east.
    const end = walkFor(plan, 4, 2, Math.atan2(-1, -1), 3);
    expect(end.zM).toBeCloseTo(4 - 0.3, 9);
    expect(end.xM).toBeGreaterThan(6);
  });

  it('stops a visitor at a kiosk counter and a large exhibit, not at an exhibit hung overhead', () => {
    const plan = planOf(furnished());
    // The counter: 1.8 × 0.6 m in the middle of the kiosk (z 29.7…30.3); the platform is walkable.
    expect(walkFor(plan, 20, 26, SOUTH, 10).zM).toBeCloseTo(29.7 - 0.3, 9);
    // The exhibit covers x 18…22, z 13…17 on an open island.
    expect(walkFor(plan, 20, 8, SOUTH, 10).zM).toBeCloseTo(13 - 0.3, 9);
    // The banner hangs 3 m up: the visitor walks under it to the hall's south wall.
    expect(walkFor(plan, 40, 24, SOUTH, 20).zM).toBeCloseTo(40 - 0.3, 9);
  });

  it('leaves out what a bad file cannot place, and nothing else', () => {
    const good = buildFloorPlan(layoutOf(minimalSceneDocument()));
    const layout = layoutOf(minimalSceneDocument());
    const boothA = layout.booths.find((booth) => booth.id === 'booth-a-001');
    const robot = layout.exhibits.find((placed) => placed.exhibit.id === 'robot');
    if (!boothA || !robot) throw new Error('fixture changed');
    boothA.rect.cx = Number.NaN;
    robot.xM = Number.POSITIVE_INFINITY;
    const plan = buildFloorPlan(layout);
    expect(plan.obstacles.every(Number.isFinite)).toBe(true);
    // A-001's three panels and the robot are gone; the walls still hold.
    expect(plan.obstacles.length).toBe(good.obstacles.length - 4 * 4);
    expect(walkFor(plan, 30, 20, NORTH, 60).zM).toBeCloseTo(0.3, 9);
  });
});

describe('floor plan: nearby obstacles', () => {
  const plan = buildFloorPlan(defaultLayout());
  const { obstacles } = plan;

  /** The obstacles within `reach` of (x, z), by brute force, as sorted rectangle strings. */
  function bruteForce(xM: number, zM: number, reachM: number): string[] {
    const found: string[] = [];
    for (let b = 0; b < obstacles.length; b += 4) {
      const [x0 = 0, z0 = 0, x1 = 0, z1 = 0] = obstacles.subarray(b, b + 4);
      const dx = Math.max(x0 - xM, 0, xM - x1);
      const dz = Math.max(z0 - zM, 0, zM - z1);
      if (Math.hypot(dx, dz) <= reachM) found.push(`${x0},${z0},${x1},${z1}`);
    }
    return found.sort();
  }

  const rectangles = (out: Float64Array, count: number): string[] => {
    const found: string[] = [];
    for (let b = 0; b < count; b += 4) found.push(Array.from(out.subarray(b, b + 4)).join(','));
    return found.sort();
  };

  it('returns exactly the obstacles within reach, each once', () => {
    const random = mulberry32(5);
    const out = new Float64Array(obstacles.length);
    let nonEmpty = 0;
    for (let trial = 0; trial < 400; trial += 1) {
      const x = -10 + random() * 500;
      const z = -10 + random() * 104;
      const reach = random() * 12;
      const count = plan.nearbyObstacles(x, z, reach, out);
      expect(count % 4).toBe(0);
      expect(rectangles(out, count)).toEqual(bruteForce(x, z, reach));
      if (count > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('copies only as many as fit, and nothing for a point that is not a number', () => {
    const all = bruteForce(60, 42, 30);
    expect(all.length).toBeGreaterThan(3);
    const small = new Float64Array(10);
    expect(plan.nearbyObstacles(60, 42, 30, small)).toBe(8);
    for (const rectangle of rectangles(small, 8)) expect(all).toContain(rectangle);
    expect(plan.nearbyObstacles(Number.NaN, 42, 30, small)).toBe(0);
  });
});

describe('floor plan: paths', () => {
  it('finds a path from hall-1\'s entrance to a booth in hall-2 of the default expo, through the door', () => {
    const layout = defaultLayout();
    const plan = buildFloorPlan(layout);
    const viewpoints = createViewpointFinder(layout, plan);
    const entrance = viewpoints.hallEntrance('hall-1');
    const booth = layout.booths.find((candidate) => layout.scene.halls[candidate.hallIndex]?.id === 'hall-2');
    const target = booth && viewpoints.booth(booth.id);
    if (!entrance || !target) throw new Error('no entrance or booth viewpoint');
    const path = plan.findRoute(entrance.xM, entrance.zM, target.xM, target.zM);
    if (!path) throw new Error('no path');
    expect(path.slice(-2)).toEqual([target.xM, target.zM]);
    expectClearPath(plan, entrance.xM, entrance.zM, path);
  });

  it('walks around a booth instead of through its walls', () => {
    const plan = planOf(minimalSceneDocument());
    // From behind A-001 to in front of it (missing the robot at x 5.6…6.4): round a side wall.
    const path = plan.findRoute(4, 2, 4, 10);
    if (!path) throw new Error('no path');
    expect(path.length).toBeGreaterThan(2);
    expectClearPath(plan, 4, 2, path);
  });

  it('starts from a visitor pressed against a wall, whose own cell is blocked', () => {
    const plan = planOf(minimalSceneDocument());
    expect(plan.isFree(30, 0.3)).toBe(false);
    expect(plan.findRoute(30, 0.3, 30, 10)).toEqual([30, 10]);
  });

  it('moves a spot inside an obstacle to the nearest free one', () => {
    const plan = planOf(minimalSceneDocument());
    // On A-001's back wall.
    const spot = plan.nearestFree(6, 4.05);
    if (!spot) throw new Error('no free point');
    expect(plan.isFree(spot[0], spot[1])).toBe(true);
    // No free cell centre is nearer (brute force over the half-metre lattice around it).
    let nearest = Infinity;
    for (let x = 0.25; x < 12; x += 0.5) {
      for (let z = 0.25; z < 10; z += 0.5) if (plan.isFree(x, z)) nearest = Math.min(nearest, Math.hypot(x - 6, z - 4.05));
    }
    expect(Math.hypot(spot[0] - 6, spot[1] - 4.05)).toBeCloseTo(nearest, 9);
    expect(nearest).toBeLessThan(1);
    // A free spot is kept as it is; nothing free within reach gives undefined.
    expect(plan.nearestFree(30.1, 20.2)).toEqual([30.1, 20.2]);
    expect(plan.nearestFree(30, 300)).toBeUndefined();
    const walled = createWalkGrid(0, 0, 20, 20, Float64Array.from([0, 0, 20, 20]));
    expect(nearestFreePoint(walled, 10, 10)).toBeUndefined();
  });
});
