import { describe, expect, it } from 'vitest';
import { createBucketHistory, createInstanceCuller, createSpatialGrid, cullAndSelect, markChangedBuckets, resetBucketHistory } from '../../../src/render/instancing';
import { instancesFromSpheres, openView } from './instanceFixtures';

describe('bucket history', () => {
  // Two models in a row along x: model 0 at 0…9 m, model 1 at 10…19 m, radius 0.5 m (level 0 within 6 m).
  const spheres = Array.from({ length: 20 }, (_, i) => ({ x: i, y: 0, z: 0, r: 0.5, model: i < 10 ? 0 : 1 }));
  const culler = () => {
    const instances = instancesFromSpheres(spheres, 2, 3);
    return createInstanceCuller(instances, createSpatialGrid(instances));
  };

  it('finds every bucket changed on the first frame, none when nothing moved, and only those that changed after a move', () => {
    const c = culler();
    const history = createBucketHistory(c);
    cullAndSelect(c, openView(0));
    expect(markChangedBuckets(c, history)).toBe(c.bucketCount.length);
    cullAndSelect(c, openView(0));
    expect(markChangedBuckets(c, history)).toBe(0);
    expect(Array.from(history.changed)).toEqual(new Array(6).fill(0));
    // A step back: model 0's near exhibits cross the level-0 boundary (6 m, 6.72 m with hysteresis); model 1's stay.
    cullAndSelect(c, openView(-3));
    markChangedBuckets(c, history);
    expect(Array.from(history.changed.subarray(0, 3)).some((flag) => flag === 1)).toBe(true);
    expect(Array.from(history.changed.subarray(3, 6))).toEqual([0, 0, 0]);
  });

  it('counts everything as changed again after a reset', () => {
    const c = culler();
    const history = createBucketHistory(c);
    cullAndSelect(c, openView(0));
    markChangedBuckets(c, history);
    resetBucketHistory(history);
    cullAndSelect(c, openView(0));
    expect(markChangedBuckets(c, history)).toBe(c.bucketCount.length);
  });
});
