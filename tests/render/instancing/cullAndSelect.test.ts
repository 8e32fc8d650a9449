import { Box3, Sphere as ThreeSphere, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createInstanceCuller, cullAndSelect, resetLevels, type InstanceCuller } from '../../../src/render/instancing/cullAndSelect';
import type { ExhibitInstances } from '../../../src/render/instancing/exhibitInstances';
import { createInstanceMatrixArrays, packInstanceMatrices } from '../../../src/render/instancing/packInstanceMatrices';
import { createSpatialGrid } from '../../../src/render/instancing/spatialGrid';
import { instancesFromSpheres, lookFrom, openView, seededRandom, type Sphere } from './instanceFixtures';

/** One sphere of radius 1 at the origin; switch distances 10 and 30 radii, 10 % hysteresis. */
function oneSphereCuller(lods = 3): InstanceCuller {
  const instances = instancesFromSpheres([{ x: 0, y: 0, z: 0, r: 1 }], 1, lods);
  return createInstanceCuller(instances, createSpatialGrid(instances), { lodDistanceFactors: [10, 30], hysteresis: 0.1 });
}

function levelAt(culler: InstanceCuller, distanceM: number, lodDistanceScale = 1): number {
  const view = openView(distanceM);
  view.lodDistanceScale = lodDistanceScale;
  cullAndSelect(culler, view);
  const level = [0, 1, 2].find((l) => (culler.bucketCount[l] ?? 0) > 0);
  if (level === undefined) throw new Error('the sphere was culled');
  return level;
}

function visibleSet(culler: InstanceCuller): Set<number> {
  const visible = new Set<number>();
  culler.bucketCount.forEach((count, bucket) => {
    for (let k = 0; k < count; k += 1) visible.add(culler.buckets[bucket]?.[k] ?? -1);
  });
  return visible;
}

function randomField(count: number, seed: number, sizeM: number): Sphere[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    x: random() * sizeM - sizeM / 2,
    y: 0.5 + random() * 2,
    z: random() * sizeM - sizeM / 2,
    r: 0.3 + random() * 2,
    model: Math.floor(random() * 3),
  }));
}

function sphereOf(instances: ExhibitInstances, i: number): ThreeSphere {
  return new ThreeSphere(new Vector3(instances.xM[i], instances.sphereYM[i], instances.zM[i]), instances.radiusM[i]);
}

describe('cullAndSelect: level of detail', () => {
  it('picks the first level by the plain switch distances, without hysteresis', () => {
    expect(levelAt(oneSphereCuller(), 5)).toBe(0);
    expect(levelAt(oneSphereCuller(), 10.5)).toBe(1);
    expect(levelAt(oneSphereCuller(), 29)).toBe(1);
    expect(levelAt(oneSphereCuller(), 31)).toBe(2);
  });

  it('keeps the current level inside the hysteresis band moving away, and switches coarser past it', () => {
    const culler = oneSphereCuller();
    expect(levelAt(culler, 5)).toBe(0);
    expect(levelAt(culler, 10.5)).toBe(0);
    expect(levelAt(culler, 10.99)).toBe(0);
    expect(levelAt(culler, 11.01)).toBe(1);
    expect(levelAt(culler, 32.9)).toBe(1);
    expect(levelAt(culler, 33.1)).toBe(2);
  });

  it('keeps the current level inside the hysteresis band moving closer, and switches finer past it', () => {
    const culler = oneSphereCuller();
    expect(levelAt(culler, 50)).toBe(2);
    expect(levelAt(culler, 27.1)).toBe(2);
    expect(levelAt(culler, 26.9)).toBe(1);
    expect(levelAt(culler, 9.1)).toBe(1);
    expect(levelAt(culler, 8.9)).toBe(0);
  });

  it('jumps several levels at once when the camera moves past several bands', () => {
    const culler = oneSphereCuller();
    expect(levelAt(culler, 1)).toBe(0);
    expect(levelAt(culler, 100)).toBe(2);
    expect(levelAt(culler, 1)).toBe(0);
  });

  it('scales every switch distance by lodDistanceScale', () => {
    expect(levelAt(oneSphereCuller(), 15, 2)).toBe(0);
    expect(levelAt(oneSphereCuller(), 15, 0.5)).toBe(2);
  });

  it('draws a model with fewer LOD files at its last file, keeping the level for hysteresis', () => {
    const culler = oneSphereCuller(1);
    expect(levelAt(culler, 100)).toBe(0);
    expect(culler.currentLevel[0]).toBe(2);
    expect(culler.result.levelCounts[0]).toBe(1);
  });

  it('forgets levels after resetLevels', () => {
    const culler = oneSphereCuller();
    levelAt(culler, 5);
    resetLevels(culler);
    expect(levelAt(culler, 10.5)).toBe(1);
  });

  it('keeps the level of a culled instance for when it comes back into view', () => {
    const culler = oneSphereCuller();
    expect(levelAt(culler, 10.5)).toBe(1);
    const away = lookFrom([10.5, 0, 0], [20, 0, 0]);
    expect(cullAndSelect(culler, away.view).visible).toBe(0);
    expect(levelAt(culler, 9.5)).toBe(1);
  });
});

describe('cullAndSelect: frustum culling', () => {
  it('drops instances behind the camera and outside the side planes, and keeps those inside', () => {
    const instances = instancesFromSpheres([
      { x: 20, y: 1.6, z: 0, r: 0.5 }, // ahead
      { x: -20, y: 1.6, z: 0, r: 0.5 }, // behind
      { x: 10, y: 1.6, z: 40, r: 0.5 }, // far to the right side
      { x: 10, y: 1.6, z: -40, r: 0.5 }, // far to the left side
      { x: 10, y: 1.6, z: 5, r: 0.5 }, // ahead, a little aside
      { x: 50, y: 40, z: 0, r: 0.5 }, // above the top plane
    ]);
    const culler = createInstanceCuller(instances, createSpatialGrid(instances, { cellSizeM: 8 }));
    const { view } = lookFrom([0, 1.6, 0], [1, 1.6, 0]);
    const result = cullAndSelect(culler, view);
    expect([...visibleSet(culler)].sort()).toEqual([0, 4]);
    expect(result.visible).toBe(2);
  });

  it('keeps a sphere that straddles a plane, with its centre in a cell behind the camera', () => {
    const instances = instancesFromSpheres([
      { x: -8, y: 1.6, z: 0, r: 0.5 },
      { x: -0.5, y: 1.6, z: 0, r: 2 }, // centre behind the near plane, reaching 1.5 m ahead
      { x: -1.5, y: 1.6, z: 0, r: 0.5 }, // wholly behind, same cell
    ]);
    const culler = createInstanceCuller(instances, createSpatialGrid(instances, { cellSizeM: 8 }));
    cullAndSelect(culler, lookFrom([0, 1.6, 0], [1, 1.6, 0]).view);
    expect([...visibleSet(culler)]).toEqual([1]);
  });

  it('agrees with three.js Frustum.intersectsSphere for every instance, from many poses, cells of any size', () => {
    const spheres = randomField(3000, 7, 200);
    // Centres exactly on and either side of cell borders.
    for (let k = -96; k <= 96; k += 8) {
      spheres.push({ x: k, y: 1, z: k / 2, r: 1 }, { x: k - 1e-3, y: 1, z: 3, r: 0.6 }, { x: 5, y: 1, z: k + 1e-3, r: 0.6 });
    }
    const instances = instancesFromSpheres(spheres, 3);
    const random = seededRandom(11);
    for (const cellSizeM of [3, 8, 25]) {
      const culler = createInstanceCuller(instances, createSpatialGrid(instances, { cellSizeM }));
      for (let pose = 0; pose < 25; pose += 1) {
        const from: [number, number, number] = [random() * 200 - 100, 1.6 + random() * 30, random() * 200 - 100];
        const to: [number, number, number] = [random() * 200 - 100, random() * 3, random() * 200 - 100];
        const { frustum, view } = lookFrom(from, to, { far: 40 + random() * 300 });
        cullAndSelect(culler, view);
        const expected = new Set<number>();
        for (let i = 0; i < instances.count; i += 1) if (frustum.intersectsSphere(sphereOf(instances, i))) expected.add(i);
        expect(visibleSet(culler)).toEqual(expected);
      }
    }
  });

  it('never visits a cell whose box lies outside the frustum', () => {
    const instances = instancesFromSpheres(randomField(5000, 3, 400), 3);
    const grid = createSpatialGrid(instances, { cellSizeM: 8 });
    const culler = createInstanceCuller(instances, grid);
    const { frustum, view } = lookFrom([0, 1.6, 0], [100, 1.6, 30], { far: 120 });
    const result = cullAndSelect(culler, view);
    const box = new Box3();
    let occupied = 0;
    let intersecting = 0;
    for (let cell = 0; cell < grid.cellCount; cell += 1) {
      if (grid.cellStart[cell] === grid.cellStart[cell + 1]) continue;
      occupied += 1;
      const b = grid.cellBounds;
      box.min.set(b[cell * 6] ?? 0, b[cell * 6 + 1] ?? 0, b[cell * 6 + 2] ?? 0);
      box.max.set(b[cell * 6 + 3] ?? 0, b[cell * 6 + 4] ?? 0, b[cell * 6 + 5] ?? 0);
      if (frustum.intersectsBox(box)) intersecting += 1;
    }
    const visited = [...culler.visitedCells.subarray(0, result.cellsVisited)];
    for (const cell of visited) {
      const b = grid.cellBounds;
      box.min.set(b[cell * 6] ?? 0, b[cell * 6 + 1] ?? 0, b[cell * 6 + 2] ?? 0);
      box.max.set(b[cell * 6 + 3] ?? 0, b[cell * 6 + 4] ?? 0, b[cell * 6 + 5] ?? 0);
      expect(frustum.intersectsBox(box)).toBe(true);
    }
    expect(result.cellsVisited).toBeLessThanOrEqual(intersecting);
    // Only the cells in the box around the frustum's corners are even tested: none behind the camera.
    expect(result.cellsTested).toBeLessThan(occupied / 2);
    expect(result.instancesTested).toBeLessThan(instances.count / 4);
    expect(result.instancesTested).toBeGreaterThanOrEqual(result.visible);
  });

  it('drops instances, and skips cells, beyond the draw distance', () => {
    const spheres: Sphere[] = [];
    for (let x = 5; x <= 300; x += 5) spheres.push({ x, y: 1.6, z: 0, r: 0.5 });
    const instances = instancesFromSpheres(spheres);
    const culler = createInstanceCuller(instances, createSpatialGrid(instances, { cellSizeM: 8 }));
    const { view } = lookFrom([0, 1.6, 0], [1, 1.6, 0], { far: 1000 });
    view.maxDistanceM = 100;
    const result = cullAndSelect(culler, view);
    expect(result.visible).toBe(20); // x = 5 … 100
    expect(result.instancesTested).toBeLessThan(30);
    view.maxDistanceM = Infinity;
    expect(cullAndSelect(culler, view).visible).toBe(60);
  });
});

describe('cullAndSelect: buckets', () => {
  it('writes each visible instance into the bucket of its model and level, with per-level totals', () => {
    const instances = instancesFromSpheres(
      [
        { x: 5, y: 0, z: 0, r: 1, model: 0 }, // level 0
        { x: 20, y: 0, z: 0, r: 1, model: 0 }, // level 1
        { x: 50, y: 0, z: 0, r: 1, model: 1 }, // level 2
        { x: 6, y: 0, z: 0, r: 1, model: 1 }, // level 0
        { x: -50, y: 0, z: 0, r: 1, model: 1 }, // behind
        { x: 7, y: 0, z: 0, r: 1, model: 0 }, // level 0
      ],
      2,
    );
    const culler = createInstanceCuller(instances, createSpatialGrid(instances), { lodDistanceFactors: [10, 30] });
    const result = cullAndSelect(culler, lookFrom([0, 0, 0], [1, 0, 0]).view);
    const bucket = (model: number, level: number) => [...(culler.buckets[model * 3 + level] ?? new Uint32Array(0)).subarray(0, culler.bucketCount[model * 3 + level])].sort();
    expect(bucket(0, 0)).toEqual([0, 5]);
    expect(bucket(0, 1)).toEqual([1]);
    expect(bucket(0, 2)).toEqual([]);
    expect(bucket(1, 0)).toEqual([3]);
    expect(bucket(1, 1)).toEqual([]);
    expect(bucket(1, 2)).toEqual([2]);
    expect(result.visible).toBe(5);
    expect([...result.levelCounts]).toEqual([3, 1, 1]);
    // Each bucket has room for all of its model's instances.
    expect(culler.buckets.map((b) => b.length)).toEqual([3, 3, 3, 3, 3, 3]);
  });
});

describe('per-frame calls allocate nothing', () => {
  // Vitest runs without --expose-gc, so no heap check here: every output of a per-frame call is a
  // preallocated object, and these tests hold each one by identity across 1,000 calls.
  // bench/cullBench.ts measures the heap over many frames with gc forced before and after.
  it('return the same result, buckets and matrix arrays over 1,000 calls from moving poses', () => {
    const instances = instancesFromSpheres(randomField(2000, 5, 150), 3);
    const culler = createInstanceCuller(instances, createSpatialGrid(instances));
    const targets = createInstanceMatrixArrays(culler);
    const result = culler.result;
    const levelCounts = result.levelCounts;
    const buckets = [...culler.buckets];
    const bucketBuffer = culler.bucketInstances.buffer;
    const targetArrays = [...targets];
    const views = [lookFrom([0, 1.6, 0], [50, 1.6, 0]).view, lookFrom([20, 1.6, 10], [-50, 1.6, 30]).view];
    let total = 0;
    for (let call = 0; call < 1000; call += 1) {
      const returned = cullAndSelect(culler, views[call % 2] ?? openView(0));
      expect(returned).toBe(result);
      total += packInstanceMatrices(culler, targets);
    }
    expect(total).toBeGreaterThan(0);
    expect(culler.result).toBe(result);
    expect(culler.result.levelCounts).toBe(levelCounts);
    culler.buckets.forEach((bucket, index) => {
      expect(bucket).toBe(buckets[index]);
      expect(bucket.buffer).toBe(bucketBuffer);
    });
    targets.forEach((target, index) => expect(target).toBe(targetArrays[index]));
  });
});
