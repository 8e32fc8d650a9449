import { describe, expect, it } from 'vitest';
import { createInstanceCuller, createSpatialGrid, cullAndSelect, packBoxInstances } from '../../../src/render/instancing';
import { instancesFromSpheres, openView } from './instanceFixtures';

describe('packBoxInstances', () => {
  it('copies the box matrix and colour of each box-level instance of the flagged models, in bucket order', () => {
    // Two models, three exhibits each, all far away: every one at the box level.
    const spheres = [0, 1, 2, 3, 4, 5].map((i) => ({ x: 1000 + i, y: 0, z: 0, r: 0.5, model: i % 2 }));
    const instances = instancesFromSpheres(spheres, 2, 3);
    const culler = createInstanceCuller(instances, createSpatialGrid(instances), { lodLevels: 4, lodDistanceFactors: [12, 40, 120], boxLevel: true });
    cullAndSelect(culler, openView(0));
    const matrices = Float32Array.from({ length: 6 * 16 }, (_, index) => index);
    const colors = Float32Array.from({ length: 6 * 3 }, (_, index) => index / 100);
    const targetMatrices = new Float32Array(6 * 16);
    const targetColors = new Float32Array(6 * 3);

    expect(packBoxInstances(culler, Uint8Array.from([1, 1]), { matrices, colors }, targetMatrices, targetColors)).toBe(6);
    const order = [0, 2, 4, 1, 3, 5];
    order.forEach((instance, slot) => {
      expect(Array.from(targetMatrices.subarray(slot * 16, slot * 16 + 16))).toEqual(Array.from(matrices.subarray(instance * 16, instance * 16 + 16)));
      expect(Array.from(targetColors.subarray(slot * 3, slot * 3 + 3))).toEqual(Array.from(colors.subarray(instance * 3, instance * 3 + 3)));
    });
    // A model not loaded yet is still drawn by the placeholder boxes: left out here.
    expect(packBoxInstances(culler, Uint8Array.from([0, 1]), { matrices, colors }, targetMatrices, targetColors)).toBe(3);
  });

  it('packs nothing for a culler without a box level', () => {
    const instances = instancesFromSpheres([{ x: 1000, y: 0, z: 0, r: 0.5 }]);
    const culler = createInstanceCuller(instances, createSpatialGrid(instances));
    cullAndSelect(culler, openView(0));
    expect(packBoxInstances(culler, Uint8Array.from([1]), { matrices: new Float32Array(16), colors: new Float32Array(3) }, new Float32Array(16), new Float32Array(3))).toBe(0);
  });
});
