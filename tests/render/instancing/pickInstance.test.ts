import { Matrix4, Quaternion, Ray, Vector3, Box3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createInstanceCuller, createSpatialGrid, cullAndSelect, pickInstance, rayBoxDistance, type PickRay } from '../../../src/render/instancing';
import { instancesFromSpheres, openView, seededRandom } from './instanceFixtures';

const ray = (origin: [number, number, number], direction: [number, number, number]): PickRay => {
  const d = new Vector3(...direction).normalize();
  return { ox: origin[0], oy: origin[1], oz: origin[2], dx: d.x, dy: d.y, dz: d.z };
};

function boxMatrix(x: number, y: number, z: number, yawRad: number, size: [number, number, number]): Matrix4 {
  return new Matrix4().compose(new Vector3(x, y, z), new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), yawRad), new Vector3(...size));
}

describe('rayBoxDistance', () => {
  it('agrees with three: hit distance on turned, scaled boxes, Infinity on a miss', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 300; trial += 1) {
      const size: [number, number, number] = [0.2 + random() * 3, 0.2 + random() * 3, 0.2 + random() * 3];
      const matrix = boxMatrix(random() * 10 - 5, random() * 2, random() * 10 - 5, random() * Math.PI * 2, size);
      const origin: [number, number, number] = [random() * 40 - 20, 1 + random() * 5, random() * 40 - 20];
      const target = new Vector3().setFromMatrixPosition(matrix).add(new Vector3(random() * 4 - 2, random() * 2 - 1, random() * 4 - 2));
      const direction = target.clone().sub(new Vector3(...origin)).normalize();
      const r = ray(origin, [direction.x, direction.y, direction.z]);
      // Reference: three's ray against the unit box in the box's local frame.
      const inverse = matrix.clone().invert();
      const local = new Ray(new Vector3(...origin), direction).applyMatrix4(inverse);
      const hit = local.intersectBox(new Box3(new Vector3(-0.5, -0.5, -0.5), new Vector3(0.5, 0.5, 0.5)), new Vector3());
      const expected = hit ? hit.applyMatrix4(matrix).distanceTo(new Vector3(...origin)) : Infinity;
      const actual = rayBoxDistance(r, Float32Array.from(matrix.elements), 0);
      if (expected === Infinity) expect(actual).toBe(Infinity);
      else expect(actual).toBeCloseTo(expected, 3);
    }
  });
});

describe('pickInstance', () => {
  // Three exhibits in a row along −z from a camera at the origin; the middle one is turned.
  const spheres = [
    { x: 0, y: 0.5, z: -5, r: 0.9 },
    { x: 0, y: 0.5, z: -10, r: 0.9, model: 1 },
    { x: 3, y: 0.5, z: -10, r: 0.9 },
  ];
  const boxes = new Float32Array(spheres.length * 16);
  spheres.forEach((sphere, index) => boxMatrix(sphere.x, sphere.y, sphere.z, index === 1 ? 0.7 : 0, [1, 1, 1]).toArray(boxes, index * 16));

  function culled(visible = true) {
    const instances = instancesFromSpheres(spheres, 2);
    const culler = createInstanceCuller(instances, createSpatialGrid(instances));
    const view = openView(0, 1, 0);
    if (!visible) view.planes.set([0, 0, 0, -1]);
    cullAndSelect(culler, view);
    return culler;
  }

  it('returns the nearest drawn exhibit on the ray', () => {
    const culler = culled();
    expect(pickInstance(culler, boxes, ray([0, 0.5, 0], [0, 0, -1]))).toBe(0);
    expect(pickInstance(culler, boxes, ray([3, 0.5, 0], [0, 0, -1]))).toBe(2);
    // Past the first: aim above it at the second (taller line of sight from higher up).
    expect(pickInstance(culler, boxes, ray([0, 0.5, -7], [0, 0, -1]))).toBe(1);
  });

  it('misses between exhibits and behind the ray origin', () => {
    const culler = culled();
    expect(pickInstance(culler, boxes, ray([1.5, 0.5, 0], [0, 0, -1]))).toBe(-1);
    expect(pickInstance(culler, boxes, ray([0, 0.5, 0], [0, 0, 1]))).toBe(-1);
  });

  it('ignores exhibits the cull did not draw', () => {
    expect(pickInstance(culled(false), boxes, ray([0, 0.5, 0], [0, 0, -1]))).toBe(-1);
  });
});
