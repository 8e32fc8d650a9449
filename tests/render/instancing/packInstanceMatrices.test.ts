import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createInstanceCuller, cullAndSelect } from '../../../src/render/instancing/cullAndSelect';
import { createExhibitInstances } from '../../../src/render/instancing/exhibitInstances';
import { createInstanceMatrixArrays, packInstanceMatrices } from '../../../src/render/instancing/packInstanceMatrices';
import { createSpatialGrid } from '../../../src/render/instancing/spatialGrid';
import { openView, tinyLayout } from './instanceFixtures';

const _expected = new Matrix4();

function composed(x: number, y: number, z: number, yawRad: number, scale: number): number[] {
  _expected.compose(new Vector3(x, y, z), new Quaternion().setFromEuler(new Euler(0, yawRad, 0)), new Vector3(scale, scale, scale));
  return _expected.toArray();
}

describe('packInstanceMatrices', () => {
  it('writes each bucket’s matrices at slots 0 … count − 1: translation, yaw about y, uniform scale', () => {
    const instances = createExhibitInstances(tinyLayout());
    const culler = createInstanceCuller(instances, createSpatialGrid(instances), { lodDistanceFactors: [12, 40] });
    // From (0, 1.6, 0): exhibit-one (model-small, radius 1.5) at 14 m is level 0 (< 18 m),
    // exhibit-two (model-big, one file) at 15 m draws its only file, exhibit-three at 108 m is level 2.
    cullAndSelect(culler, openView(0, 1.6, 0));
    const targets = createInstanceMatrixArrays(culler);
    expect(targets.map((t) => t.length)).toEqual([32, 32, 32, 16, 16, 16]);
    expect(packInstanceMatrices(culler, targets)).toBe(3);
    expect([...culler.bucketCount]).toEqual([1, 0, 1, 1, 0, 0]);

    const expectMatrix = (target: Float32Array | undefined, slot: number, expected: number[]) => {
      const actual = [...(target ?? new Float32Array(0)).subarray(slot * 16, slot * 16 + 16)];
      actual.forEach((value, index) => expect(value).toBeCloseTo(expected[index] ?? NaN, 4));
    };
    const y = instances.yM;
    expectMatrix(targets[0], 0, composed(10, y[0] ?? 0, 10, 0, 1));
    expectMatrix(targets[2], 0, composed(105, y[2] ?? 0, 26, Math.PI / 2, 0.5));
    expectMatrix(targets[3], 0, composed(11, y[1] ?? 0, 10, Math.PI / 6, 2));
  });

  it('packs each visible instance once, and matches Matrix4.compose for every one of them', () => {
    const instances = createExhibitInstances(tinyLayout());
    const culler = createInstanceCuller(instances, createSpatialGrid(instances));
    cullAndSelect(culler, openView(60, 1.6, 15));
    const targets = createInstanceMatrixArrays(culler);
    targets.forEach((t) => t.fill(Number.NaN));
    packInstanceMatrices(culler, targets);
    const seen: number[] = [];
    culler.bucketCount.forEach((count, bucket) => {
      for (let slot = 0; slot < count; slot += 1) {
        const i = culler.buckets[bucket]?.[slot] ?? -1;
        seen.push(i);
        const expected = composed(instances.xM[i] ?? 0, instances.yM[i] ?? 0, instances.zM[i] ?? 0, instances.yawRad[i] ?? 0, instances.scale[i] ?? 0);
        [...(targets[bucket] ?? new Float32Array(0)).subarray(slot * 16, slot * 16 + 16)].forEach((value, index) => expect(value).toBeCloseTo(expected[index] ?? NaN, 4));
      }
    });
    expect(seen.sort()).toEqual([0, 1, 2]);
  });

  it('refuses a matrix array too small for its bucket', () => {
    const instances = createExhibitInstances(tinyLayout());
    const culler = createInstanceCuller(instances, createSpatialGrid(instances));
    cullAndSelect(culler, openView(0, 1.6, 0));
    expect(() => packInstanceMatrices(culler, [])).toThrow(RangeError);
  });
});
