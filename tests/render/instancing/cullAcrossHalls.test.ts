/**
 * Culling over the per-hall blocks of the spatial grid (issue 11): halls kilometres apart, of
 * different sizes and densities, must cull exactly as one grid over the site did.
 */
import { Sphere as ThreeSphere, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createInstanceCuller, cullAndSelect, type InstanceCuller } from '../../../src/render/instancing/cullAndSelect';
import { createSpatialGrid } from '../../../src/render/instancing/spatialGrid';
import { instancesFromSpheres, lookFrom, seededRandom, type Sphere } from './instanceFixtures';

function visibleSet(culler: InstanceCuller): Set<number> {
  const visible = new Set<number>();
  culler.bucketCount.forEach((count, bucket) => {
    for (let k = 0; k < count; k += 1) visible.add(culler.buckets[bucket]?.[k] ?? -1);
  });
  return visible;
}

/** Three halls: a dense one at the origin, a sparse 2 km one 2.5 km east, a small one 2 km south-west. */
function farHalls(): Sphere[] {
  const random = seededRandom(5);
  const spheres: Sphere[] = [];
  for (let k = 0; k < 2000; k += 1) spheres.push({ x: random() * 120, y: 0.5 + random() * 2, z: random() * 80, r: 0.3 + random() * 2, hall: 0 });
  for (let k = 0; k < 12; k += 1) spheres.push({ x: 2500 + random() * 2000, y: 1, z: random() * 2000, r: 0.5 + random() * 4, hall: 1 });
  for (let k = 0; k < 300; k += 1) spheres.push({ x: -2000 + random() * 30, y: 1, z: 2000 + random() * 30, r: 0.5, hall: 3 });
  return spheres;
}

describe('cullAndSelect over halls far apart', () => {
  it('agrees with three.js Frustum.intersectsSphere for every instance, from poses all over the site', () => {
    const instances = instancesFromSpheres(farHalls());
    const culler = createInstanceCuller(instances, createSpatialGrid(instances));
    const random = seededRandom(9);
    for (let pose = 0; pose < 60; pose += 1) {
      const hall = pose % 3;
      const centre: [number, number] = hall === 0 ? [60, 40] : hall === 1 ? [3500, 1000] : [-1985, 2015];
      const from: [number, number, number] = [centre[0] + random() * 400 - 200, 1.6 + random() * 60, centre[1] + random() * 400 - 200];
      const to: [number, number, number] = [centre[0] + random() * 100 - 50, random() * 3, centre[1] + random() * 100 - 50];
      const { frustum, view } = lookFrom(from, to, { far: 200 + random() * 4000 });
      cullAndSelect(culler, view);
      const expected = new Set<number>();
      for (let i = 0; i < instances.count; i += 1) {
        if (frustum.intersectsSphere(new ThreeSphere(new Vector3(instances.xM[i], instances.sphereYM[i], instances.zM[i]), instances.radiusM[i]))) expected.add(i);
      }
      expect(visibleSet(culler)).toEqual(expected);
    }
  });

  it('skips a hall the walls hide, whole, and draws the others', () => {
    const instances = instancesFromSpheres(farHalls());
    const culler = createInstanceCuller(instances, createSpatialGrid(instances));
    const view = lookFrom([60, 500, 40], [60, 0, 41], { far: 10_000 }).view;
    view.planes.fill(0); // everything inside: only the hall mask decides
    view.hallMask = Uint8Array.from([1, 0, 1, 1]);
    view.hallMaskOn = true;
    const result = cullAndSelect(culler, view);
    expect(result.visible).toBe(2000 + 300);
    expect([...visibleSet(culler)].some((i) => instances.hallIndex[i] === 1)).toBe(false);
  });
});
