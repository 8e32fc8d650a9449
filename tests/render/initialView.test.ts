import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeInitialView } from '../../src/render';
import { parseScene, type Scene } from '../../src/scene';

function minimalScene(): Scene {
  const layout = parseScene(readFileSync('tests/fixtures/valid/minimal.json', 'utf8')).layout;
  if (!layout) throw new Error('minimal fixture does not parse');
  return layout.scene;
}

describe('computeInitialView', () => {
  it('starts above and behind the entrance of the default hall, looking in through the door', () => {
    const scene = minimalScene();
    // hall-1: 60 × 40 at [0, 0], entrance in the south wall 30 m from the west end.
    const { positionM, targetM } = computeInitialView(scene);
    expect(positionM[0]).toBeCloseTo(30, 6);
    expect(targetM[0]).toBeCloseTo(30, 6);
    expect(positionM[2]).toBeGreaterThan(40);
    expect(targetM[2]).toBeGreaterThan(0);
    expect(targetM[2]).toBeLessThan(40);
    expect(positionM[1]).toBeGreaterThan(10);
  });

  it('follows the entrance to the other walls and to the hall position on the site', () => {
    const scene = minimalScene();
    const hall = scene.halls[0];
    if (!hall) throw new Error('no hall');
    hall.positionM = [100, 200];
    hall.doors = [{ id: 'west', wall: 'west', offsetM: 12, widthM: 4, leadsTo: 'outside' }];
    const { positionM, targetM } = computeInitialView(scene);
    expect(positionM[2]).toBeCloseTo(212, 6);
    expect(targetM[2]).toBeCloseTo(212, 6);
    expect(positionM[0]).toBeLessThan(100);
    expect(targetM[0]).toBeGreaterThan(100);
  });

  it('looks at the hall centre from the south when there is no entrance', () => {
    const scene = minimalScene();
    const hall = scene.halls[0];
    if (!hall) throw new Error('no hall');
    hall.doors = [];
    const { positionM, targetM } = computeInitialView(scene);
    expect(positionM[0]).toBeCloseTo(30, 6);
    expect(positionM[2]).toBeGreaterThan(40);
    expect(targetM[2]).toBeGreaterThan(10);
    expect(targetM[2]).toBeLessThan(30);
  });
});
