/** Per-run summaries of the renderer bench: maxima over poses, quantiles over every frame. */
import type { RunResult } from './measureRun';

export interface RunSummary {
  posesMeasured: number;
  framesMeasured: number;
  maxCalls: number | null;
  maxTriangles: number | null;
  cpuMsMedian: number | null;
  cpuMsP95: number | null;
  /** The app only: its cull + LOD + packing share. */
  cullMsMedian: number | null;
  cullMsP95: number | null;
}

/** The `q` quantile (nearest rank) of `values`; null when empty. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? null;
}

const round = (value: number | null, digits = 3): number | null => (value === null ? null : Number(value.toFixed(digits)));

export function summarizeRun(run: RunResult, poseNames?: ReadonlySet<string>): RunSummary {
  const poses = poseNames ? run.poses.filter((pose) => poseNames.has(pose.name)) : run.poses;
  const cpu = poses.flatMap((pose) => pose.cpuMs);
  const cull = poses.flatMap((pose) => pose.cullMs ?? []);
  const hasCull = poses.some((pose) => pose.cullMs !== null);
  return {
    posesMeasured: poses.length,
    framesMeasured: cpu.length,
    maxCalls: poses.length > 0 ? Math.max(...poses.map((pose) => pose.calls)) : null,
    maxTriangles: poses.length > 0 ? Math.max(...poses.map((pose) => pose.triangles)) : null,
    cpuMsMedian: round(quantile(cpu, 0.5)),
    cpuMsP95: round(quantile(cpu, 0.95)),
    cullMsMedian: hasCull ? round(quantile(cull, 0.5)) : null,
    cullMsP95: hasCull ? round(quantile(cull, 0.95)) : null,
  };
}
