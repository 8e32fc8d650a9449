/**
 * The renderer targets (docs/perf-notes, the renderer issue) checked against one bench run. Only
 * reports: a miss is printed as a miss, and nothing here or in the app is tuned to pass.
 */
import type { RunResult } from './measureRun';
import { quantile } from './summarize';

export type Verdict = 'pass' | 'fail' | 'not measured' | 'incomplete';

export interface TargetCheck {
  target: string;
  verdict: Verdict;
  detail: string;
}

const MAX_CALLS_10K = 150;
const MAX_TRIANGLES_10K = 400_000;
const MAX_OBJECTS_100K = 2_000;
const MAX_HEAP_MB_100K = 150;
const DREI_FACTOR_100K = 10;

const integer = new Intl.NumberFormat('en-US');
const find = (runs: readonly RunResult[], renderer: string, exhibits: number): RunResult | undefined => runs.find((run) => run.renderer === renderer && run.exhibits === exhibits);

function perPose(run: RunResult | undefined, label: string, key: 'calls' | 'triangles', limit: number): TargetCheck {
  const target = `${label}: ≤ ${integer.format(limit)} ${key === 'calls' ? 'draw calls' : 'triangles'} at every pose (app)`;
  if (!run || run.poses.length === 0) return { target, verdict: 'not measured', detail: run?.problem ?? 'no app run' };
  const worst = run.poses.reduce((a, b) => (b[key] > a[key] ? b : a));
  const over = run.poses.filter((pose) => pose[key] > limit).length;
  const complete = run.poses.length === run.posesPlanned;
  const verdict: Verdict = over > 0 ? 'fail' : complete ? 'pass' : 'incomplete';
  return { target, verdict, detail: `max ${integer.format(worst[key])} at "${worst.name}"; ${over} of ${run.poses.length} poses over${complete ? '' : ` (${run.posesPlanned} planned)`}` };
}

/** Median over `poses` of each pose's median frame: every pose weighs the same, whatever its frame count. */
function medianOfPoseMedians(run: RunResult, poses: ReadonlySet<string>): number | null {
  const perPose = run.poses.filter((pose) => poses.has(pose.name)).map((pose) => quantile(pose.cpuMs, 0.5));
  return quantile(
    perPose.filter((value): value is number => value !== null),
    0.5,
  );
}

/**
 * App against one peer on the poses both measured (a peer cut short by its time limit measured
 * fewer), each pose's median frame, then the median over those poses; runs can differ in frames
 * per pose once one drops to a single frame.
 */
function cpuComparison(app: RunResult, peer: RunResult): { appMs: number; peerMs: number; poses: number } | undefined {
  const common = new Set(peer.poses.map((pose) => pose.name).filter((name) => app.poses.some((pose) => pose.name === name)));
  if (common.size === 0) return undefined;
  const appMs = medianOfPoseMedians(app, common);
  const peerMs = medianOfPoseMedians(peer, common);
  return appMs === null || peerMs === null ? undefined : { appMs: Number(appMs.toFixed(3)), peerMs: Number(peerMs.toFixed(3)), poses: common.size };
}

function cpuAgainstPeers(runs: readonly RunResult[], exhibits: number, label: string): TargetCheck {
  const target = `${label}: app CPU per frame lower than every peer (median over shared poses of each pose's median cpuMs)`;
  const app = find(runs, 'app', exhibits);
  if (!app || app.poses.length === 0) return { target, verdict: 'not measured', detail: app?.problem ?? 'no app run' };
  const peers = runs.filter((run) => run.exhibits === exhibits && run.renderer !== 'app');
  const parts: string[] = [];
  let lost = false;
  let unmeasured = false;
  for (const peer of peers) {
    const compared = cpuComparison(app, peer);
    if (!compared) {
      unmeasured = true;
      parts.push(`${peer.renderer}: no frames (${peer.status})`);
      continue;
    }
    if (compared.appMs >= compared.peerMs) lost = true;
    parts.push(`${peer.renderer}: app ${compared.appMs} vs ${compared.peerMs} ms over ${compared.poses} poses`);
  }
  return { target, verdict: lost ? 'fail' : unmeasured ? 'incomplete' : 'pass', detail: parts.join('; ') };
}

export function checkTargets(runs: readonly RunResult[]): TargetCheck[] {
  const app10k = find(runs, 'app', 10_000);
  const app100k = find(runs, 'app', 100_000);
  const checks: TargetCheck[] = [perPose(app10k, '10k', 'calls', MAX_CALLS_10K), perPose(app10k, '10k', 'triangles', MAX_TRIANGLES_10K)];

  const objects = app100k?.objects ?? null;
  checks.push({
    target: `100k: ≤ ${integer.format(MAX_OBJECTS_100K)} scene-graph objects (app)`,
    verdict: objects === null ? 'not measured' : objects <= MAX_OBJECTS_100K ? 'pass' : 'fail',
    detail: objects === null ? (app100k?.problem ?? 'no app run') : `${integer.format(objects)} objects`,
  });

  const appRuns = runs.filter((run) => run.renderer === 'app');
  const idle = appRuns.map((run) => `${integer.format(run.exhibits)}: ${run.idleFrames ?? 'n/a'}`);
  const idleKnown = appRuns.filter((run) => run.idleFrames !== null);
  checks.push({
    target: '0 frames drawn in 1 s without input (app, every scene)',
    verdict: idleKnown.length === 0 ? 'not measured' : idleKnown.some((run) => run.idleFrames !== 0) ? 'fail' : idleKnown.length < appRuns.length ? 'incomplete' : 'pass',
    detail: idle.join(', '),
  });

  checks.push(cpuAgainstPeers(runs, 10_000, '10k'), cpuAgainstPeers(runs, 100_000, '100k'));

  const drei = find(runs, 'drei', 100_000);
  const dreiTarget = `100k: app CPU per frame ≥ ${DREI_FACTOR_100K}× lower than drei`;
  const compared = app100k && drei ? cpuComparison(app100k, drei) : undefined;
  checks.push(
    compared
      ? {
          target: dreiTarget,
          verdict: compared.peerMs >= DREI_FACTOR_100K * compared.appMs ? 'pass' : 'fail',
          detail: `drei ${compared.peerMs} ms / app ${compared.appMs} ms = ${(compared.peerMs / compared.appMs).toFixed(1)}× over ${compared.poses} poses`,
        }
      : { target: dreiTarget, verdict: 'not measured', detail: `drei produced no frames at 100k (${drei ? `${drei.status}: ${drei.problem ?? ''}` : 'not run'})` },
  );

  const heap = app100k?.heapMB ?? null;
  checks.push({
    target: `100k: JS heap ≤ ${MAX_HEAP_MB_100K} MB after GC (app)`,
    verdict: heap === null ? 'not measured' : heap <= MAX_HEAP_MB_100K ? 'pass' : 'fail',
    detail: heap === null ? (app100k?.problem ?? 'no app run') : `${heap} MB`,
  });
  return checks;
}
