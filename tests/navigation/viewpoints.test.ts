import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFloorPlan, type FloorPlan } from '../../src/navigation/floorPlan';
import { createViewpointFinder, type Viewpoint } from '../../src/navigation/viewpoints';
import { parseScene, pointInRect, type LaidOutScene } from '../../src/scene';
import { minimalSceneDocument, parseDocument, type SceneDocument } from '../scene/sceneFixtures';

function layoutOf(document: SceneDocument): LaidOutScene {
  const { layout } = parseDocument(document);
  if (!layout) throw new Error('the test scene does not lay out');
  return layout;
}

function finderFor(layout: LaidOutScene): { plan: FloorPlan; viewpoints: ReturnType<typeof createViewpointFinder> } {
  const plan = buildFloorPlan(layout);
  return { plan, viewpoints: createViewpointFinder(layout, plan) };
}

/** How squarely the viewpoint looks at (x, z): 1 is dead ahead. Looking along yaw is (−sin, −cos). */
function facing(viewpoint: Viewpoint, xM: number, zM: number): number {
  const dx = xM - viewpoint.xM;
  const dz = zM - viewpoint.zM;
  return (-Math.sin(viewpoint.yawRad) * dx - Math.cos(viewpoint.yawRad) * dz) / Math.hypot(dx, dz);
}

function expectStandable(plan: FloorPlan, viewpoint: Viewpoint, hallId: string): void {
  expect(plan.isFree(viewpoint.xM, viewpoint.zM)).toBe(true);
  expect(plan.hallAt(viewpoint.xM, viewpoint.zM)?.id).toBe(hallId);
  expect(viewpoint.hallId).toBe(hallId);
}

/**
 * Whether an obstacle stands between (x0, z0) and the target (x1, z1), by brute force: sampled every
 * 5 cm, ignoring the rectangles the target stands in (its own footprint).
 */
function blockedSight(obstacles: Float64Array, x0: number, z0: number, x1: number, z1: number): boolean {
  const inside = (b: number, x: number, z: number): boolean =>
    x >= (obstacles[b] ?? 0) && x <= (obstacles[b + 2] ?? 0) && z >= (obstacles[b + 1] ?? 0) && z <= (obstacles[b + 3] ?? 0);
  const steps = Math.ceil(Math.hypot(x1 - x0, z1 - z0) / 0.05);
  for (let b = 0; b < obstacles.length; b += 4) {
    if (inside(b, x1, z1)) continue;
    for (let step = 0; step <= steps; step += 1) if (inside(b, x0 + ((x1 - x0) * step) / steps, z0 + ((z1 - z0) * step) / steps)) return true;
  }
  return false;
}

describe('viewpoints in the default expo', () => {
  const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
  if (!layout) throw new Error('the default scene does not lay out');
  const { plan, viewpoints } = finderFor(layout);
  const hallId = (index: number): string => layout.scene.halls[index]?.id ?? '?';
  const hallOrigin = (index: number): readonly [number, number] => layout.scene.halls[index]?.positionM ?? [Number.NaN, Number.NaN];

  it('stands just inside each hall\'s street entrance, looking in', () => {
    for (const hall of layout.scene.halls) {
      const entrance = viewpoints.hallEntrance(hall.id);
      if (!entrance) throw new Error(`no entrance for ${hall.id}`);
      expectStandable(plan, entrance, hall.id);
      // Every hall's street door is in its south wall, at offset 60.
      expect(entrance.xM).toBeCloseTo(hall.positionM[0] + 60, 9);
      expect(entrance.zM).toBeCloseTo(hall.sizeM.depth - 2.5, 9);
      expect(facing(entrance, entrance.xM, 0)).toBeGreaterThan(0.95);
    }
  });

  it('stands on the aisle in front of every booth, looking at it', () => {
    let onFront = 0;
    for (const booth of layout.booths) {
      const viewpoint = viewpoints.booth(booth.id);
      if (!viewpoint) throw new Error(`no viewpoint for ${booth.id}`);
      const [x0, z0] = hallOrigin(booth.hallIndex);
      const rect = { ...booth.rect, cx: booth.rect.cx + x0, cz: booth.rect.cz + z0 };
      expectStandable(plan, viewpoint, hallId(booth.hallIndex));
      expect(pointInRect(viewpoint.xM, viewpoint.zM, rect)).toBe(false);
      expect(facing(viewpoint, rect.cx, rect.cz)).toBeGreaterThan(0.95);
      const front = (viewpoint.xM - rect.cx) * Math.sin(rect.yawRad) + (viewpoint.zM - rect.cz) * Math.cos(rect.yawRad);
      if (front > rect.halfDepth) onFront += 1;
    }
    // Nearly every booth is seen from its front; the rest from another side.
    expect(onFront).toBeGreaterThan(layout.booths.length * 0.9);
  });

  it('stands in view of every exhibit, looking at it', () => {
    let seen = 0;
    for (const placed of layout.exhibits) {
      const viewpoint = viewpoints.exhibit(placed.exhibit.id);
      if (!viewpoint) throw new Error(`no viewpoint for ${placed.exhibit.id}`);
      const [x0, z0] = hallOrigin(placed.hallIndex);
      const x = placed.xM + x0;
      const z = placed.zM + z0;
      expectStandable(plan, viewpoint, hallId(placed.hallIndex));
      expect(facing(viewpoint, x, z)).toBeGreaterThan(0.95);
      if (!blockedSight(plan.sightBlockers, viewpoint.xM, viewpoint.zM, x, z)) seen += 1;
    }
    // Exhibits packed close together hide each other now and then; the finder looks round them.
    expect(seen).toBeGreaterThan(layout.exhibits.length * 0.97);
  });

  it('answers undefined for unknown ids', () => {
    expect(viewpoints.hallEntrance('hall-9')).toBeUndefined();
    expect(viewpoints.booth('booth-zz-999')).toBeUndefined();
    expect(viewpoints.exhibit('no-such-exhibit')).toBeUndefined();
  });
});

describe('viewpoints in small scenes', () => {
  it('stands in front of a booth, across the aisle, and in front of an exhibit, facing them', () => {
    const { plan, viewpoints } = finderFor(layoutOf(minimalSceneDocument()));
    // 6 × 4 m at (6, 6) facing south: 2 m to its front, then 2.5 m of aisle.
    const booth = viewpoints.booth('booth-a-001');
    expect(booth?.xM).toBeCloseTo(6, 9);
    expect(booth?.zM).toBeCloseTo(10.5, 9);
    expect(Math.cos(booth?.yawRad ?? Number.NaN)).toBeCloseTo(1, 9);
    // The robot (0.8 × 0.6 m) at (6, 6.5), facing south: straight in front of it, far enough back
    // (1.6 m was the old fixed step) that its whole height fits in the picture, yet within 4 m.
    const robot = viewpoints.exhibit('robot');
    if (!robot) throw new Error('no robot viewpoint');
    expect(robot.xM).toBeCloseTo(6, 9);
    expect(robot.zM).toBeGreaterThan(8.1);
    expect(robot.zM).toBeLessThan(10.5);
    expect(facing(robot, 6, 6.5)).toBeCloseTo(1, 9);
    expectStandable(plan, robot, 'hall-1');
  });

  it('goes round to another side of a booth whose front faces the hall wall', () => {
    const document = minimalSceneDocument();
    // 4 × 2 m against the north wall, facing it: the front spot would be outside the hall.
    document.booths.push({ id: 'booth-w-001', code: 'W-001', zone: 'zone-space', positionM: [40, 1.5], rotationDeg: 180, sizeM: [4, 2], template: 'peninsula' });
    const { plan, viewpoints } = finderFor(layoutOf(document));
    const viewpoint = viewpoints.booth('booth-w-001');
    if (!viewpoint) throw new Error('no viewpoint');
    expectStandable(plan, viewpoint, 'hall-1');
    expect(viewpoint.zM).toBeGreaterThan(2.5);
    expect(facing(viewpoint, 40, 1.5)).toBeGreaterThan(0.95);
  });

  it('does not look at an exhibit through its booth\'s back wall', () => {
    const document = minimalSceneDocument();
    // The robot turned to face A-001's back wall (z 4…4.08), 0.9 m from it.
    Object.assign(document.exhibits[0], { offsetM: [0, -1], rotationDeg: 180 });
    const { plan, viewpoints } = finderFor(layoutOf(document));
    const viewpoint = viewpoints.exhibit('robot');
    if (!viewpoint) throw new Error('no viewpoint');
    expectStandable(plan, viewpoint, 'hall-1');
    expect(viewpoint.zM).toBeGreaterThan(4.08);
    expect(facing(viewpoint, 6, 5)).toBeGreaterThan(0.95);
  });

  it('uses the first door without a street door, and the south side without doors', () => {
    const document = minimalSceneDocument();
    const { viewpoints } = finderFor(layoutOf(document));
    // hall-2 (x 60…100) has only its west door to hall-1, at z 20: step in east, look east.
    const west = viewpoints.hallEntrance('hall-2');
    expect(west?.xM).toBeCloseTo(62.5, 9);
    expect(west?.zM).toBeCloseTo(20, 9);
    expect(Math.sin(west?.yawRad ?? Number.NaN)).toBeCloseTo(-1, 9);

    document.halls[1].doors = [];
    const closed = finderFor(layoutOf(document)).viewpoints.hallEntrance('hall-2');
    expect(closed?.xM).toBeCloseTo(80, 9);
    expect(closed?.zM).toBeCloseTo(37.5, 9);
    expect(Math.cos(closed?.yawRad ?? Number.NaN)).toBeCloseTo(1, 9);
  });

  it('has no viewpoint for an exhibit whose booth is unknown', () => {
    const document = minimalSceneDocument();
    document.exhibits[0].booth = 'booth-zz-001';
    expect(finderFor(layoutOf(document)).viewpoints.exhibit('robot')).toBeUndefined();
  });
});
