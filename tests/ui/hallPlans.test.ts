/** The floor plan's data: every hall's walls, doors, zones and booths in site metres, from the scene. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScene, rotateOffset } from '../../src/scene';
import { buildHallPlans } from '../../src/ui/floorPlan/hallPlans';

const { layout } = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
if (!layout) throw new Error('the default scene does not lay out');
const plans = buildHallPlans(layout);

describe('hall plans', () => {
  it('has one plan per hall with every booth and zone of that hall, in site metres', () => {
    expect(plans.map((plan) => plan.id)).toEqual(layout.scene.halls.map((hall) => hall.id));
    for (const [index, plan] of plans.entries()) {
      expect(plan.booths).toHaveLength(layout.booths.filter((booth) => booth.hallIndex === index).length);
      expect(plan.zones).toHaveLength(layout.scene.halls[index]?.zones.length ?? -1);
    }
    const inHall2 = layout.booths.find((booth) => booth.hallIndex === 1);
    const drawn = plans[1]?.booths.find((booth) => booth.id === inHall2?.id);
    // Hall 2 stands at x = 120 on the site.
    expect(drawn?.cx).toBeCloseTo(120 + (inHall2?.rect.cx ?? NaN), 9);
    expect(drawn?.width).toBeCloseTo((inHall2?.rect.halfWidth ?? NaN) * 2, 9);
  });

  it('turns booths the way the 3D view does: a corner of the drawn booth is where the scene puts it', () => {
    const turned = parseScene(
      JSON.stringify({
        version: 1,
        expo: { id: 'e', title: { en: 'E' }, dates: { start: '2024-01-01', end: '2024-01-02' }, venue: { en: 'V' }, defaultHall: 'h' },
        halls: [{ id: 'h', name: { en: 'H' }, sizeM: { width: 40, depth: 40 }, zones: [{ id: 'z', name: { en: 'Z' }, color: '#336699', category: 'c', rect: { x: 0, z: 0, width: 40, depth: 40 } }] }],
        booths: [{ id: 'b', code: 'B-1', zone: 'z', positionM: [20, 20], rotationDeg: 90, sizeM: [6, 3] }],
      }),
    ).layout;
    if (!turned) throw new Error('the test scene does not lay out');
    const booth = turned.booths[0];
    const drawn = buildHallPlans(turned)[0]?.booths[0];
    if (!booth || !drawn) throw new Error('no booth');
    // The booth's front right corner in its own frame, placed by the scene's rotation and by the SVG one.
    const [dx, dz] = rotateOffset(booth.rect.halfWidth, booth.rect.halfDepth, booth.rect.yawRad);
    const angle = (drawn.rotateDeg * Math.PI) / 180;
    const svgX = drawn.width / 2;
    const svgY = drawn.depth / 2;
    expect(drawn.cx + svgX * Math.cos(angle) - svgY * Math.sin(angle)).toBeCloseTo(20 + dx, 9);
    expect(drawn.cz + svgX * Math.sin(angle) + svgY * Math.cos(angle)).toBeCloseTo(20 + dz, 9);
  });

  it('puts each door on its wall with where it leads and what its sign says', () => {
    const hall1 = plans[0];
    const entrance = hall1?.doors.find((door) => door.id === 'entrance');
    expect(entrance).toMatchObject({ xM: 60, zM: 84, outX: 0, outZ: 1, leadsTo: undefined, label: { zh: '主入口', en: 'Main entrance' } });
    const toHall2 = hall1?.doors.find((door) => door.id === 'to-hall-2');
    expect(toHall2).toMatchObject({ xM: 120, zM: 42, outX: 1, outZ: 0, leadsTo: 'hall-2' });
    // The gap in the east wall is where the door is: no wall piece covers (120, 42).
    const blocked = hall1?.walls.some((wall) => 120.1 >= wall.x && 120.1 <= wall.x + wall.width && 42 >= wall.z && 42 <= wall.z + wall.depth);
    expect(blocked).toBe(false);
  });
});
