import { describe, expect, it } from 'vitest';
import { aabbOf, degToRad, formatMetres, overlapDepth, pointInRect, protrusionBeyond, rotateOffset, type FloorRect } from '../../src/scene';

const rect = (cx: number, cz: number, width: number, depth: number, yawDeg = 0): FloorRect => ({
  cx,
  cz,
  halfWidth: width / 2,
  halfDepth: depth / 2,
  yawRad: degToRad(yawDeg),
});

describe('floor geometry', () => {
  it('measures the overlap of two side-by-side booths along the shallower axis', () => {
    expect(overlapDepth(rect(0, 0, 3, 3), rect(2.6, 0, 3, 3))).toBeCloseTo(0.4, 9);
  });

  it('treats booths that share a wall as touching, not overlapping', () => {
    expect(overlapDepth(rect(0, 0, 3, 3), rect(3, 0, 3, 3))).toBe(0);
    expect(overlapDepth(rect(0, 0, 3, 3), rect(3.0005, 0, 3, 3))).toBe(0);
  });

  it('finds no overlap where only the bounding boxes of turned booths meet', () => {
    // Two diamonds (squares turned 45°) whose boxes overlap but whose shapes do not.
    const a = rect(0, 0, 2, 2, 45);
    const b = rect(2.5, 2.5, 2, 2, 45);
    expect(aabbOf(a).maxX).toBeGreaterThan(aabbOf(b).minX);
    expect(overlapDepth(a, b)).toBe(0);
  });

  it('measures overlap between a turned and a straight booth', () => {
    // Turned 90°, the 4 × 2 booth spans x −1…1, so it overlaps the other (x 0.5…2.5) by 0.5 m.
    expect(overlapDepth(rect(0, 0, 4, 2, 90), rect(1.5, 0, 2, 2))).toBeCloseTo(0.5, 9);
  });

  it('turns offsets the way three turns rotation.y: 90° takes south to east', () => {
    const [x, z] = rotateOffset(0, 1, degToRad(90));
    expect(x).toBeCloseTo(1, 12);
    expect(z).toBeCloseTo(0, 12);
  });

  it('reports how far a booth reaches past a box', () => {
    const box = { minX: 0, minZ: 0, maxX: 10, maxZ: 10 };
    expect(protrusionBeyond(rect(9, 5, 4, 2), box)).toBeCloseTo(1, 9);
    expect(protrusionBeyond(rect(5, 5, 4, 2), box)).toBe(0);
  });

  it('tells whether a point is on a turned booth', () => {
    expect(pointInRect(0, 1.9, rect(0, 0, 4, 1, 90))).toBe(true);
    expect(pointInRect(1.9, 0, rect(0, 0, 4, 1, 90))).toBe(false);
  });

  it('prints metres with at most two decimals', () => {
    expect(formatMetres(0.4000000001)).toBe('0.4 m');
    expect(formatMetres(12)).toBe('12 m');
    expect(formatMetres(1.256)).toBe('1.26 m');
  });
});
