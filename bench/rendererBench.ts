/**
 * `npm run bench:render`: the built app against four peer renderers in headless Chromium (software
 * WebGL), on stress scenes of 1k, 10k and 100k exhibits (100 models × 3 levels, seed 1) along one
 * fixed camera path per scene (`bench/cameraPath.ts`). Per scene × renderer, in a fresh browser:
 * time to first frame, then per pose a few frames' draw calls, triangles and CPU ms, then the idle
 * check, scene-graph objects and JS heap. Writes bench/results/renderer.json and the table between
 * the renderer-bench markers of docs/performance.md, and prints the targets, pass or fail.
 *
 * Peers that cannot cope at 100k (a React element or an Object3D per exhibit) still run, under a
 * time limit per run, and are recorded as far as they got. It only reports: nothing is tuned here.
 *
 * Flags (for trying one part): `--scenes 1000,10000`, `--renderers app,drei`, and `--load-only`
 * (first frame and all models drawn, no camera walk: for iterating on load times). A partial run
 * prints its tables but writes no results. `EXPO_DIST_DIR` builds the app into a folder of its own
 * and `RENDERER_BENCH_DIR` moves the work folder, so two people can run the bench side by side.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { TEST_VIEWPORT } from '../tests/e2e/chromium';
import { PEER_NAMES } from './rendererPeers/peerApi';
import { createCameraPath } from './cameraPath';
import { buildApp, buildPeers } from './renderer/buildPages';
import { checkTargets } from './renderer/checkTargets';
import { measureRun, type RunLimits, type RunResult } from './renderer/measureRun';
import type { RendererName } from './renderer/pageHelpers';
import { startStaticServer } from './renderer/staticServer';
import { summarizeRun } from './renderer/summarize';
import { resultsTable, targetsList, writeDocsSection, writeResultsJson, type BenchReport } from './renderer/writeReport';
import { writeStressScenes } from './renderer/writeStressScenes';

const ROOT = resolve('.');
/** Git-ignored (`.cache/`), like the app's own caches. */
const WORK_DIR = resolve(process.env.RENDERER_BENCH_DIR ?? '.cache/renderer-bench');
const RESULTS_PATH = 'bench/results/renderer.json';
const DOC_PATH = 'docs/performance.md';
const SCENES = [1_000, 10_000, 100_000];
const MODELS = 100;
const SEED = 1;
const RENDERERS: readonly RendererName[] = ['app', ...PEER_NAMES];

/**
 * Time limits per run, so the whole bench stays near 15 minutes on a 2-core machine: a peer that
 * mounts an element per exhibit, or draws every exhibit at full detail in software, would
 * otherwise take tens of minutes at 100k (10k gets the longest walk: drei, drawing every exhibit
 * at every level, needs most of a minute for its first frames there). Three frames per pose (the first may switch levels) while the walk fits its
 * limit at that rate, then one. 100k loads get four minutes: drei mounts 100k `<Detailed>` with
 * three `<Instance>`s each in about three (and then draws no frame within the walk's limit).
 */
const LIMITS: Record<number, RunLimits> = {
  1_000: { loadMs: 60_000, walkMs: 40_000, framesPerPose: 3, idleMs: 1_000 },
  10_000: { loadMs: 60_000, walkMs: 90_000, framesPerPose: 3, idleMs: 1_000 },
  100_000: { loadMs: 240_000, walkMs: 60_000, framesPerPose: 3, idleMs: 1_000 },
};

function listFlag(name: string): string[] | undefined {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  return value === undefined ? undefined : value.split(',').filter(Boolean);
}

const sceneCounts = listFlag('scenes')?.map(Number) ?? SCENES;
const renderers = (listFlag('renderers') ?? RENDERERS) as RendererName[];
for (const renderer of renderers) if (!RENDERERS.includes(renderer)) throw new Error(`unknown renderer ${renderer}; one of ${RENDERERS.join(', ')}`);
for (const exhibits of sceneCounts) if (!LIMITS[exhibits]) throw new Error(`no limits for ${exhibits} exhibits; one of ${SCENES.join(', ')}`);
const loadOnly = process.argv.includes('--load-only');
const complete = sceneCounts.length === SCENES.length && renderers.length === RENDERERS.length && !loadOnly;

const benchStarted = performance.now();
const elapsed = (): string => `${((performance.now() - benchStarted) / 1000).toFixed(0)} s`;

const git = (...args: string[]): string => execFileSync('git', args, { encoding: 'utf8' }).trim();
// The app is built from the working tree: note what it was.
const app = { commit: git('rev-parse', 'HEAD'), srcChanged: git('status', '--porcelain', '--', 'src').length > 0 };
console.log('building the app and the peers page…');
const dist = await buildApp(ROOT);
const peersDir = await buildPeers(ROOT, resolve(WORK_DIR, 'peers'));
const scenes = writeStressScenes(resolve(WORK_DIR, 'scenes'), sceneCounts, MODELS, SEED).map((scene) => ({ ...scene, poses: createCameraPath(scene.layout) }));
console.log(`built and wrote ${scenes.length} scenes in ${elapsed()}`);

const server = await startStaticServer([
  { prefix: '/', directory: dist },
  { prefix: '/peers/', directory: peersDir },
  { prefix: '/bench-scenes/', directory: resolve(WORK_DIR, 'scenes') },
]);
const runs: RunResult[] = [];
try {
  for (const scene of scenes) {
    const limits = LIMITS[scene.exhibits] as RunLimits;
    // The app's canvas shares the window with its header: the peers get the size the app's canvas had.
    let canvasQuery = '';
    for (const renderer of renderers) {
      const scenePath = encodeURIComponent(scene.urlPath);
      // `debug`: the app publishes its stats and camera handle only when asked (src/app/debugHandles.ts).
      const pagePath = renderer === 'app' ? `index.html?debug&scene=${scenePath}` : `peers/index.html?peer=${renderer}&scene=${scenePath}${canvasQuery}`;
      const run = await measureRun(server.baseUrl, { renderer, exhibits: scene.exhibits, pagePath, poses: loadOnly ? [] : scene.poses }, limits);
      runs.push(run);
      if (renderer === 'app' && run.canvasPx) canvasQuery = `&width=${run.canvasPx.width}&height=${run.canvasPx.height}`;
      const summary = summarizeRun(run);
      console.log(
        `[${elapsed()}] ${scene.exhibits} ${renderer}: ${run.status}${run.problem ? ` (${run.problem})` : ''}; ${run.poses.length}/${run.posesPlanned} poses, ` +
          `CPU median ${summary.cpuMsMedian ?? '–'} ms, max calls ${summary.maxCalls ?? '–'}, run ${run.wallS} s`,
      );
    }
  }
} finally {
  await server.close();
}

const targets = checkTargets(runs);
const report: BenchReport = {
  benchmark: 'renderer in headless Chromium (software WebGL): the app against naive R3F meshes, drei Instances + Detailed, InstancedMesh2, BatchedMesh + extensions',
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  chromium: runs.find((run) => run.chromium)?.chromium ?? 'unknown',
  app,
  cores: cpus().length,
  viewport: { ...TEST_VIEWPORT, deviceScaleFactor: 1 },
  limits: Object.fromEntries(sceneCounts.map((exhibits) => [String(exhibits), LIMITS[exhibits] as RunLimits])),
  scenes: scenes.map((scene) => ({ exhibits: scene.exhibits, models: scene.models, seed: scene.seed, halls: scene.layout.scene.halls.length, bytes: scene.bytes, poses: scene.poses })),
  runs,
  targets,
  wallS: Math.round((performance.now() - benchStarted) / 1000),
};

console.log(`\n${resultsTable(runs)}\n\nTargets:\n${targetsList(targets)}`);
if (complete) {
  writeResultsJson(RESULTS_PATH, report);
  writeDocsSection(DOC_PATH, report);
  console.log(`\nwrote ${RESULTS_PATH} and the renderer-bench section of ${DOC_PATH} (${elapsed()} in all)`);
} else {
  console.log(`\npartial run (${elapsed()}): nothing written`);
}
