/**
 * Writes the renderer bench's results: bench/results/renderer.json (everything, per pose) and the
 * table between the renderer-bench markers of docs/performance.md (adding its section if missing).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CameraPose } from '../cameraPath';
import type { TargetCheck } from './checkTargets';
import type { RunLimits, RunResult } from './measureRun';
import { summarizeRun } from './summarize';

export interface BenchReport {
  benchmark: string;
  date: string;
  node: string;
  chromium: string;
  /** The commit the app was built from, and whether src/ had uncommitted changes then. */
  app: { commit: string; srcChanged: boolean };
  cores: number;
  viewport: { width: number; height: number; deviceScaleFactor: number };
  limits: Record<string, RunLimits>;
  scenes: { exhibits: number; models: number; seed: number; halls: number; bytes: number; poses: CameraPose[] }[];
  runs: RunResult[];
  targets: TargetCheck[];
  wallS: number;
}

const START = '<!-- renderer-bench:start -->';
const END = '<!-- renderer-bench:end -->';
const integer = new Intl.NumberFormat('en-US');
const count = (value: number | null): string => (value === null ? '–' : integer.format(value));
const ms = (value: number | null): string => (value === null ? '–' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const round3 = (value: number): number => Number(value.toFixed(3));

export function writeResultsJson(path: string, report: BenchReport): void {
  const runs = report.runs.map((run) => ({
    ...run,
    summary: summarizeRun(run),
    poses: run.poses.map((pose) => ({ ...pose, cpuMs: pose.cpuMs.map(round3), cullMs: pose.cullMs?.map(round3) ?? null })),
  }));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ ...report, runs }, null, 2)}\n`);
}

/** The results table, one row per scene × renderer. */
export function resultsTable(runs: readonly RunResult[]): string {
  const rows = runs.map((run) => {
    const summary = summarizeRun(run);
    const poses = `${run.poses.length}/${run.posesPlanned}`;
    const status = run.status === 'ok' ? 'ok' : run.status;
    return (
      `| ${integer.format(run.exhibits)} | ${run.renderer} | ${status} | ${ms(run.ttffMs)} | ${ms(run.modelsDrawnMs)} | ${count(run.objects)} | ${run.heapMB ?? '–'} | ${run.idleFrames ?? '–'} | ` +
      `${poses} | ${count(summary.maxCalls)} | ${count(summary.maxTriangles)} | ${ms(summary.cpuMsMedian)} | ${ms(summary.cpuMsP95)} |`
    );
  });
  return [
    '| exhibits | renderer | status | first frame ms | all models drawn ms | objects | heap MB | idle frames | poses | max calls | max triangles | CPU ms/frame median | CPU ms/frame p95 |',
    '|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

export function targetsList(targets: readonly TargetCheck[]): string {
  return targets.map((check) => `- **${check.verdict}**: ${check.target} (${check.detail})`).join('\n');
}

function cullLine(runs: readonly RunResult[]): string {
  const parts = runs
    .filter((run) => run.renderer === 'app')
    .map((run) => {
      const summary = summarizeRun(run);
      return `${integer.format(run.exhibits)}: ${ms(summary.cullMsMedian)} / ${ms(summary.cullMsP95)} ms`;
    });
  return parts.length > 0 ? parts.join(', ') : 'not measured';
}

function problemsList(runs: readonly RunResult[]): string {
  const lines = runs.filter((run) => run.problem !== null || run.slowFromPose !== null).map((run) => {
    const parts = [run.problem, run.slowFromPose !== null ? `one frame per pose from pose ${run.slowFromPose} on (${run.framesPerPose} would not have fitted the time limit)` : null].filter(Boolean);
    return `- ${integer.format(run.exhibits)} ${run.renderer}: ${parts.join('; ')}`;
  });
  return lines.length > 0 ? lines.join('\n') : '- none';
}

export function docsSection(report: BenchReport): string {
  const limits = Object.entries(report.limits)
    .map(([exhibits, limit]) => `${integer.format(Number(exhibits))}: ${limit.loadMs / 1000} s to load, ${limit.walkMs / 1000} s to walk`)
    .join('; ');
  const frames = Object.values(report.limits)[0]?.framesPerPose ?? 0;
  const poses = report.scenes.map((scene) => `${scene.poses.length} at ${integer.format(scene.exhibits)}`).join(', ');
  const canvas = report.runs.find((run) => run.renderer === 'app' && run.canvasPx)?.canvasPx;
  const canvasText = canvas ? `, every renderer's canvas ${canvas.width}×${canvas.height} (the app's, under its header)` : '';
  return [
    START,
    `Measured ${report.date} by \`npm run bench:render\` (${(report.wallS / 60).toFixed(1)} min) on the app at ${report.app.commit.slice(0, 7)}` +
      `${report.app.srcChanged ? ' with uncommitted changes in src/' : ''}: headless Chromium ${report.chromium} with software WebGL ` +
      `(SwiftShader), ${report.cores} cores, ${report.viewport.width}×${report.viewport.height} at device scale ${report.viewport.deviceScaleFactor}${canvasText}, Node ${report.node}. ` +
      'Stress scenes from `buildStressScene` (100 models × 3 levels, seed 1); the built app and four peers on one local server, each run in a fresh browser: ' +
      '`naive` (one R3F `<mesh>` per exhibit, finest level), `drei` (`<Instances>` per model and level + `<Detailed>` per exhibit), ' +
      '`instancedmesh2` (`@three.ez/instanced-mesh` defaults, `addLOD`), `batchedmesh` (three BatchedMesh + `@three.ez/batched-mesh-extensions` BVH and LOD). ' +
      "All draw the app's halls and booths (not its text labels, which only the app draws), use its parser, exhibit placements, model loader, camera and lights, " +
      `and its LOD switch distances. Camera path (\`bench/cameraPath.ts\`): ${poses} poses ` +
      `(hall entrances and aisles at eye height 1.6 m, hall overviews, and two views down the row of halls), ${frames} frames per pose, each moved by 2 mm ` +
      '(one per pose once a run would not otherwise fit its time limit; listed below). ' +
      '**CPU ms/frame is CPU time, not GPU time**: `performance.now()` around the frame\'s own work (the app: cull, LOD, packing and the `gl.render` submit; ' +
      'a peer: its `advance()`, i.e. its `useFrame` work, its culling in `onBeforeRender` and the submit). SwiftShader rasterizes in the GPU process, so ' +
      'frame rates are not measured here. Before each timed frame the page reads back one pixel, so the GPU process has finished rasterizing the previous frame and the timed submit is not held up by it (without this, a renderer issuing many commands blocks on software rasterization and its CPU time varied 3× between runs). ' +
      "drei's `<Instances>` writes every subscribed `<Instance>` each frame, visible or not, so `<Detailed>` hides levels that are drawn anyway: " +
      'the drei peer draws every exhibit at all three levels. First frame: navigation start to the ready attribute (the app: halls drawn, models still loading; a peer: first frame with every model). ' +
      `Heap: JS heap used after a forced GC. Time limits per run: ${limits}.`,
    '',
    resultsTable(report.runs),
    '',
    `The app's cull + LOD + packing share of its CPU time (cullMs), median / p95: ${cullLine(report.runs)}.`,
    '',
    'Targets:',
    '',
    targetsList(report.targets),
    '',
    'Runs that did not finish, or drew fewer frames:',
    '',
    problemsList(report.runs),
    END,
  ].join('\n');
}

export function writeDocsSection(path: string, report: BenchReport): void {
  let doc = readFileSync(path, 'utf8');
  if (!doc.includes(START)) doc = `${doc.trimEnd()}\n\n## Renderer in Chromium\n\n${START}\n${END}\n`;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END) + END.length;
  writeFileSync(path, `${doc.slice(0, start)}${docsSection(report)}${doc.slice(end)}`);
}
