import { describe, expect, it } from 'vitest';
import { drawDistanceAt, qualityPreset, stepQuality, QUALITY_LEVELS } from '../../src/quality';

describe('quality presets', () => {
  it('caps the pixel ratio at 1.5 on touch devices at every level', () => {
    for (const level of QUALITY_LEVELS) expect(qualityPreset(level, true).maxDpr).toBeLessThanOrEqual(1.5);
    expect(qualityPreset('high', false).maxDpr).toBe(2);
  });

  it('costs less at each lower level: pixels, distance, detail and triangles', () => {
    const [low, medium, high] = QUALITY_LEVELS.map((level) => qualityPreset(level, false));
    for (const key of ['maxDpr', 'drawDistanceM', 'lodDistanceScale', 'maxTriangles'] as const) {
      expect(low?.[key]).toBeLessThan(medium?.[key] ?? 0);
      expect(medium?.[key]).toBeLessThan(high?.[key] ?? 0);
    }
  });

  it('draws farther from higher up, so the overview of a hall is never cut', () => {
    const high = qualityPreset('high', false);
    expect(drawDistanceAt(high, 1.6)).toBeLessThan(drawDistanceAt(high, 80));
    expect(drawDistanceAt(high, 80)).toBeGreaterThan(300);
    expect(drawDistanceAt(high, -5)).toBe(high.drawDistanceM);
  });

  it('steps one level at a time and stops at the ends', () => {
    expect([stepQuality('high', -1), stepQuality('medium', -1), stepQuality('low', -1), stepQuality('low', 1), stepQuality('high', 1)]).toEqual(['medium', 'low', 'low', 'medium', 'high']);
  });
});
