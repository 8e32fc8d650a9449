import { describe, expect, it } from 'vitest';
import { BOOTH_PLATFORM_HEIGHT_M } from '../../../src/scene';
import { createExhibitInstances } from '../../../src/render/instancing/exhibitInstances';
import { forEachExhibitPlacement } from '../../../src/render/exhibitPlacements';
import { generateLayout } from '../generatedLayout';
import { tinyLayout } from './instanceFixtures';

describe('createExhibitInstances', () => {
  it('places each exhibit at its hall position plus its hall-local position, on the booth platform', () => {
    const instances = createExhibitInstances(tinyLayout());
    expect(instances.count).toBe(3);
    expect([instances.xM[0], instances.yM[0], instances.zM[0]]).toEqual([10, expect.closeTo(BOOTH_PLATFORM_HEIGHT_M, 6), 10]);
    expect(instances.xM[1]).toBeCloseTo(11, 5);
    expect(instances.yM[1]).toBeCloseTo(BOOTH_PLATFORM_HEIGHT_M + 0.5, 5);
    expect(instances.zM[1]).toBeCloseTo(10, 5);
    // Hall B sits at [100, 20]; its booth at [5, 6] in the hall.
    expect(instances.xM[2]).toBeCloseTo(105, 5);
    expect(instances.zM[2]).toBeCloseTo(26, 5);
  });

  it('keeps each exhibit yaw and scale, and precomputes scale·cos and scale·sin of the yaw', () => {
    const instances = createExhibitInstances(tinyLayout());
    expect(instances.yawRad[1]).toBeCloseTo(Math.PI / 6, 5);
    expect(instances.scale[1]).toBe(2);
    expect(instances.cosScale[1]).toBeCloseTo(2 * Math.cos(Math.PI / 6), 5);
    expect(instances.sinScale[1]).toBeCloseTo(2 * Math.sin(Math.PI / 6), 5);
    expect(instances.yawRad[2]).toBeCloseTo(Math.PI / 2, 5);
    expect(instances.scale[2]).toBe(0.5);
  });

  it('maps instance i to its exhibit id and placeholder slot, leaving out exhibits of unknown models', () => {
    const instances = createExhibitInstances(tinyLayout());
    expect(instances.exhibitIds).toEqual(['exhibit-one', 'exhibit-two', 'exhibit-three']);
    // exhibit-lost still has a placeholder box (slot 2), so exhibit-three is slot 3.
    expect([...instances.slots]).toEqual([0, 1, 3]);
  });

  it('indexes models into scene.models and counts the instances of each', () => {
    const instances = createExhibitInstances(tinyLayout());
    expect(instances.modelCount).toBe(2);
    expect([...instances.modelIndex]).toEqual([0, 1, 0]);
    expect([...instances.instancesPerModel]).toEqual([2, 1]);
    expect([...instances.lodCountByModel]).toEqual([3, 1]);
  });

  it('sizes the bounding sphere from the model size times the exhibit scale, centred half its height up', () => {
    const instances = createExhibitInstances(tinyLayout());
    // model-small is 1 × 2 × 2 m: half its diagonal is 1.5 m.
    expect(instances.radiusM[0]).toBeCloseTo(1.5, 5);
    expect(instances.sphereYM[0]).toBeCloseTo(BOOTH_PLATFORM_HEIGHT_M + 1, 5);
    // model-big is 2 × 4 × 4 m at scale 2: radius 6 m.
    expect(instances.radiusM[1]).toBeCloseTo(6, 5);
    expect(instances.sphereYM[1]).toBeCloseTo(BOOTH_PLATFORM_HEIGHT_M + 0.5 + 4, 5);
    expect(instances.radiusM[2]).toBeCloseTo(0.75, 5);
  });

  it('agrees with the placement walk for a generated layout', () => {
    const layout = generateLayout({ booths: 50, exhibitsPerBooth: 3, hallPositionM: [30, -12], models: 4 });
    const instances = createExhibitInstances(layout);
    expect(instances.count).toBe(150);
    forEachExhibitPlacement(layout, ({ slot, placed, xM, zM }) => {
      expect(instances.exhibitIds[slot]).toBe(placed.exhibit.id);
      expect(instances.xM[slot]).toBeCloseTo(xM, 3);
      expect(instances.zM[slot]).toBeCloseTo(zM, 3);
    });
  });
});
