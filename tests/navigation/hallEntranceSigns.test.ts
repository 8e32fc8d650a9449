/**
 * The entrance view of a hall is composed from that hall's own signs (issue 12: placing every sign
 * of a large expo came before the first frame): the same view as from all the expo's signs, for
 * every hall of the default expo, without asking for all of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFloorPlan } from '../../src/navigation/floorPlan';
import { createViewpointFinder } from '../../src/navigation/viewpoints';
import { VIEW_FOV_DEG } from '../../src/render/initialView';
import { hallSignViewObstacles, signViewObstacles } from '../../src/render/signViewObstacles';
import { parseScene } from '../../src/scene';

const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
if (!layout) throw new Error('the default scene does not lay out');
const plan = buildFloorPlan(layout);

describe('hall entrance views from the hall’s own signs', () => {
  it('are the views composed from every sign, and place no other hall’s signs', () => {
    const everySign = createViewpointFinder(layout, plan, { fovDeg: VIEW_FOV_DEG, signs: () => signViewObstacles(layout) });
    let allSignsAsked = 0;
    const hallsAsked: number[] = [];
    const perHall = createViewpointFinder(layout, plan, {
      fovDeg: VIEW_FOV_DEG,
      signs: () => {
        allSignsAsked += 1;
        return signViewObstacles(layout);
      },
      hallSigns: (hallIndex) => {
        hallsAsked.push(hallIndex);
        return hallSignViewObstacles(layout, hallIndex);
      },
    });
    expect(layout.scene.halls.length).toBeGreaterThan(1);
    layout.scene.halls.forEach((hall) => {
      const expected = everySign.hallEntrance(hall.id);
      expect(expected?.pitchRad).not.toBe(0);
      expect(perHall.hallEntrance(hall.id)).toEqual(expected);
    });
    // Asked again, a hall's signs are not placed again.
    perHall.hallEntrance(layout.scene.halls[0]?.id ?? '');
    expect(allSignsAsked).toBe(0);
    expect(hallsAsked).toEqual(layout.scene.halls.map((_, index) => index));
  });
});
