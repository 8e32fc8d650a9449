import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EYE_HEIGHT_M, interpolatePose, wrapAngle, type CameraPose } from '../../src/navigation/cameraPose';
import { pointIsFree } from '../../src/navigation/findPath';
import { buildFloorPlan, type FloorPlan } from '../../src/navigation/floorPlan';
import { approach, dropAt, riseToOverview, travelTo, walkTo } from '../../src/navigation/navigate';
import { createViewpointFinder } from '../../src/navigation/viewpoints';
import { createVisitor, placeVisitor, ROUTE_SPEED_MPS, stepVisitor, visitorIsBusy, WALK_SPEED_MPS, type Visitor } from '../../src/navigation/visitor';
import { createWalkIntent, intentIsActive, type WalkIntent } from '../../src/navigation/walkIntent';
import { parseScene, type LaidOutScene } from '../../src/scene';

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
      expect(pointIsFree(plan.grid, visitor.ground.xM, visitor.ground.zM)).toBe(true);
    }
    expect(Math.hypot(visitor.ground.xM - goal.xM, visitor.ground.zM - goal.zM)).toBeLessThan(0.5);
    // At route speed, not much slower than the straight line.
    const straight = Math.hypot(goal.xM - entrance.xM, goal.zM - entrance.zM);
    expect(frames / 60).toBeGreaterThan(straight / ROUTE_SPEED_MPS - 0.1);
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
    expect(pointIsFree(plan.grid, visitor.ground.xM, visitor.ground.zM)).toBe(true);
    // Not outside the halls.
    expect(dropAt(visitor, plan, 60, 300, motion)).toBe(false);
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
