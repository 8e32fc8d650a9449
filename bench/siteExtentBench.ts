/**
 * `npm run bench:site` (part of `npm run bench`): does what the app builds for a scene cost what
 * its content costs, or what its site's area costs? The default expo (scenes/mianyang-2023.json,
 * four halls side by side) against the same expo with hall 4 moved 4 km, 30 km and 100 km away
 * (south-east, the diagonal being the worst case for anything sized by the site's rectangle).
 * Written to bench/results/site.json and the site-bench section of docs/performance.md.
 * Target (issue 11, item 1): 4 km apart costs at most 10 % more than side by side; the 30 km and
 * 100 km sites are refused by the validator (rule `site-too-large`).
 *
 * What is built, as the page builds it for a scene, without a GPU: `parseScene` (the layout), the
 * 3D view (`createExpoView`: hall and booth meshes, the exhibit instances, spatial grid, culler,
 * draw budget and instance buffers) with one cull from the first view, the floor plan with its
 * walk grids, obstacle buckets and route search (and one route between the first and last hall),
 * the viewpoint finder, the place locator, the floor-plan drawing data and the sign placements.
 * Bytes: growth of `heapUsed + arrayBuffers` (typed arrays' backing stores live outside the JS
 * heap) from a collected heap to a collected heap with everything built still held; median of
 * `RUNS` builds after one warm-up build (JIT code and module caches are not the scene's).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { PerspectiveCamera } from 'three';
import { buildFloorPlan } from '../src/navigation/floorPlan';
import { createPlaceLocator } from '../src/navigation/placeLocator';
import { createViewpointFinder } from '../src/navigation/viewpoints';
import { createExpoView } from '../src/render/createExpoView';
import { computeInitialView } from '../src/render/initialView';
import { createExhibitInstances } from '../src/render/instancing/exhibitInstances';
import { createSpatialGrid } from '../src/render/instancing/spatialGrid';
import { labelPlacements } from '../src/render/labels/labelPlacements';
import { parseScene, type LaidOutScene, type SceneInput } from '../src/scene';
import { buildHallPlans } from '../src/ui/floorPlan/hallPlans';

const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (!collectGarbage) throw new Error('run with --expose-gc (npm run bench:site does)');

const SCENE_FILE = 'scenes/mianyang-2023.json';
const MOVED_HALL = 'hall-4';
const RUNS = 5;
/** The issue's limit: 4 km apart may cost at most this much more than side by side. */
const TARGET_RATIO = 1.1;

interface Variant {
  name: string;
  /** How far hall 4 moves east and south, metres; 0 for the expo as it is. */
  offsetM: number;
}

const DIAGONAL = Math.SQRT1_2;
const VARIANTS: Variant[] = [
  { name: 'side by side (the default expo)', offsetM: 0 },
  { name: 'hall 4 moved 4 km south-east', offsetM: 4000 * DIAGONAL },
  { name: 'hall 4 moved 30 km south-east', offsetM: 30_000 * DIAGONAL },
  { name: 'hall 4 moved 100 km south-east', offsetM: 100_000 * DIAGONAL },
];

const original = JSON.parse(readFileSync(SCENE_FILE, 'utf8')) as SceneInput;

function sceneText({ offsetM }: Variant): string {
  const scene = structuredClone(original);
  const hall = scene.halls.find((candidate) => candidate.id === MOVED_HALL);
  if (!hall) throw new Error(`${SCENE_FILE} has no ${MOVED_HALL}`);
  const [x, z] = hall.positionM ?? [0, 0];
  hall.positionM = [Math.round(x + offsetM), Math.round(z + offsetM)];
  return JSON.stringify(scene);
}

const heldBytes = (): number => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

function collect(): void {
  // Twice: the first pass may leave objects whose finalizers free more.
  collectGarbage?.();
  collectGarbage?.();
}

/** Everything the page builds per scene without a GPU, held in one object. */
function buildScene(layout: LaidOutScene): unknown {
  const view = createExpoView(layout);
  const first = computeInitialView(layout.scene);
  const camera = new PerspectiveCamera(first.fovDeg, 16 / 9, first.nearM, first.farM);
  camera.position.set(...first.positionM);
  camera.lookAt(...first.targetM);
  camera.updateMatrixWorld(true);
  view.cullExhibits(camera);
  const plan = buildFloorPlan(layout);
  const firstHall = plan.halls[0];
  const lastHall = plan.halls[plan.halls.length - 1];
  const centre = (hall: typeof firstHall) => plan.nearestAisle(((hall?.minX ?? 0) + (hall?.maxX ?? 0)) / 2, ((hall?.minZ ?? 0) + (hall?.maxZ ?? 0)) / 2, 30);
  const from = centre(firstHall);
  const to = centre(lastHall);
  const route = from && to ? plan.findRoute(from[0], from[1], to[0], to[1]) : undefined;
  return {
    view,
    plan,
    route,
    viewpoints: createViewpointFinder(layout, plan),
    locate: createPlaceLocator(layout, plan),
    hallPlans: buildHallPlans(layout),
    signs: labelPlacements(layout, 'en'),
  };
}

interface Measured {
  bytes: number;
  buildMs: number;
  error?: string;
}

/** Parses and builds a scene from its text; the held bytes from before parsing to after. */
function measureOnce(text: string): Measured {
  collect();
  const before = heldBytes();
  const start = performance.now();
  let held: unknown;
  let error: string | undefined;
  try {
    const result = parseScene(text);
    if (!result.layout) throw new Error('the scene has no layout');
    held = [result, buildScene(result.layout)];
  } catch (caught) {
    error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
  }
  const buildMs = performance.now() - start;
  collect();
  const bytes = heldBytes() - before;
  // Keep `held` alive until after the measurement.
  if (held === undefined && error === undefined) throw new Error('unreachable');
  return { bytes, buildMs, error };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
const mib = (bytes: number): number => round(bytes / (1024 * 1024), 2);

/** The spatial grid alone: bytes of its typed arrays. */
function gridBytes(layout: LaidOutScene): number {
  const grid = createSpatialGrid(createExhibitInstances(layout));
  return Object.values(grid).reduce<number>((sum, value) => sum + (ArrayBuffer.isView(value) ? value.byteLength : 0), 0);
}

// Warm-up: the first build pays for compiled code and lazily built module state.
measureOnce(sceneText(VARIANTS[0] ?? { name: '', offsetM: 0 }));

const rows = VARIANTS.map((variant) => {
  const text = sceneText(variant);
  const parsed = parseScene(text);
  const firstError = parsed.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  const site = parsed.layout ? siteSize(parsed.layout) : undefined;
  const base = {
    variant: variant.name,
    hall4PositionM: JSON.parse(text).halls.find((hall: { id: string }) => hall.id === MOVED_HALL).positionM as [number, number],
    siteM: site,
    validator: firstError ? `refused: ${firstError.rule} at ${firstError.line}:${firstError.column}: ${firstError.message}` : 'accepted',
  };
  // A refused scene never reaches the app; an accepted one is built as the page builds it.
  if (firstError || !parsed.layout) return { ...base, builtMiB: null, buildMs: null, gridKiB: null, error: null };
  let grid: number | string;
  try {
    grid = round(gridBytes(parsed.layout) / 1024);
  } catch (caught) {
    grid = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
  }
  const runs = Array.from({ length: RUNS }, () => measureOnce(text));
  const error = runs.find((run) => run.error)?.error ?? null;
  return {
    ...base,
    builtMiB: error ? null : mib(median(runs.map((run) => run.bytes))),
    buildMs: error ? null : round(median(runs.map((run) => run.buildMs))),
    gridKiB: grid,
    error,
  };
});

function siteSize(layout: LaidOutScene): [number, number] {
  let minX = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxZ = -Infinity;
  for (const hall of layout.scene.halls) {
    const [x, z] = hall.positionM;
    minX = Math.min(minX, x);
    minZ = Math.min(minZ, z);
    maxX = Math.max(maxX, x + hall.sizeM.width);
    maxZ = Math.max(maxZ, z + hall.sizeM.depth);
  }
  return [maxX - minX, maxZ - minZ];
}

const sideBySide = rows[0]?.builtMiB ?? Number.NaN;
const fourKm = rows[1]?.builtMiB ?? Number.NaN;
const ratio = round(fourKm / sideBySide, 3);
const report = {
  benchmark: 'memory built per scene (layout, 3D view, floor plan, walk grids, route search, viewpoints, plan drawing, signs) by site extent',
  scene: SCENE_FILE,
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  runs: RUNS,
  date: new Date().toISOString().slice(0, 10),
  targetRatio: TARGET_RATIO,
  ratio4kmToSideBySide: ratio,
  rows,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/site.json', `${JSON.stringify(report, null, 2)}\n`);
const table = [
  '| hall 4 | site (m) | validator | built (MiB) | build (ms) | exhibit grid (KiB) |',
  '|---|---|---|---:|---:|---:|',
  ...rows.map((row) => `| ${row.variant} | ${row.siteM?.map((metres) => metres.toLocaleString('en-US')).join(' × ') ?? ''} | ${row.validator === 'accepted' ? 'accepted' : `refused (\`site-too-large\`)`} | ${row.builtMiB ?? '–'} | ${row.buildMs ?? '–'} | ${row.gridKiB ?? '–'} |`),
].join('\n');
const verdict = `4 km apart / side by side: **${ratio}** (target ≤ ${TARGET_RATIO}).`;
const section = `<!-- site-bench:start -->\nMeasured ${report.date} by \`npm run bench:site\`, Node ${report.node}, ${report.cores} cores: median of ${RUNS} builds after a warm-up build; bytes are the growth of heapUsed + arrayBuffers, collected heap to collected heap, with everything built still held.\n\n${table}\n\n${verdict}\n<!-- site-bench:end -->`;
const docPath = 'docs/performance.md';
let doc = readFileSync(docPath, 'utf8');
if (!doc.includes('<!-- site-bench:start -->')) doc = `${doc.trimEnd()}\n\n## Site extent: memory follows content, not area\n\n<!-- site-bench:start -->\n<!-- site-bench:end -->\n`;
writeFileSync(docPath, doc.replace(/<!-- site-bench:start -->[\s\S]*<!-- site-bench:end -->/, section));

console.table(rows.map((row) => ({ variant: row.variant, 'site m': row.siteM?.join(' × ') ?? '', validator: row.validator.slice(0, 60), 'built MiB': row.builtMiB, 'build ms': row.buildMs, 'grid KiB': row.gridKiB, error: row.error })));
console.log(`4 km apart / side by side: ${ratio} (target ≤ ${TARGET_RATIO}); written to bench/results/site.json and docs/performance.md`);
