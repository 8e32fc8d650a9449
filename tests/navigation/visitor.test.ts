import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EYE_HEIGHT_M, interpolatePose, wrapAngle, type CameraPose } from '../../src/navigation/cameraPose';
import { buildFloorPlan, type FloorPlan } from '../../src/navigation/floorPlan';
import { approach, dropAt, riseToOverview, travelTo, walkTo } from '../../src/navigation/navigate';
import { createViewpointFinder } from '../../src/navigation/viewpoints';
import {
  createVisitor,
  flyTo,
  followRoute,
  LONGEST_ROUTE_S,
  MAX_ROUTE_SPEED_MPS,
  placeVisitor,
  ROUTE_SPEED_MPS,
  stepVisitor,
  visitorIsBusy,
  WALK_SPEED_MPS,
  type Visitor,
} from '../../src/navigation/visitor';
import { routeLengthM } from '../../src/navigation/routeLength';
import { createWalkIntent, intentIsActive, type WalkIntent } from '../../src/navigation/walkIntent';
import { parseScene, pointInRect, type LaidOutScene } from '../../src/scene';
import { minimalSceneDocument, parseDocument } from '../scene/sceneFixtures';
import { crossingsOfX } from './routeChecks';

function defaultLayout(): LaidOutScene {
  const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
  if (!layout) throw new Error('the default scene does not lay out');
  return layout;
}

const layout = defaultLayout();
const plan: FloorPlan = buildFloorPlan(layout);
const viewpoints = createViewpointFinder(layout, plan);

/** Runs `seconds` of frames of `frameMs` each. */
function run(visitor: Visitor, intent: WalkIntent, seconds: number, frameMs = 1000 / 60): void {
  for (let t = 0; t < seconds * 1000 - 1e-9; t += frameMs) stepVisitor(visitor, intent, frameMs, plan);
}

/** Steps until the visitor is no longer busy; returns the simulated seconds. */
function settle(visitor: Visitor, intent = createWalkIntent(), limitS = 120): number {
  let frames = 0;
  while (visitorIsBusy(visitor) && frames < limitS * 60) {
    stepVisitor(visitor, intent, 1000 / 60, plan);
    frames += 1;
  }
  return frames / 60;
}

/** The dot product of the visitor's heading and the direction to (x, z). */
function facing(visitor: Visitor, x: number, z: number): number {
  const dx = x - visitor.ground.xM;
  const dz = z - visitor.ground.zM;
  const length = Math.hypot(dx, dz) || 1;
  return (-Math.sin(visitor.ground.yawRad) * dx - Math.cos(visitor.ground.yawRad) * dz) / length;
}

const motion = { reducedMotion: false };
const cut = { reducedMotion: true };

describe('the visitor', () => {
  it('walks at the same speed whatever the frame rate, at eye height', () => {
    const intent = createWalkIntent();
    intent.keyForward = 1;
    const fast = createVisitor(30, 60, 0);
    const slow = createVisitor(30, 60, 0);
    run(fast, intent, 2, 1000 / 144);
    run(slow, intent, 2, 1000 / 20);
    expect(fast.ground.zM).toBeCloseTo(60 - 2 * WALK_SPEED_MPS, 6);
    expect(slow.ground.zM).toBeCloseTo(fast.ground.zM, 6);
    expect(fast.camera.yM).toBe(EYE_HEIGHT_M);
    // Shift: faster.
    intent.run = true;
    const running = createVisitor(30, 60, 0);
    run(running, intent, 1);
    expect(60 - running.ground.zM).toBeGreaterThan(2 * WALK_SPEED_MPS);
  });

  it('is stopped by the hall wall and slides along it when walking into it at an angle', () => {
    const intent = createWalkIntent();
    intent.keyForward = 1;
    // Hall 1's south wall is at z = 84; heading a little east of south.
    const visitor = createVisitor(30, 82, Math.PI - 0.5);
    run(visitor, intent, 6);
    expect(visitor.ground.zM).toBeCloseTo(84 - 0.3, 6);
    expect(visitor.ground.xM).toBeLessThan(30 - 2);
  });

  it('turns with the arrow keys at a steady rate and looks with drags, the pitch clamped', () => {
    const intent = createWalkIntent();
    intent.keyTurn = 1;
    const visitor = createVisitor(30, 60, 0);
    run(visitor, intent, 0.5, 1000 / 30);
    const turnedFast = visitor.ground.yawRad;
    const other = createVisitor(30, 60, 0);
    run(other, intent, 0.5, 1000 / 90);
    expect(turnedFast).toBeLessThan(-0.5);
    expect(other.ground.yawRad).toBeCloseTo(turnedFast, 6);
    intent.keyTurn = 0;
    intent.lookPitchRad = 5;
    stepVisitor(visitor, intent, 16, plan);
    expect(visitor.pitchRad).toBeCloseTo(1.2, 6);
    expect(intent.lookPitchRad).toBe(0);
    expect(intentIsActive(intent)).toBe(false);
  });

  it('walks out a wheel or pinch step and drops what a wall stops', () => {
    const intent = createWalkIntent();
    intent.pendingForwardM = 3;
    const visitor = createVisitor(30, 60, 0);
    run(visitor, intent, 2);
    expect(visitor.ground.zM).toBeCloseTo(57, 6);
    expect(intent.pendingForwardM).toBe(0);
    const atWall = createVisitor(30, 83, Math.PI);
    intent.pendingForwardM = 5;
    run(atWall, intent, 2);
    expect(atWall.ground.zM).toBeLessThanOrEqual(84 - 0.3 + 1e-9);
    expect(intent.pendingForwardM).toBe(0);
  });

  it('walks a route to a clicked spot around the booths, never through an obstacle, and arrives', () => {
    const entrance = viewpoints.hallEntrance('hall-1');
    if (!entrance) throw new Error('no entrance');
    const visitor = createVisitor(entrance.xM, entrance.zM, entrance.yawRad);
    const goal = viewpoints.booth('booth-a-101');
    if (!goal) throw new Error('no booth');
    expect(walkTo(visitor, plan, goal.xM, goal.zM, motion)).toBe(true);
    expect(visitorIsBusy(visitor)).toBe(true);
    let frames = 0;
    const intent = createWalkIntent();
    while (visitorIsBusy(visitor) && frames < 60 * 120) {
      stepVisitor(visitor, intent, 1000 / 60, plan);
      frames += 1;
      // Every point of the walk is one a visitor may stand on.
      expect(plan.isFree(visitor.ground.xM, visitor.ground.zM)).toBe(true);
    }
    expect(Math.hypot(visitor.ground.xM - goal.xM, visitor.ground.zM - goal.zM)).toBeLessThan(0.5);
    expect(visitor.interrupted).toBe(false);
    // A long route: sped up to take about the longest route time, no faster than the cap allows.
    const straight = Math.hypot(goal.xM - entrance.xM, goal.zM - entrance.zM);
    expect(straight / ROUTE_SPEED_MPS).toBeGreaterThan(LONGEST_ROUTE_S);
    expect(frames / 60).toBeLessThan(LONGEST_ROUTE_S + 0.1);
    expect(frames / 60).toBeGreaterThan(straight / MAX_ROUTE_SPEED_MPS);
  });

  it('walks to an exhibit in another hall through the doors between', () => {
    const entrance = viewpoints.hallEntrance('hall-1');
    const target = layout.exhibits.find((placed) => layout.scene.halls[placed.hallIndex]?.id === 'hall-3');
    const viewpoint = target ? viewpoints.exhibit(target.exhibit.id) : undefined;
    if (!entrance || !viewpoint) throw new Error('no exhibit in hall-3');
    const visitor = createVisitor(entrance.xM, entrance.zM, entrance.yawRad);
    expect(approach(visitor, plan, viewpoint, motion)).toBe(true);
    // Walking (a route), not flying.
    expect(visitor.flight).toBeUndefined();
    const route = [...visitor.route];
    settle(visitor);
    expect(Math.hypot(visitor.ground.xM - viewpoint.xM, visitor.ground.zM - viewpoint.zM)).toBeLessThan(0.5);
    // Through the 6 m doors at z 42 in the walls at x 120 and 240.
    for (const wallX of [120, 240]) {
      const crossings = crossingsOfX(wallX, entrance.xM, entrance.zM, route);
      expect(crossings).toHaveLength(1);
      expect(Math.abs((crossings[0] ?? Number.NaN) - 42)).toBeLessThan(3);
    }
  });

  it('walks up to an exhibit and ends facing it; taking the keys back ends a route', () => {
    const entrance = viewpoints.hallEntrance('hall-1');
    const target = layout.exhibits.find((placed) => placed.hallIndex === 0 && viewpoints.exhibit(placed.exhibit.id));
    const viewpoint = target ? viewpoints.exhibit(target.exhibit.id) : undefined;
    if (!entrance || !target || !viewpoint) throw new Error('no exhibit to approach');
    const visitor = createVisitor(entrance.xM, entrance.zM, entrance.yawRad);
    approach(visitor, plan, viewpoint, motion);
    settle(visitor);
    expect(Math.hypot(visitor.ground.xM - viewpoint.xM, visitor.ground.zM - viewpoint.zM)).toBeLessThan(0.5);
    expect(facing(visitor, target.xM, target.zM)).toBeGreaterThan(0.99);

    const interrupted = createVisitor(entrance.xM, entrance.zM, entrance.yawRad);
    approach(interrupted, plan, viewpoint, motion);
    run(interrupted, createWalkIntent(), 0.5);
    const intent = createWalkIntent();
    intent.keyStrafe = 1;
    stepVisitor(interrupted, intent, 16, plan);
    expect(visitorIsBusy(interrupted)).toBe(false);
    expect(interrupted.interrupted).toBe(true);
  });

  it('stops a route or a turn to face something at any input, a drag or turn key too, and says it was interrupted', () => {
    const entrance = viewpoints.hallEntrance('hall-1');
    const goal = viewpoints.booth('booth-a-101');
    if (!entrance || !goal) throw new Error('no viewpoints');
    const inputs: [string, (intent: WalkIntent) => void][] = [
      ['a drag', (intent) => (intent.lookYawRad = 0.05)],
      ['a vertical drag', (intent) => (intent.lookPitchRad = -0.05)],
      ['a turn key', (intent) => (intent.keyTurn = 1)],
      ['a look key', (intent) => (intent.keyPitch = -1)],
      ['a walk key', (intent) => (intent.keyForward = 1)],
      ['the joystick', (intent) => (intent.stickStrafe = 0.5)],
      ['a wheel step', (intent) => (intent.pendingForwardM = 1)],
    ];
    for (const [name, give] of inputs) {
      // A route under way.
      const walker = createVisitor(entrance.xM, entrance.zM, entrance.yawRad);
      walkTo(walker, plan, goal.xM, goal.zM, motion, goal.yawRad);
      run(walker, createWalkIntent(), 0.5);
      expect(visitorIsBusy(walker), name).toBe(true);
      expect(walker.interrupted, name).toBe(false);
      const intent = createWalkIntent();
      give(intent);
      stepVisitor(walker, intent, 16, plan);
      expect(visitorIsBusy(walker), name).toBe(false);
      expect(walker.route, name).toEqual([]);
      expect(walker.interrupted, name).toBe(true);
      // A turn to face something, the route already walked.
      const turner = createVisitor(30, 60, 0);
      followRoute(turner, [], Math.PI / 2, 0);
      stepVisitor(turner, createWalkIntent(), 16, plan);
      expect(visitorIsBusy(turner), name).toBe(true);
      const again = createWalkIntent();
      give(again);
      stepVisitor(turner, again, 16, plan);
      expect(visitorIsBusy(turner), name).toBe(false);
      expect(turner.interrupted, name).toBe(true);
    }
  });

  it('is not interrupted by arriving, by input after arriving, or during a flight; a new journey clears it', () => {
    const goal = viewpoints.booth('booth-a-101');
    if (!goal) throw new Error('no booth');
    const visitor = createVisitor(goal.xM + 3, goal.zM, 0);
    walkTo(visitor, plan, goal.xM, goal.zM, motion, goal.yawRad);
    settle(visitor);
    expect(visitor.interrupted).toBe(false);
    const drag = createWalkIntent();
    drag.lookYawRad = 0.1;
    stepVisitor(visitor, drag, 16, plan);
    expect(visitor.interrupted).toBe(false);

    travelTo(visitor, { ...goal, xM: goal.xM + 20 }, motion);
    drag.lookYawRad = 0.1;
    stepVisitor(visitor, drag, 16, plan);
    expect(visitor.flight).toBeDefined();
    expect(visitor.interrupted).toBe(false);
    settle(visitor);

    const starts: [string, (target: Visitor) => void][] = [
      ['followRoute', (target) => followRoute(target, [target.ground.xM + 5, target.ground.zM])],
      ['flyTo', (target) => flyTo(target, { ...target.camera, xM: target.camera.xM + 5 }, 'walk', 500)],
      ['placeVisitor', (target) => placeVisitor(target, 30, 60, 0)],
    ];
    for (const [name, start] of starts) {
      followRoute(visitor, [visitor.ground.xM + 10, visitor.ground.zM]);
      drag.lookYawRad = 0.1;
      stepVisitor(visitor, drag, 16, plan);
      expect(visitor.interrupted, name).toBe(true);
      start(visitor);
      expect(visitor.interrupted, name).toBe(false);
      settle(visitor);
    }
  });

  it('walks a short route at route speed and speeds a long one up to about the longest route time, capped', () => {
    /** Seconds to walk a straight route of `lengthM` east from (30, 60) at 60 Hz. */
    const walkTime = (lengthM: number): { seconds: number; speedMps: number } => {
      const visitor = createVisitor(30, 60, 0);
      followRoute(visitor, [30 + lengthM, 60]);
      const seconds = settle(visitor, createWalkIntent(), 400);
      expect(visitor.ground.xM).toBeCloseTo(30 + lengthM, 6);
      return { seconds, speedMps: visitor.routeSpeedMps };
    };
    const short = walkTime(30);
    expect(short.speedMps).toBe(ROUTE_SPEED_MPS);
    expect(Math.abs(short.seconds - 30 / ROUTE_SPEED_MPS)).toBeLessThan(2 / 60);
    const long = walkTime(400);
    expect(long.speedMps).toBeGreaterThan(10);
    expect(Math.abs(long.seconds - LONGEST_ROUTE_S)).toBeLessThan(0.1);
    const huge = walkTime(3000);
    expect(huge.speedMps).toBe(MAX_ROUTE_SPEED_MPS);
    // At the cap once eased in (within the first second).
    expect(huge.seconds).toBeGreaterThan(3000 / MAX_ROUTE_SPEED_MPS);
    expect(huge.seconds).toBeLessThan(3000 / MAX_ROUTE_SPEED_MPS + 1);
  });

  it('eases a fast route in from walking pace over its first second, the same at any frame rate', () => {
    const visitor = createVisitor(30, 60, 0);
    followRoute(visitor, [430, 60]);
    stepVisitor(visitor, createWalkIntent(), 1000 / 60, plan);
    // The first frame no faster than walking pace would take it.
    expect(visitor.ground.xM - 30).toBeLessThan((ROUTE_SPEED_MPS * 1.01) / 60);
    expect(visitor.ground.xM - 30).toBeGreaterThan(0);
    run(visitor, createWalkIntent(), 1.5);
    // Past the first second: cruising, a frame's worth of the route's speed per frame.
    const before = visitor.ground.xM;
    stepVisitor(visitor, createWalkIntent(), 1000 / 60, plan);
    expect((visitor.ground.xM - before) * 60).toBeCloseTo(visitor.routeSpeedMps, 6);
    const fast = createVisitor(30, 60, 0);
    const slow = createVisitor(30, 60, 0);
    followRoute(fast, [430, 60]);
    followRoute(slow, [430, 60]);
    // Half a second: a whole number of frames at both rates.
    run(fast, createWalkIntent(), 0.5, 1000 / 144);
    run(slow, createWalkIntent(), 0.5, 1000 / 30);
    expect(fast.ground.xM).toBeCloseTo(slow.ground.xM, 6);
  });

  it('measures a route along its waypoints, from a start when given', () => {
    expect(routeLengthM([3, 4, 3, 10])).toBe(6);
    expect(routeLengthM([3, 4, 3, 10], 0, 0)).toBe(11);
    expect(routeLengthM([])).toBe(0);
  });

  it('cuts instead of walking or flying under reduced motion', () => {
    const goal = viewpoints.booth('booth-a-101');
    if (!goal) throw new Error('no booth');
    const walker = createVisitor(60, 81.5, 0);
    walkTo(walker, plan, goal.xM, goal.zM, cut);
    expect(visitorIsBusy(walker)).toBe(false);
    expect(walker.ground.xM).toBeCloseTo(goal.xM, 6);
    const flier = createVisitor(60, 81.5, 0);
    travelTo(flier, goal, cut);
    expect(visitorIsBusy(flier)).toBe(false);
    expect(flier.camera.xM).toBeCloseTo(goal.xM, 6);
    expect(wrapAngle(flier.ground.yawRad - goal.yawRad)).toBeCloseTo(0, 6);
  });

  it('flies to a viewpoint over time (rising on the way), then stands there walking', () => {
    const goal = viewpoints.booth('booth-a-101');
    if (!goal) throw new Error('no booth');
    const visitor = createVisitor(60, 81.5, 0);
    travelTo(visitor, goal, motion);
    let highest = 0;
    let frames = 0;
    while (visitorIsBusy(visitor) && frames < 600) {
      stepVisitor(visitor, createWalkIntent(), 1000 / 60, plan);
      highest = Math.max(highest, visitor.camera.yM);
      frames += 1;
    }
    expect(frames).toBeGreaterThan(20);
    expect(highest).toBeGreaterThan(EYE_HEIGHT_M + 1);
    expect(visitor.mode).toBe('walk');
    expect(visitor.camera.yM).toBe(EYE_HEIGHT_M);
    expect(visitor.ground.xM).toBeCloseTo(goal.xM, 6);
  });

  it('rises to a bird’s-eye overview of the hall and drops back walking at a clicked spot', () => {
    const visitor = createVisitor(60, 81.5, 0);
    const hall = plan.halls[0];
    if (!hall) throw new Error('no hall');
    const target = riseToOverview(visitor, hall, motion);
    settle(visitor);
    expect(visitor.mode).toBe('overview');
    expect(visitor.camera.yM).toBeGreaterThan(60);
    expect(target).toEqual([60, 0, 42]);
    // In the overview only the orbit controls move the camera: walking input does nothing.
    const intent = createWalkIntent();
    intent.keyForward = 1;
    expect(stepVisitor(visitor, intent, 100, plan)).toBe(false);
    expect(dropAt(visitor, plan, 60, 60, motion)).toBe(true);
    settle(visitor);
    expect(visitor.mode).toBe('walk');
    expect(visitor.camera.yM).toBe(EYE_HEIGHT_M);
    expect(Math.hypot(visitor.ground.xM - 60, visitor.ground.zM - 60)).toBeLessThan(6);
    expect(plan.isFree(visitor.ground.xM, visitor.ground.zM)).toBe(true);
    // Not outside the halls.
    expect(dropAt(visitor, plan, 60, 300, motion)).toBe(false);
  });

  it('drops the visitor in an aisle, never inside a booth, in the hall clicked', () => {
    const { layout: minimal } = parseDocument(minimalSceneDocument());
    if (!minimal) throw new Error('the minimal scene does not lay out');
    const small = buildFloorPlan(minimal);
    // Inline booth A-001: 6 × 4 m at (6, 6), walls at its back and sides, open to the south.
    const boothA = { cx: 6, cz: 6, halfWidth: 3, halfDepth: 2, yawRad: 0 };
    // A click on the free floor inside it.
    expect(small.isFree(4, 5)).toBe(true);
    const visitor = createVisitor(30, 20, 0);
    expect(dropAt(visitor, small, 4, 5, cut)).toBe(true);
    expect(pointInRect(visitor.ground.xM, visitor.ground.zM, boothA, 0.3)).toBe(false);
    expect(small.isFree(visitor.ground.xM, visitor.ground.zM)).toBe(true);
    expect(Math.hypot(visitor.ground.xM - 4, visitor.ground.zM - 5)).toBeLessThan(3);
    expect(small.hallAt(visitor.ground.xM, visitor.ground.zM)?.id).toBe('hall-1');

    // Every booth of the default expo's hall-2, clicked in its middle: the spot is in hall-2, off every booth.
    const hall = layout.scene.halls[1];
    if (!hall) throw new Error('no hall-2');
    const footprints = layout.booths.map((booth) => {
      const origin = layout.scene.halls[booth.hallIndex]?.positionM ?? [Number.NaN, Number.NaN];
      return { ...booth.rect, cx: booth.rect.cx + origin[0], cz: booth.rect.cz + origin[1] };
    });
    const clicked = layout.booths.filter((booth) => booth.hallIndex === 1);
    expect(clicked.length).toBeGreaterThan(20);
    for (const booth of clicked) {
      const x = booth.rect.cx + hall.positionM[0];
      const z = booth.rect.cz + hall.positionM[1];
      const spot = plan.nearestAisle(x, z);
      if (!spot) throw new Error(`no aisle near ${booth.id}`);
      expect(plan.hallAt(spot[0], spot[1])?.id).toBe('hall-2');
      expect(plan.isFree(spot[0], spot[1])).toBe(true);
      expect(footprints.some((rect) => pointInRect(spot[0], spot[1], rect))).toBe(false);
    }
  });

  it('places the visitor at once with placeVisitor', () => {
    const visitor = createVisitor(0, 0, 0);
    placeVisitor(visitor, 10, 20, 4);
    expect(visitor.camera).toMatchObject({ xM: 10, yM: EYE_HEIGHT_M, zM: 20 });
    expect(visitor.ground.yawRad).toBeCloseTo(4 - 2 * Math.PI, 9);
  });
});

describe('camera flights', () => {
  it('ends exactly at the target and turns the short way round', () => {
    const from: CameraPose = { xM: 0, yM: 1.6, zM: 0, yawRad: 3, pitchRad: 0 };
    const to: CameraPose = { xM: 10, yM: 1.6, zM: 0, yawRad: -3, pitchRad: 0 };
    const out: CameraPose = { ...from };
    interpolatePose(from, to, 1, out);
    expect(out).toMatchObject({ xM: 10, yM: 1.6, zM: 0 });
    expect(wrapAngle(out.yawRad - -3)).toBeCloseTo(0, 9);
    interpolatePose(from, to, 0.5, out);
    // Through ±π, not through 0.
    expect(Math.abs(out.yawRad)).toBeGreaterThan(3);
  });
});
