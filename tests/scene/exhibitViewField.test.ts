import { describe, expect, it } from 'vitest';
import { buildFloorPlan } from '../../src/navigation/floorPlan';
import { createViewpointFinder } from '../../src/navigation/viewpoints';
import { parseScene } from '../../src/scene';
import { minimalSceneDocument, parseDocument } from './sceneFixtures';

describe('an exhibit\'s own view ("view")', () => {
  it('is optional, and read back as written', () => {
    const document = minimalSceneDocument();
    Object.assign(document.exhibits[0], { view: { positionM: [4, 2, 10], lookAtM: [6, 1, 6.5] } });
    const result = parseDocument(document);
    expect(result.diagnostics).toEqual([]);
    expect(result.layout?.scene.exhibits[0]?.view).toEqual({ positionM: [4, 2, 10], lookAtM: [6, 1, 6.5] });
    expect(result.layout?.scene.exhibits[1]).not.toHaveProperty('view');
  });

  it('is where the visitor is taken: its hall\'s point on the site, its eye height, turned to the look point', () => {
    const document = minimalSceneDocument();
    // The robot stands at (6, 6.5) in hall-1; hall-2 starts at x = 60. The materials booth's exhibit gets a view from hall-2's frame.
    Object.assign(document.exhibits[0], { view: { positionM: [4, 2, 10], lookAtM: [6, 1, 6.5] } });
    Object.assign(document.exhibits[3], { view: { positionM: [10, 1.6, 30], lookAtM: [10, 1.6, 20] } });
    const { layout } = parseDocument(document);
    if (!layout) throw new Error('the test scene does not lay out');
    const viewpoints = createViewpointFinder(layout, buildFloorPlan(layout));
    const robot = viewpoints.exhibit('robot');
    expect(robot?.xM).toBe(4);
    expect(robot?.zM).toBe(10);
    expect(robot?.eyeYM).toBe(2);
    // Looking 2 m east and 3.5 m north: yaw atan2(-2, 3.5), down by atan2(1, √(2² + 3.5²)).
    expect(robot?.yawRad).toBeCloseTo(Math.atan2(-2, 3.5), 9);
    expect(robot?.pitchRad).toBeCloseTo(-Math.atan2(1, Math.hypot(2, 3.5)), 9);
    const slab = viewpoints.exhibit('sample-slab');
    expect([slab?.xM, slab?.zM, slab?.hallId]).toEqual([70, 30, 'hall-2']);
    expect(slab?.yawRad).toBeCloseTo(0, 9);
  });

  it('warns, at its look point, about a view turned away from its exhibit', () => {
    const document = minimalSceneDocument();
    Object.assign(document.exhibits[0], { view: { positionM: [6, 1.6, 10], lookAtM: [6, 1.6, 20] } });
    const text = JSON.stringify(document, null, 2);
    const lines = text.split('\n');
    const line = lines.findIndex((row) => row.includes('"lookAtM"')) + 1;
    const result = parseScene(text);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toMatchObject([
      {
        severity: 'warning',
        rule: 'view-misses-exhibit',
        message: 'exhibit \'robot\': its view looks away from the exhibit, which stands at [6, 1.02, 6.5] in hall \'hall-1\'; point "lookAtM" at it',
        line,
      },
    ]);
    expect(line).toBeGreaterThan(0);
  });
});
