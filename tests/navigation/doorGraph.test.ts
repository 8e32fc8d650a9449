import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFloorPlan, type FloorPlan } from '../../src/navigation/floorPlan';
import { createViewpointFinder } from '../../src/navigation/viewpoints';
import { parseScene, type LaidOutScene } from '../../src/scene';
import { minimalSceneDocument, parseDocument, type SceneDocument } from '../scene/sceneFixtures';
import { crossingsOfX, expectClearPath } from './routeChecks';

/**
 * The minimal scene: hall-1 (60 × 40 m at the origin, a door east at z 18…22 to hall-2) and hall-2
 * (40 × 40 m at x 60, its door west at z 18…22 back to hall-1). Doors are 4 m wide by default.
 */
function planOf(document: SceneDocument): FloorPlan {
  const { layout } = parseDocument(document);
  if (!layout) throw new Error('the test scene does not lay out');
  return buildFloorPlan(layout);
}

function defaultLayout(): LaidOutScene {
  const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
  if (!layout) throw new Error('the default scene does not lay out');
  return layout;
}

const RADIUS_M = 0.3;

/** Routes a visitor would walk, or fails the test. */
function routeOf(plan: FloorPlan, fromX: number, fromZ: number, toX: number, toZ: number): number[] {
  const route = plan.findRoute(fromX, fromZ, toX, toZ);
  if (!route) throw new Error(`no route from (${fromX}, ${fromZ}) to (${toX}, ${toZ})`);
  expect(route.slice(-2)).toEqual([toX, toZ]);
  return route;
}

/** hall-2 cut in two by a row of ten 4 × 2 m peninsula booths across its whole width at z 27…29. */
function splitHall(document: SceneDocument): SceneDocument {
  for (let k = 0; k < 10; k += 1) {
    document.booths.push({ id: `booth-p-${k + 1}`, code: `P-${k + 1}`, zone: 'zone-materials', positionM: [2 + 4 * k, 28], sizeM: [4, 2], template: 'peninsula' });
  }
  return document;
}

/** A second pair of doors between the halls, at z 34…38 (south of hall-2's booth row). */
function secondDoors(document: SceneDocument): SceneDocument {
  document.halls[0].doors.push({ id: 'to-hall-2-south', wall: 'east', offsetM: 36, leadsTo: 'hall-2' });
  document.halls[1].doors.push({ id: 'to-hall-1-south', wall: 'west', offsetM: 36, leadsTo: 'hall-1' });
  return document;
}

describe('routes within a hall', () => {
  it('stays in the hall and keeps off every obstacle', () => {
    const plan = planOf(minimalSceneDocument());
    // From behind booth A-001 (back wall z 4) to the far corner of hall-1.
    const route = routeOf(plan, 4, 2, 55, 35);
    expectClearPath(plan, 4, 2, route);
    for (let k = 0; k < route.length; k += 2) expect(plan.hallAt(route[k] ?? Number.NaN, route[k + 1] ?? Number.NaN)?.id).toBe('hall-1');
  });
});

describe('routes across halls', () => {
  it('walks through the opening both halls leave in the shared wall', () => {
    const document = minimalSceneDocument();
    // hall-2's door moved to z 19.5…23.5: the way through is where both doors are, z 19.5…22.
    document.halls[1].doors[0].offsetM = 21.5;
    const plan = planOf(document);
    const route = routeOf(plan, 10, 30, 90, 5);
    expectClearPath(plan, 10, 30, route);
    const crossings = crossingsOfX(60, 10, 30, route);
    expect(crossings).toHaveLength(1);
    expect(crossings[0]).toBeGreaterThanOrEqual(19.5 + RADIUS_M);
    expect(crossings[0]).toBeLessThanOrEqual(22 - RADIUS_M);
    // The plan lists the same opening for the floor plan to draw.
    expect(plan.passages).toEqual([{ hallIds: ['hall-1', 'hall-2'], wall: 'east', endsM: [60, 19.5, 60, 22], corridorM: 0 }]);
  });

  it('walks along the corridor between halls that do not abut', () => {
    const document = minimalSceneDocument();
    document.halls[1].positionM = [70, 0];
    const plan = planOf(document);
    const route = routeOf(plan, 10, 30, 100, 35);
    expectClearPath(plan, 10, 30, route);
    // Every point of the route between the halls lies inside the corridor (walls at z 18 and 22).
    const steps = 2000;
    let x = 10;
    let z = 30;
    let inCorridor = 0;
    for (let k = 0; k < route.length; k += 2) {
      const toX = route[k] ?? Number.NaN;
      const toZ = route[k + 1] ?? Number.NaN;
      for (let step = 0; step <= steps; step += 1) {
        const px = x + ((toX - x) * step) / steps;
        const pz = z + ((toZ - z) * step) / steps;
        if (px <= 60.2 || px >= 69.8) continue;
        inCorridor += 1;
        expect(pz).toBeGreaterThanOrEqual(18 + RADIUS_M);
        expect(pz).toBeLessThanOrEqual(22 - RADIUS_M);
      }
      x = toX;
      z = toZ;
    }
    expect(inCorridor).toBeGreaterThan(0);
    expect(plan.passages.map((passage) => passage.corridorM)).toEqual([10]);
  });

  it('crosses every hall of the default expo to an exhibit in hall-4, through each door', () => {
    const layout = defaultLayout();
    const plan = buildFloorPlan(layout);
    const viewpoints = createViewpointFinder(layout, plan);
    const entrance = viewpoints.hallEntrance('hall-1');
    const exhibit = layout.exhibits.find((placed) => layout.scene.halls[placed.hallIndex]?.id === 'hall-4');
    const target = exhibit && viewpoints.exhibit(exhibit.exhibit.id);
    if (!entrance || !target) throw new Error('no entrance or exhibit viewpoint');
    const route = routeOf(plan, entrance.xM, entrance.zM, target.xM, target.zM);
    expectClearPath(plan, entrance.xM, entrance.zM, route);
    // The doors between the halls: 6 m wide at z 42 in the walls at x 120, 240 and 360.
    for (const wallX of [120, 240, 360]) {
      const crossings = crossingsOfX(wallX, entrance.xM, entrance.zM, route);
      expect(crossings).toHaveLength(1);
      expect(Math.abs((crossings[0] ?? Number.NaN) - 42)).toBeLessThanOrEqual(3 - RADIUS_M);
    }
  });

  it('finds no route to a hall with no door to it, or whose door the other hall does not open', () => {
    const closed = minimalSceneDocument();
    closed.halls[1].doors = [];
    const plan = planOf(closed);
    expect(plan.isFree(90, 30)).toBe(true);
    expect(plan.findRoute(10, 30, 90, 30)).toBeUndefined();
    expect(plan.findRoute(90, 30, 10, 30)).toBeUndefined();
    expect(plan.passages).toEqual([]);
    // Within each hall routes still lead.
    expect(plan.findRoute(10, 30, 50, 10)).toBeDefined();
    expect(plan.findRoute(90, 30, 70, 10)).toBeDefined();
    const elsewhere = minimalSceneDocument();
    elsewhere.halls[1].doors[0].leadsTo = 'outside';
    expect(planOf(elsewhere).findRoute(10, 30, 90, 30)).toBeUndefined();
  });

  it('routes round through another hall when booths cut a hall in two, and not at all without a way round', () => {
    const plan = planOf(secondDoors(splitHall(minimalSceneDocument())));
    // North of the booth row to south of it, both in hall-2: out through one door, back through the other.
    const route = routeOf(plan, 80, 10, 80, 36);
    expectClearPath(plan, 80, 10, route);
    const crossings = crossingsOfX(60, 80, 10, route);
    expect(crossings).toHaveLength(2);
    expect(Math.abs((crossings[0] ?? Number.NaN) - 20)).toBeLessThanOrEqual(2 - RADIUS_M);
    expect(Math.abs((crossings[1] ?? Number.NaN) - 36)).toBeLessThanOrEqual(2 - RADIUS_M);
    // From hall-1 to the south part, only the south door leads there.
    const south = crossingsOfX(60, 30, 20, routeOf(plan, 30, 20, 80, 36));
    expect(south).toHaveLength(1);
    expect(Math.abs((south[0] ?? Number.NaN) - 36)).toBeLessThanOrEqual(2 - RADIUS_M);

    const cut = planOf(splitHall(minimalSceneDocument()));
    expect(cut.isFree(80, 36)).toBe(true);
    expect(cut.findRoute(80, 10, 80, 36)).toBeUndefined();
    expect(cut.findRoute(30, 20, 80, 36)).toBeUndefined();
    expect(cut.findRoute(30, 20, 80, 10)).toBeDefined();
  });

  it('starts from a corridor between halls, off every hall grid, and never throws for a start nowhere', () => {
    const document = minimalSceneDocument();
    document.halls[1].positionM = [70, 0];
    const plan = planOf(document);
    expect(plan.hallAt(65, 20)).toBeUndefined();
    for (const [toX, toZ] of [
      [100, 35],
      [10, 30],
    ] as const) {
      const route = routeOf(plan, 65, 20, toX, toZ);
      // The first leg runs along the corridor to free floor at one of its ends.
      expect(Math.abs((route[1] ?? Number.NaN) - 20)).toBeLessThan(1.7);
      expectClearPath(plan, route[0] ?? Number.NaN, route[1] ?? Number.NaN, route.slice(2));
    }
    expect(plan.findRoute(500, 500, 10, 30)).toBeUndefined();
    expect(plan.findRoute(Number.NaN, 20, 10, 30)).toBeUndefined();
    expect(plan.findRoute(10, 30, Number.POSITIVE_INFINITY, 30)).toBeUndefined();
    // A goal inside a wall is no goal.
    expect(plan.findRoute(10, 30, 60.1, 5)).toBeUndefined();
  });
});

describe('route buffers', () => {
  it('answers a second query alike from the same buffers, sized for the largest hall rather than the site', () => {
    const layout = defaultLayout();
    const plan = buildFloorPlan(layout);
    const viewpoints = createViewpointFinder(layout, plan);
    const entrance = viewpoints.hallEntrance('hall-1');
    const far = viewpoints.booth(layout.booths.filter((booth) => layout.scene.halls[booth.hallIndex]?.id === 'hall-4').at(-1)?.id ?? '');
    if (!entrance || !far) throw new Error('no viewpoints');
    const first = routeOf(plan, entrance.xM, entrance.zM, far.xM, far.zM);
    const bytes = plan.routeBufferBytes();
    expect(routeOf(plan, entrance.xM, entrance.zM, far.xM, far.zM)).toEqual(first);
    expect(plan.routeBufferBytes()).toBe(bytes);
    // Cost, parent and mark per cell (16 bytes) for one 120 × 84 m hall and its 2 m margin, not
    // for the 480 m site, and still so after other queries (the open list may grow, the rest not).
    const hallCells = ((120 + 4) / 0.5) * ((84 + 4) / 0.5);
    const siteCells = ((480 + 4) / 0.5) * ((84 + 4) / 0.5);
    expect(bytes).toBeGreaterThanOrEqual(hallCells * 16);
    for (let k = 0; k < 5; k += 1) expect(plan.findRoute(far.xM, far.zM, entrance.xM + k, entrance.zM - k)).toBeDefined();
    expect(plan.routeBufferBytes()).toBeLessThan(siteCells * 16);
  });
});
