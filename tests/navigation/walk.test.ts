import { describe, expect, it } from 'vitest';
import { walk, type WalkState } from '../../src/navigation/walk';

const none = new Float64Array(0);
const at = (xM: number, zM: number, yawRad = 0): WalkState => ({ xM, zM, yawRad });

describe('walk', () => {
  it('walks forward (−z at yaw 0) at its speed, frame-rate independent', () => {
    const once = walk(at(0, 0), { forward: 1, strafe: 0 }, 1000, none, { speedMps: 1.5 });
    expect(once.xM).toBeCloseTo(0, 9);
    expect(once.zM).toBeCloseTo(-1.5, 9);
    const stepped = at(0, 0);
    for (let frame = 0; frame < 60; frame += 1) walk(stepped, { forward: 1, strafe: 0 }, 1000 / 60, none, { speedMps: 1.5 });
    expect(stepped.zM).toBeCloseTo(-1.5, 9);
  });

  it('strafes right along +x, turns with the heading, and is no faster on a diagonal', () => {
    expect(walk(at(0, 0), { forward: 0, strafe: 1 }, 1000, none).xM).toBeCloseTo(1.4, 9);
    const turned = walk(at(0, 0, Math.PI / 2), { forward: 1, strafe: 0 }, 1000, none);
    expect(turned.xM).toBeCloseTo(-1.4, 9);
    expect(turned.zM).toBeCloseTo(0, 9);
    const diagonal = walk(at(0, 0), { forward: 1, strafe: 1 }, 1000, none);
    expect(Math.hypot(diagonal.xM, diagonal.zM)).toBeCloseTo(1.4, 9);
  });

  it('stops at a wall, keeping the radius, and slides along it on a diagonal', () => {
    // A wall across the path, z from −2.2 to −2.0 (north of the visitor), x from −10 to 10.
    const wall = Float64Array.from([-10, -2.2, 10, -2.0]);
    const head = walk(at(0, 0), { forward: 1, strafe: 0 }, 5000, wall);
    expect(head.zM).toBeCloseTo(-2.0 + 0.3, 9);
    const slide = walk(at(0, 0), { forward: 1, strafe: 1 }, 3000, wall);
    expect(slide.zM).toBeCloseTo(-1.7, 9);
    expect(slide.xM).toBeGreaterThan(2.5);
  });

  it('collides only with the used part of a scratch array when given its length', () => {
    const scratch = Float64Array.from([-10, -2.2, 10, -2.0, -10, -1.2, 10, -1.0]);
    // Only the first rectangle counts: the second (nearer) one is stale scratch.
    const state = walk(at(0, 0), { forward: 1, strafe: 0 }, 5000, scratch, {}, 4);
    expect(state.zM).toBeCloseTo(-2.0 + 0.3, 9);
  });

  it('cannot tunnel through a thin wall in one long frame', () => {
    const thin = Float64Array.from([-10, -1.05, 10, -0.95]);
    const after = walk(at(0, 0), { forward: 1, strafe: 0 }, 2000, thin, { speedMps: 5 });
    expect(after.zM).toBeGreaterThan(-1);
  });

  it('does nothing without input or time', () => {
    expect(walk(at(1, 2), { forward: 0, strafe: 0 }, 1000, none)).toEqual(at(1, 2));
    expect(walk(at(1, 2), { forward: 1, strafe: 0 }, 0, none)).toEqual(at(1, 2));
  });
});
