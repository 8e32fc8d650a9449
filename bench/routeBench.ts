/**
 * `npm run bench:route` (part of `npm run bench`): how long a route across halls takes and how much
 * it allocates, on the 100k-exhibit stress scene (18 halls of 262 × 99 m in a row, doors between
 * neighbours at mid-depth) and on the default expo. Written to bench/results/route.json and the
 * route-bench section of docs/performance.md.
 * Target (issue 10, item 5): ≤ 20 ms median and ≤ 1 MB allocated per query on the 100k scene.
 *
 * The query: from hall 1's entrance viewpoint to the viewpoint of the exhibit of the last hall
 * farthest from it. Rows: the app's route finder (`plan.findRoute`: a walk grid per hall, a door
 * graph, A* on reused buffers) and, in the same run, the approach it replaced (one walk grid over
 * the whole site, A* allocating its arrays per query), kept here verbatim as the peer.
 *
 * Bytes per query: the growth of `heapUsed + arrayBuffers` over one query (typed arrays' backing
 * stores live outside the JS heap), starting from a collected heap, in a child process with a
 * 256 MB young generation (`--max-semi-space-size`) so that no scavenge runs inside a query. A
 * garbage-collection observer checks that; a sample with a collection inside it is dropped and
 * counted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { CellHeap } from '../src/navigation/cellHeap';
import { buildFloorPlan, type FloorPlan } from '../src/navigation/floorPlan';
import { createViewpointFinder, type Viewpoint } from '../src/navigation/viewpoints';
import { createWalkGrid, type WalkGrid } from '../src/navigation/walkGrid';
import { layoutScene, parseScene, sceneSchema, type LaidOutScene } from '../src/scene';
import { buildStressScene } from '../scripts/stress/buildStressScene';

const SEMI_SPACE_MB = 256;
const WARM_UP = 5;
const RUNS = 30;
const PLAN_BUILDS = 3;
/** The peer allocates ~25 MB a query and takes most of a second: fewer runs. */
const PEER_RUNS = 7;
const TARGET_MS = 20;
const TARGET_BYTES = 1024 * 1024;
/** The old plan's walk grid: the site plus this margin, metres, cells of 0.5 m, visitor radius 0.3 m. */
const SITE_MARGIN_M = 2;

if (!process.execArgv.some((flag) => flag.startsWith('--max-semi-space-size'))) {
  // Run again with a young generation large enough that no scavenge falls inside a query.
  const child = spawnSync(process.execPath, ['--expose-gc', `--max-semi-space-size=${SEMI_SPACE_MB}`, '--import', 'tsx', fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (!collectGarbage) throw new Error('run with --expose-gc (npm run bench:route does)');

/** Start times and durations of every garbage collection, ms on the performance clock. */
const collections: [number, number][] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push([entry.startTime, entry.duration]);
});
observer.observe({ entryTypes: ['gc'] });

interface Sample {
  ms: number;
  bytes: number;
  start: number;
  end: number;
}

type Query = () => number[] | undefined;

const allocatedBytes = (): number => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

function sample(query: Query): Sample & { route: number[] | undefined } {
  collectGarbage?.();
  const before = allocatedBytes();
  const start = performance.now();
  const route = query();
  const end = performance.now();
  const bytes = allocatedBytes() - before;
  return { ms: end - start, bytes, start, end, route };
}

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

interface Row {
  scene: string;
  approach: string;
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  medianBytes: number;
  maxBytes: number;
  runs: number;
  samplesWithGc: number;
  routeM: number;
  waypoints: number;
}

/**
 * Times `query` back to back after `warmUp` untimed calls (as a visitor's clicks run: no forced
 * collection in between, which would leave the collector's threads sweeping during the query),
 * then measures its bytes over as many more calls, each from a collected heap. The observer's
 * entries are read once the event loop has run.
 */
async function measure(scene: string, approach: string, from: Viewpoint, query: Query, runs: number, warmUp: number): Promise<Row> {
  const first = sample(query);
  if (!first.route) throw new Error(`${scene}, ${approach}: no route`);
  for (let k = 1; k < warmUp; k += 1) query();
  const times: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const start = performance.now();
    query();
    times.push(performance.now() - start);
  }
  const samples: Sample[] = [];
  for (let k = 0; k < runs; k += 1) samples.push(sample(query));
  // Let the observer deliver its entries.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const clean = samples.filter(({ start, end }) => !collections.some(([at, duration]) => at < end && at + duration > start));
  const bytes = clean.map((entry) => entry.bytes);
  return {
    scene,
    approach,
    firstMs: round(first.ms, 2),
    medianMs: round(quantile(times, 0.5), 2),
    p95Ms: round(quantile(times, 0.95), 2),
    medianBytes: Math.round(quantile(bytes, 0.5)),
    maxBytes: Math.max(...bytes),
    runs,
    samplesWithGc: samples.length - clean.length,
    routeM: round(routeLength(from.xM, from.zM, first.route), 1),
    waypoints: first.route.length / 2,
  };
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** The length of a walk from (x, z) through the route's waypoints. */
function routeLength(xM: number, zM: number, route: readonly number[]): number {
  let length = 0;
  let x = xM;
  let z = zM;
  for (let k = 0; k + 1 < route.length; k += 2) {
    length += Math.hypot((route[k] ?? 0) - x, (route[k + 1] ?? 0) - z);
    x = route[k] ?? 0;
    z = route[k + 1] ?? 0;
  }
  return length;
}

/** Hall 1's entrance and the viewpoint of the exhibit of `lastHallId` farthest from it. */
function journey(layout: LaidOutScene, plan: FloorPlan, lastHallId: string): { from: Viewpoint; to: Viewpoint; exhibitId: string } {
  const viewpoints = createViewpointFinder(layout, plan);
  const from = viewpoints.hallEntrance('hall-1');
  const hallIndex = layout.scene.halls.findIndex((hall) => hall.id === lastHallId);
  const hall = layout.scene.halls[hallIndex];
  if (!from || !hall) throw new Error(`no hall-1 entrance or no ${lastHallId}`);
  let farthest: { distance: number; id: string } | undefined;
  for (const placed of layout.exhibits) {
    if (placed.hallIndex !== hallIndex) continue;
    const distance = Math.hypot(hall.positionM[0] + placed.xM - from.xM, hall.positionM[1] + placed.zM - from.zM);
    if (!farthest || distance > farthest.distance) farthest = { distance, id: placed.exhibit.id };
  }
  const to = farthest && viewpoints.exhibit(farthest.id);
  if (!farthest || !to) throw new Error(`no exhibit viewpoint in ${lastHallId}`);
  return { from, to, exhibitId: farthest.id };
}

/** The old plan's grid: one over every hall plus a margin, from the same obstacles. */
function siteGrid(plan: FloorPlan): WalkGrid {
  const minX = Math.min(...plan.halls.map((hall) => hall.minX));
  const minZ = Math.min(...plan.halls.map((hall) => hall.minZ));
  const maxX = Math.max(...plan.halls.map((hall) => hall.maxX));
  const maxZ = Math.max(...plan.halls.map((hall) => hall.maxZ));
  return createWalkGrid(minX - SITE_MARGIN_M, minZ - SITE_MARGIN_M, maxX + SITE_MARGIN_M, maxZ + SITE_MARGIN_M, plan.obstacles, { cellM: 0.5, radiusM: 0.3 });
}

interface SceneReport {
  scene: string;
  halls: number;
  exhibits: number;
  planBuildMs: number;
  siteGridBuildMs: number;
  routeBufferBytes: number;
  from: [number, number];
  to: [number, number];
  exhibitId: string;
  rows: Row[];
}

async function benchScene(scene: string, layout: LaidOutScene, lastHallId: string): Promise<SceneReport> {
  const builds: number[] = [];
  let plan: FloorPlan | undefined;
  for (let k = 0; k < PLAN_BUILDS; k += 1) {
    collectGarbage?.();
    const start = performance.now();
    plan = buildFloorPlan(layout);
    builds.push(performance.now() - start);
  }
  if (!plan) throw new Error('no plan');
  const built = plan;
  collectGarbage?.();
  const gridStart = performance.now();
  const grid = siteGrid(built);
  const siteGridBuildMs = performance.now() - gridStart;
  const { from, to, exhibitId } = journey(layout, built, lastHallId);
  const rows = [
    await measure(scene, 'walk grid per hall + door graph, reused buffers (app)', from, () => built.findRoute(from.xM, from.zM, to.xM, to.zM), RUNS, WARM_UP),
    await measure(scene, 'peer: one site-wide grid, A* allocating per query (before)', from, () => legacyFindPath(grid, from.xM, from.zM, to.xM, to.zM), PEER_RUNS, 2),
  ];
  return {
    scene,
    halls: layout.scene.halls.length,
    exhibits: layout.exhibits.length,
    planBuildMs: round(quantile(builds, 0.5), 1),
    siteGridBuildMs: round(siteGridBuildMs, 1),
    routeBufferBytes: built.routeBufferBytes(),
    from: [from.xM, from.zM],
    to: [round(to.xM, 3), round(to.zM, 3)],
    exhibitId,
    rows,
  };
}

const stressLayout = layoutScene(sceneSchema.parse(buildStressScene({ exhibits: 100_000, models: 100, seed: 1 })));
const defaultLayout = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8')).layout;
if (!defaultLayout) throw new Error('the default expo does not lay out');
const scenes = [await benchScene('stress 100k (seed 1, 100 models)', stressLayout, 'hall-18'), await benchScene('default expo (scenes/mianyang-2023.json)', defaultLayout, 'hall-4')];
observer.disconnect();

const report = {
  benchmark: 'route from hall 1 entrance to the farthest exhibit of the last hall (FloorPlan.findRoute) against the site-wide grid it replaced',
  targets: { medianMs: TARGET_MS, bytesPerQuery: TARGET_BYTES, scene: 'stress 100k' },
  bytesMethod: `growth of heapUsed + arrayBuffers over one query, each of as many further queries from a collected heap, --max-semi-space-size=${SEMI_SPACE_MB}; samples with a GC inside are dropped`,
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
  runs: { app: RUNS, peer: PEER_RUNS, warmUp: WARM_UP },
  scenes,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/route.json', `${JSON.stringify(report, null, 2)}\n`);

const kib = (bytes: number): string => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KiB`;
const table = [
  '| scene | approach | first query ms | median ms | p95 ms | allocated per query (median / max) | route m | waypoints |',
  '|---|---|---:|---:|---:|---:|---:|---:|',
  ...scenes.flatMap((scene) =>
    scene.rows.map(
      (row) =>
        `| ${row.scene} | ${row.approach} | ${row.firstMs} | ${row.medianMs} | ${row.p95Ms} | ${kib(row.medianBytes)} / ${kib(row.maxBytes)}${row.samplesWithGc > 0 ? ` (${row.samplesWithGc} of ${row.runs} runs had a GC, left out)` : ''} | ${row.routeM} | ${row.waypoints} |`,
    ),
  ),
].join('\n');
const builds = scenes
  .map((scene) => `${scene.scene}: plan build ${scene.planBuildMs} ms (median of ${PLAN_BUILDS}), of which the route buffers hold ${kib(scene.routeBufferBytes)}; the old site-wide grid alone took ${scene.siteGridBuildMs} ms to build`)
  .join('; ');
const stress = scenes[0]?.rows[0];
const verdict = stress
  ? `Target on the 100k scene: median ${stress.medianMs} ms (≤ ${TARGET_MS}: ${stress.medianMs <= TARGET_MS ? 'met' : 'missed'}), ${kib(stress.medianBytes)} allocated per query (≤ 1 MiB: ${stress.medianBytes <= TARGET_BYTES ? 'met' : 'missed'}).`
  : '';
const section = `<!-- route-bench:start -->\nMeasured ${report.date} by \`npm run bench:route\`, Node ${report.node}, ${cpus().length} cores: ${RUNS} timed queries back to back after ${WARM_UP} warm-up queries (the peer: ${PEER_RUNS} after 2; "first query" is the very first, cold), from hall 1's entrance viewpoint to the viewpoint of the farthest exhibit of the last hall. Bytes: ${report.bytesMethod}. ${builds}.\n\n${table}\n\n${verdict}\n<!-- route-bench:end -->`;
const docPath = 'docs/performance.md';
let doc = readFileSync(docPath, 'utf8');
if (!doc.includes('<!-- route-bench:start -->')) doc = `${doc.trimEnd()}\n\n## Routes across halls\n\n<!-- route-bench:start -->\n<!-- route-bench:end -->\n`;
writeFileSync(docPath, doc.replace(/<!-- route-bench:start -->[\s\S]*<!-- route-bench:end -->/, section));
console.log(table);
console.log(builds);
console.log(verdict);

// The approach `plan.findRoute` replaced, kept verbatim as the peer (src/navigation/findPath.ts before issue 10).

function cellOf(grid: WalkGrid, xM: number, zM: number): number {
  const column = Math.floor((xM - grid.minXM) / grid.cellM);
  const row = Math.floor((zM - grid.minZM) / grid.cellM);
  if (!(column >= 0 && row >= 0 && column < grid.columns && row < grid.rows)) return -1;
  return row * grid.columns + column;
}

function centreX(grid: WalkGrid, cell: number): number {
  return grid.minXM + ((cell % grid.columns) + 0.5) * grid.cellM;
}

function centreZ(grid: WalkGrid, cell: number): number {
  return grid.minZM + (Math.floor(cell / grid.columns) + 0.5) * grid.cellM;
}

function lineIsClear(grid: WalkGrid, x0: number, z0: number, x1: number, z1: number, freeCell: number): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, z1 - z0) / (grid.cellM / 4)));
  for (let step = 0; step <= steps; step += 1) {
    const t = step / steps;
    const cell = cellOf(grid, x0 + (x1 - x0) * t, z0 + (z1 - z0) * t);
    if (cell < 0 || (grid.blocked[cell] === 1 && cell !== freeCell)) return false;
  }
  return true;
}

function legacyFindPath(grid: WalkGrid, fromX: number, fromZ: number, toX: number, toZ: number): number[] | undefined {
  const start = cellOf(grid, fromX, fromZ);
  const goal = cellOf(grid, toX, toZ);
  if (start < 0 || goal < 0 || (grid.blocked[goal] === 1 && goal !== start)) return undefined;
  const { columns, rows, blocked } = grid;
  const cost = new Float64Array(columns * rows).fill(Infinity);
  const came = new Int32Array(columns * rows).fill(-1);
  const closed = new Uint8Array(columns * rows);
  const goalColumn = goal % columns;
  const goalRow = Math.floor(goal / columns);
  const heuristic = (cell: number): number => {
    const dx = Math.abs((cell % columns) - goalColumn);
    const dz = Math.abs(Math.floor(cell / columns) - goalRow);
    return Math.max(dx, dz) + (Math.SQRT2 - 1) * Math.min(dx, dz);
  };
  const open = new CellHeap();
  cost[start] = 0;
  open.push(start, heuristic(start));
  while (open.size > 0) {
    const current = open.pop();
    if (closed[current] === 1) continue;
    closed[current] = 1;
    if (current === goal) break;
    const column = current % columns;
    const row = Math.floor(current / columns);
    for (let dz = -1; dz <= 1; dz += 1) {
      for (let dx = -1; dx <= 1; dx += 1) {
        if (dx === 0 && dz === 0) continue;
        const c = column + dx;
        const r = row + dz;
        if (c < 0 || r < 0 || c >= columns || r >= rows) continue;
        const next = r * columns + c;
        if (blocked[next] === 1 || closed[next] === 1) continue;
        if (dx !== 0 && dz !== 0 && (blocked[row * columns + c] === 1 || blocked[r * columns + column] === 1)) continue;
        const tentative = (cost[current] ?? 0) + (dx !== 0 && dz !== 0 ? Math.SQRT2 : 1);
        if (tentative >= (cost[next] ?? Infinity)) continue;
        cost[next] = tentative;
        came[next] = current;
        open.push(next, tentative + heuristic(next));
      }
    }
  }
  if (goal !== start && came[goal] === -1) return undefined;
  const cells: number[] = [];
  for (let cell = goal; cell !== -1 && cell !== start; cell = came[cell] ?? -1) cells.push(cell);
  cells.reverse();
  const path: number[] = [];
  let fromXM = fromX;
  let fromZM = fromZ;
  for (let k = 0; k < cells.length - 1; k += 1) {
    const next = cells[k + 1] ?? goal;
    if (lineIsClear(grid, fromXM, fromZM, centreX(grid, next), centreZ(grid, next), start)) continue;
    const cell = cells[k] ?? goal;
    fromXM = centreX(grid, cell);
    fromZM = centreZ(grid, cell);
    path.push(fromXM, fromZM);
  }
  path.push(toX, toZ);
  return path;
}
