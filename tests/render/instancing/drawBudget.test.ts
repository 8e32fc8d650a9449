import { describe, expect, it } from 'vitest';
import { createDrawBudget, createInstanceCuller, createSpatialGrid, cullAndSelect, cullWithinBudget, countTriangles, relevelVisible } from '../../../src/render/instancing';
import { instancesFromSpheres, lookFrom, openView, seededRandom, type Sphere } from './instanceFixtures';

/** `models` models × `perModel` exhibits in a row along x, 1 m apart, radius 0.5 m. */
function row(models: number, perModel: number): Sphere[] {
  const spheres: Sphere[] = [];
  for (let i = 0; i < models * perModel; i += 1) spheres.push({ x: i, y: 0, z: 0, r: 0.5, model: i % models });
  return spheres;
}

/** A culler with three file levels and the box level; every bucket drawable, with its triangles. */
function setUp(spheres: Sphere[], models: number, options: { maxDrawCalls: number; maxTriangles: number }) {
  const instances = instancesFromSpheres(spheres, models, 3);
  const culler = createInstanceCuller(instances, createSpatialGrid(instances), { lodLevels: 4, lodDistanceFactors: [12, 40, 120], boxLevel: true });
  const budget = createDrawBudget(culler, options);
  for (let model = 0; model < models; model += 1) {
    [1000, 300, 50, 12].forEach((triangles, level) => {
      budget.trianglesPerInstance[model * 4 + level] = triangles;
    });
    budget.sharedDraw[model * 4 + 3] = 1;
  }
  return { culler, budget };
}

function levelsOf(culler: ReturnType<typeof setUp>['culler']): number[] {
  const levels: number[] = [];
  culler.bucketCount.forEach((count, bucket) => {
    for (let k = 0; k < count; k += 1) levels[culler.bucketInstances[(culler.bucketStart[bucket] ?? 0) + k] ?? 0] = bucket % culler.lodLevels;
  });
  return levels;
}

describe('cullWithinBudget', () => {
  it('changes nothing when the frame is within both budgets', () => {
    const { culler, budget } = setUp(row(4, 10), 4, { maxDrawCalls: 100, maxTriangles: 1e9 });
    const result = cullWithinBudget(culler, openView(0), budget);
    expect(result.visible).toBe(40);
    expect([budget.reculls, budget.merges, budget.budgetScale]).toEqual([0, 0, 1]);
    // 0 … 6 m: level 0 (12 r = 6 m); 6 … 20 m: level 1; 20 … 39 m: level 2.
    expect(Array.from(result.levelCounts)).toEqual([6, 14, 20, 0]);
    expect(budget.triangles).toBe(countTriangles(culler, budget));
  });

  it('shortens the switch distances until the triangles fit, coarsening the farthest first', () => {
    const { culler, budget } = setUp(row(1, 60), 1, { maxDrawCalls: 100, maxTriangles: 8000 });
    cullWithinBudget(culler, openView(0), budget);
    expect(budget.reculls).toBeGreaterThan(0);
    expect(budget.budgetScale).toBeLessThan(1);
    expect(budget.triangles).toBeLessThanOrEqual(8000);
    const levels = levelsOf(culler);
    // Nearer exhibits never end up coarser than farther ones.
    for (let i = 1; i < levels.length; i += 1) expect(levels[i]).toBeGreaterThanOrEqual(levels[i - 1] ?? 0);
  });

  it('eases the scale back to 1 over frames once there is room again', () => {
    const { culler, budget } = setUp(row(1, 60), 1, { maxDrawCalls: 100, maxTriangles: 4000 });
    cullWithinBudget(culler, openView(0), budget);
    const squeezed = budget.budgetScale;
    budget.maxTriangles = 1e9;
    cullWithinBudget(culler, openView(0), budget);
    expect(budget.budgetScale).toBeGreaterThan(squeezed);
    for (let frame = 0; frame < 100; frame += 1) cullWithinBudget(culler, openView(0), budget);
    expect(budget.budgetScale).toBe(1);
  });

  it('merges the smallest buckets into sibling levels until the draw calls fit, sparing the nearest level first', () => {
    const models = 10;
    const { culler, budget } = setUp(row(models, 4), models, { maxDrawCalls: 12, maxTriangles: 1e9 });
    const before = cullWithinBudget(culler, openView(-3), budget);
    expect(before.visible).toBe(40);
    expect(budget.merges).toBeGreaterThan(0);
    expect(budget.drawCalls).toBeLessThanOrEqual(12);
    // The three exhibits within 6 m keep full detail: merging the farther levels was enough
    // (with triangles to spare, those went to the finer level).
    expect(levelsOf(culler).slice(0, 3)).toEqual([0, 0, 0]);
    expect(before.levelCounts[0]).toBeGreaterThan(3);
    let drawn = 0;
    for (let bucket = 0; bucket < culler.bucketCount.length; bucket += 1) {
      if ((culler.bucketCount[bucket] ?? 0) > 0 && budget.sharedDraw[bucket] === 0) drawn += 1;
    }
    expect(drawn).toBe(budget.drawCalls);
    // No instance lost, every one still in a bucket of its own model, counts per level consistent.
    const seen = new Set<number>();
    culler.bucketCount.forEach((count, bucket) => {
      for (let k = 0; k < count; k += 1) {
        const instance = culler.bucketInstances[(culler.bucketStart[bucket] ?? 0) + k] ?? 0;
        expect(Math.floor(bucket / culler.lodLevels)).toBe(culler.instances.modelIndex[instance]);
        seen.add(instance);
      }
    });
    expect(seen.size).toBe(40);
    expect(Array.from(before.levelCounts).reduce((sum, count) => sum + count, 0)).toBe(40);
    expect(budget.triangles).toBe(countTriangles(culler, budget));
  });

  it('counts all box-level buckets as one draw call and never merges them away', () => {
    const models = 20;
    const { culler, budget } = setUp(row(models, 2).map((sphere) => ({ ...sphere, x: sphere.x + 500 })), models, { maxDrawCalls: 1, maxTriangles: 1e9 });
    const result = cullWithinBudget(culler, openView(0), budget);
    expect(result.levelCounts[3]).toBe(40);
    expect([budget.drawCalls, budget.merges]).toEqual([1, 0]);
  });

  it('leaves buckets without a mesh out of both budgets', () => {
    const { culler, budget } = setUp(row(2, 10), 2, { maxDrawCalls: 1, maxTriangles: 1e9 });
    budget.trianglesPerInstance.fill(-1);
    cullWithinBudget(culler, openView(0), budget);
    expect([budget.drawCalls, budget.triangles, budget.merges]).toEqual([0, 0, 0]);
  });
});

describe('relevelVisible', () => {
  it('gives the same buckets and levels as a second full cull at the new scale, without the frustum tests', () => {
    const random = seededRandom(11);
    const spheres = Array.from({ length: 400 }, () => ({ x: random() * 200 - 100, y: random() * 2, z: random() * 200 - 100, r: 0.2 + random(), model: Math.floor(random() * 5) }));
    const build = () => {
      const instances = instancesFromSpheres(spheres, 5, 3);
      return createInstanceCuller(instances, createSpatialGrid(instances), { lodLevels: 4, lodDistanceFactors: [12, 40, 120], boxLevel: true });
    };
    const { view } = lookFrom([0, 1.6, 0], [50, 1.6, 30]);
    const releveled = build();
    const reculled = build();
    for (const culler of [releveled, reculled]) cullAndSelect(culler, view);
    relevelVisible(releveled, view, 0.4);
    cullAndSelect(reculled, { ...view, lodDistanceScale: 0.4 });
    const contents = (culler: typeof releveled) =>
      Array.from(culler.bucketCount, (count, bucket) => Array.from(culler.bucketInstances.subarray(culler.bucketStart[bucket], (culler.bucketStart[bucket] ?? 0) + count)).sort((a, b) => a - b));
    expect(contents(releveled)).toEqual(contents(reculled));
    expect(Array.from(releveled.currentLevel)).toEqual(Array.from(reculled.currentLevel));
    expect(Array.from(releveled.result.levelCounts)).toEqual(Array.from(reculled.result.levelCounts));
  });
});
