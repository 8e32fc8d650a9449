/**
 * `npm run bench:cull`: CPU time per frame of the instanced renderer's per-frame core (frustum +
 * distance culling over the spatial grid, LOD selection with hysteresis, matrix packing) for 1k,
 * 10k and 100k exhibits over 100 models, along a fixed 60-pose walk at eye height (1.6 m) through
 * halls side by side, looking along the aisles. Written to bench/results/cull.json.
 * Target (issue): culling + LOD ≤ 0.5 ms per frame at 100k (perf-notes: ≤ 1 ms).
 *
 * The scenes go through the real pipeline (buildLargeScene → schema → layout →
 * createExhibitInstances). Baselines: a grid of one cell (every sphere tested each frame: linear
 * culling) and other cell sizes, so the choice of 16 m cells stays checkable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Frustum, Matrix4, PerspectiveCamera } from 'three';
import { createCullView, createInstanceCuller, cullAndSelect, type CullView, type InstanceCuller } from '../src/render/instancing/cullAndSelect';
import { createDrawBudget, cullWithinBudget, type DrawBudget } from '../src/render/instancing/drawBudget';
import { createHallVisibility, writeHallMask, type HallVisibility } from '../src/render/instancing/hallVisibility';
import { packBoxInstances } from '../src/render/instancing/packBoxInstances';
import { SOLID_WALL_HEIGHT_M } from '../src/scene';
import { EXHIBIT_DRAW_CALLS, EXHIBIT_TRIANGLES } from '../src/render/createExhibitBatches';
import type { Hall } from '../src/scene';
import { drawDistanceAt, qualityPreset } from '../src/quality';

/** The app's default quality on a desktop: its draw distance and triangle budget. */
const APP_QUALITY = qualityPreset('high', false);
import { createExhibitInstances, type ExhibitInstances } from '../src/render/instancing/exhibitInstances';
import { createInstanceMatrixArrays, packInstanceMatrices } from '../src/render/instancing/packInstanceMatrices';
import { createSpatialGrid } from '../src/render/instancing/spatialGrid';
import { writeFrustumPlanes } from '../src/render/instancing/writeFrustumPlanes';
import { layoutScene, sceneSchema } from '../src/scene';
import { buildLargeScene } from './buildLargeScene';
import { EYE_HEIGHT_M } from '../src/navigation/cameraPose';

/** Present when Node runs with --expose-gc (the bench script passes it). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;
const TARGET_MS = 0.5;
const MODELS = 100;
const POSES = 60;
const WARM_LAPS = 3;
const LAPS = 10;
/** Triangles per level, an estimate for the triangle-equivalent counts. */
const TRIANGLES_PER_LEVEL = [5000, 1200, 200, 12];
const BOOTHS_PER_HALL = 2500;
const EXHIBITS_PER_BOOTH = 4;
/** Lattice of buildLargeScene: 3 m booths, 3 m aisles, halls 10 m apart. */
const PITCH_M = 6;
const HALL_GAP_M = 10;

function buildInstances(exhibits: number): { instances: ExhibitInstances; halls: Hall[] } {
  const booths = Math.ceil(exhibits / EXHIBITS_PER_BOOTH);
  const input = buildLargeScene({ booths, exhibitsPerBooth: EXHIBITS_PER_BOOTH, boothsPerHall: BOOTHS_PER_HALL, boothsAs: 'grids' });
  // 100 models of assorted sizes, three LOD files each, used by the exhibits in a scattered order.
  input.models = Array.from({ length: MODELS }, (_, index) => ({
    id: `model-${index}`,
    lods: [0, 1, 2].map((level) => `models/m${index}/lod${level}.glb`),
    sizeM: [0.4 + (index % 7) * 0.3, 0.6 + (index % 5) * 0.5, 0.4 + (index % 3) * 0.4] as [number, number, number],
  }));
  input.exhibits = (input.exhibits ?? []).slice(0, exhibits);
  input.exhibits.forEach((exhibit, index) => {
    exhibit.model = `model-${(index * 37) % MODELS}`;
  });
  const layout = layoutScene(sceneSchema.parse(input));
  return { instances: createExhibitInstances(layout), halls: layout.scene.halls };
}

interface Pose {
  position: [number, number, number];
  target: [number, number, number];
}

/** 60 poses in aisles, hall by hall, looking along the aisle (±x or ±z) in turn. */
function walkPath(booths: number): Pose[] {
  const columns = Math.ceil(Math.sqrt(BOOTHS_PER_HALL));
  const hallWidthM = columns * PITCH_M + 3;
  const halls = Math.ceil(booths / BOOTHS_PER_HALL);
  const filledRows = Math.min(columns, Math.ceil(Math.min(booths, BOOTHS_PER_HALL) / columns));
  const directions: [number, number][] = [
    [1, 0],
    [0, 1],
    [-1, 0],
    [0, -1],
  ];
  return Array.from({ length: POSES }, (_, pose) => {
    const hall = Math.floor((pose * halls) / POSES);
    // Aisle centres lie between booths: 1.5 m past each 6 m step.
    const x = hall * (hallWidthM + HALL_GAP_M) + 1.5 + PITCH_M * ((pose * 7) % columns);
    const z = 1.5 + PITCH_M * ((pose * 11) % filledRows);
    const [dx, dz] = directions[pose % 4] ?? [1, 0];
    return { position: [x, EYE_HEIGHT_M, z], target: [x + dx, EYE_HEIGHT_M, z + dz] };
  });
}

function quantile(values: Float64Array, q: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const round = (value: number, digits = 3) => Number(value.toFixed(digits));

interface Case {
  exhibits: number;
  cellSizeM: number;
  maxDistanceM: number;
  label: string;
  /**
   * The app's whole per-frame pipeline: hall walls as occluders, the far-box level, the draw-call
   * and triangle budget (with its extra culls) and the far-box packing, not the bare cull.
   */
  app?: boolean;
}

const cases: Case[] = [
  ...[1_000, 10_000, 100_000].flatMap((exhibits) => [
    { exhibits, cellSizeM: 16, maxDistanceM: Infinity, label: 'app (high): hall walls, draw distance, far boxes, budget', app: true },
    { exhibits, cellSizeM: 16, maxDistanceM: Infinity, label: 'grid 16 m (default)' },
    { exhibits, cellSizeM: 16, maxDistanceM: 150, label: 'grid 16 m, draw 150 m' },
  ]),
  { exhibits: 100_000, cellSizeM: 4, maxDistanceM: Infinity, label: 'grid 4 m' },
  { exhibits: 100_000, cellSizeM: 4, maxDistanceM: 150, label: 'grid 4 m, draw 150 m' },
  { exhibits: 100_000, cellSizeM: 8, maxDistanceM: Infinity, label: 'grid 8 m' },
  { exhibits: 100_000, cellSizeM: 8, maxDistanceM: 150, label: 'grid 8 m, draw 150 m' },
  { exhibits: 100_000, cellSizeM: 32, maxDistanceM: Infinity, label: 'grid 32 m' },
  { exhibits: 100_000, cellSizeM: 32, maxDistanceM: 150, label: 'grid 32 m, draw 150 m' },
  { exhibits: 100_000, cellSizeM: 1e7, maxDistanceM: Infinity, label: 'one cell (linear)' },
  { exhibits: 100_000, cellSizeM: 1e7, maxDistanceM: 150, label: 'one cell (linear), draw 150 m' },
];

const camera = new PerspectiveCamera(60, 16 / 9, 0.1, 1000);
const frustum = new Frustum();
const _viewProjection = new Matrix4();
const instancesBySize = new Map<number, { instances: ExhibitInstances; halls: Hall[] }>();

/** The app's frame (`createExhibitBatches.cull` + the hall mask of `createExpoView`) without three. */
interface AppFrame {
  budget: DrawBudget;
  visibility: HallVisibility;
  drawBoxes: Uint8Array;
  boxSources: { matrices: Float32Array; colors: Float32Array };
  boxMatrices: Float32Array;
  boxColors: Float32Array;
}

function createAppFrame(culler: InstanceCuller, halls: Hall[]): AppFrame {
  const budget = createDrawBudget(culler, { maxDrawCalls: EXHIBIT_DRAW_CALLS, maxTriangles: Math.min(EXHIBIT_TRIANGLES, APP_QUALITY.maxTriangles) });
  for (let model = 0; model < culler.instances.modelCount; model += 1) {
    for (let level = 0; level < culler.lodLevels; level += 1) {
      budget.trianglesPerInstance[model * culler.lodLevels + level] = TRIANGLES_PER_LEVEL[level] ?? 0;
    }
    budget.sharedDraw[model * culler.lodLevels + culler.boxLevel] = 1;
  }
  const count = culler.instances.count;
  return {
    budget,
    visibility: createHallVisibility(halls, SOLID_WALL_HEIGHT_M),
    drawBoxes: new Uint8Array(culler.instances.modelCount).fill(1),
    boxSources: { matrices: new Float32Array(count * 16), colors: new Float32Array(count * 3) },
    boxMatrices: new Float32Array(count * 16),
    boxColors: new Float32Array(count * 3),
  };
}

function cullFrame(culler: InstanceCuller, view: CullView, app: AppFrame | undefined) {
  if (!app) return cullAndSelect(culler, view);
  writeHallMask(app.visibility, view.cameraXM, view.cameraYM, view.cameraZM, view);
  view.maxDistanceM = drawDistanceAt(APP_QUALITY, view.cameraYM);
  return cullWithinBudget(culler, view, app.budget);
}

function packFrame(culler: InstanceCuller, targets: Float32Array[], app: AppFrame | undefined): void {
  packInstanceMatrices(culler, targets);
  if (app) packBoxInstances(culler, app.drawBoxes, app.boxSources, app.boxMatrices, app.boxColors);
}

const results = cases.map((benchCase) => {
  let built = instancesBySize.get(benchCase.exhibits);
  if (!built) {
    built = buildInstances(benchCase.exhibits);
    instancesBySize.set(benchCase.exhibits, built);
  }
  const { instances } = built;
  const halls = Math.ceil(benchCase.exhibits / EXHIBITS_PER_BOOTH / BOOTHS_PER_HALL);
  const buildStart = performance.now();
  const grid = createSpatialGrid(instances, { cellSizeM: benchCase.cellSizeM });
  const culler = benchCase.app
    ? createInstanceCuller(instances, grid, { lodLevels: 4, lodDistanceFactors: [12, 40, 120], hysteresis: 0.12, boxLevel: true })
    : createInstanceCuller(instances, grid, { lodLevels: 3, lodDistanceFactors: [12, 40], hysteresis: 0.12 });
  const app = benchCase.app ? createAppFrame(culler, built.halls) : undefined;
  const targets = createInstanceMatrixArrays(culler);
  const buildMs = performance.now() - buildStart;
  const view = createCullView();
  view.maxDistanceM = benchCase.maxDistanceM;
  const poses = walkPath(Math.ceil(benchCase.exhibits / EXHIBITS_PER_BOOTH));

  // Camera and frustum set-up is the caller's (three's) work: done per pose once, outside the timing.
  const posePlanes = poses.map((pose) => {
    camera.position.set(...pose.position);
    camera.lookAt(...pose.target);
    camera.updateMatrixWorld(true);
    frustum.setFromProjectionMatrix(_viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse));
    return writeFrustumPlanes(frustum, new Float64Array(24));
  });
  const poseCount = poses.length;
  const positions = Float64Array.from(poses.flatMap((pose) => pose.position));
  // Preallocated so that the timed loop itself allocates nothing and the heap check is fair.
  const frames = LAPS * poseCount;
  const cullMs = new Float64Array(frames);
  const totalMs = new Float64Array(frames);
  const visible = new Float64Array(frames);
  const triangles = new Float64Array(frames);
  const instancesTested = new Float64Array(frames);
  const cellsTested = new Float64Array(frames);
  let frame = 0;
  for (let lap = 0; lap < WARM_LAPS + LAPS; lap += 1) {
    for (let pose = 0; pose < poseCount; pose += 1) {
      view.planes.set(posePlanes[pose] ?? view.planes);
      view.cameraXM = positions[pose * 3] ?? 0;
      view.cameraYM = positions[pose * 3 + 1] ?? 0;
      view.cameraZM = positions[pose * 3 + 2] ?? 0;

      const start = performance.now();
      const result = cullFrame(culler, view, app);
      const culled = performance.now();
      packFrame(culler, targets, app);
      const packed = performance.now();
      if (lap < WARM_LAPS) continue;
      cullMs[frame] = culled - start;
      totalMs[frame] = packed - start;
      visible[frame] = result.visible;
      instancesTested[frame] = result.instancesTested;
      cellsTested[frame] = result.cellsTested;
      let frameTriangles = 0;
      for (let level = 0; level < result.levelCounts.length; level += 1) {
        frameTriangles += (result.levelCounts[level] ?? 0) * (TRIANGLES_PER_LEVEL[level] ?? 0);
      }
      triangles[frame] = frameTriangles;
      frame += 1;
    }
  }
  // Heap check: the same frames untimed (performance.now() itself allocates a little), gc'd first.
  collectGarbage?.();
  const heapBefore = process.memoryUsage().heapUsed;
  for (let lap = 0; lap < LAPS; lap += 1) {
    for (let pose = 0; pose < poseCount; pose += 1) {
      view.planes.set(posePlanes[pose] ?? view.planes);
      view.cameraXM = positions[pose * 3] ?? 0;
      view.cameraYM = positions[pose * 3 + 1] ?? 0;
      view.cameraZM = positions[pose * 3 + 2] ?? 0;
      cullFrame(culler, view, app);
      packFrame(culler, targets, app);
    }
  }
  const heapGrowthBytes = process.memoryUsage().heapUsed - heapBefore;
  return {
    exhibits: instances.count,
    variant: benchCase.label,
    cellSizeM: benchCase.cellSizeM,
    maxDistanceM: Number.isFinite(benchCase.maxDistanceM) ? benchCase.maxDistanceM : null,
    halls,
    buildMs: round(buildMs, 1),
    cullLodMedianMs: round(quantile(cullMs, 0.5)),
    cullLodP95Ms: round(quantile(cullMs, 0.95)),
    cullLodPackMedianMs: round(quantile(totalMs, 0.5)),
    cullLodPackP95Ms: round(quantile(totalMs, 0.95)),
    visibleMedian: quantile(visible, 0.5),
    visibleMax: quantile(visible, 1),
    spheresTestedMedian: quantile(instancesTested, 0.5),
    cellsTestedMedian: quantile(cellsTested, 0.5),
    trianglesMedian: quantile(triangles, 0.5),
    trianglesMax: quantile(triangles, 1),
    /** Heap growth over 600 untimed frames, gc'd before; ~0 when the frame loop allocates nothing. */
    heapGrowthBytesPerFrame: round(heapGrowthBytes / (LAPS * POSES), 1),
  };
});

const report = {
  benchmark: 'per-frame cull (grid + frustum + draw distance) + LOD (hysteresis) + matrix pack, src/render/instancing',
  targetMs: TARGET_MS,
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  framesTimed: LAPS * POSES,
  trianglesPerLevel: TRIANGLES_PER_LEVEL,
  camera: { fovDeg: 60, aspect: 16 / 9, nearM: 0.1, farM: 1000, eyeHeightM: EYE_HEIGHT_M, poses: POSES },
  lod: { lodDistanceFactors: [12, 40], hysteresis: 0.12 },
  date: new Date().toISOString().slice(0, 10),
  results,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/cull.json', `${JSON.stringify(report, null, 2)}\n`);
console.table(
  results.map((r) => ({
    exhibits: r.exhibits,
    variant: r.variant,
    'cull+LOD median ms': r.cullLodMedianMs,
    'cull+LOD p95 ms': r.cullLodP95Ms,
    '+pack median ms': r.cullLodPackMedianMs,
    '+pack p95 ms': r.cullLodPackP95Ms,
    'visible median': r.visibleMedian,
    'visible max': r.visibleMax,
    'tested median': r.spheresTestedMedian,
    'triangles median': r.trianglesMedian,
    'triangles max': r.trianglesMax,
    'heap B/frame': r.heapGrowthBytesPerFrame,
    'cells tested': r.cellsTestedMedian,
  })),
);
console.log(`target: cull + LOD ≤ ${TARGET_MS} ms per frame at 100k; written to bench/results/cull.json`);
