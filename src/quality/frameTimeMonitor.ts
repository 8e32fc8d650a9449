/**
 * Decides from frame times whether the renderer should step its quality down or up: the job of
 * drei's `PerformanceMonitor`, rewritten because that one counts frames per wall-clock interval.
 * With on-demand rendering the app draws nothing while the view is still, so a pause between two
 * camera moves would read as a collapse of the frame rate and lower the quality for nothing; it
 * also allocates per frame. Here an interval longer than `idleGapMs` ends a run of frames instead
 * of counting, and the samples live in a fixed ring.
 *
 * Pure: the caller passes each frame's timestamp (ms) and reports each change of level it made
 * (`noteLevelChange`); after `flipLimit` changes the monitor settles and stops deciding, so a
 * device on the edge does not oscillate between two levels. A decision the caller cannot follow
 * (up at the top level) is not a change and does not count.
 */
export type QualityDecision = 'decline' | 'incline' | 'none';

export interface FrameTimeMonitorOptions {
  /** Intervals averaged per decision (default 30). */
  windowFrames?: number;
  /** Mean interval above this steps down (default 1000 / 40 ms: under 40 fps). */
  slowMs?: number;
  /** Mean interval below this steps up (default 1000 / 58 ms: a 60 Hz display keeping up). */
  fastMs?: number;
  /** A longer interval is a pause (nothing to draw), not a slow frame (default 250 ms). */
  idleGapMs?: number;
  /** Decisions before settling (default 4). */
  flipLimit?: number;
}

export interface FrameTimeMonitor {
  readonly intervals: Float64Array;
  readonly slowMs: number;
  readonly fastMs: number;
  readonly idleGapMs: number;
  readonly flipLimit: number;
  filled: number;
  lastFrameMs: number;
  flips: number;
  /** Mean interval of the last full window, ms (0 until one). */
  meanMs: number;
}

export function createFrameTimeMonitor({ windowFrames = 30, slowMs = 1000 / 40, fastMs = 1000 / 58, idleGapMs = 250, flipLimit = 4 }: FrameTimeMonitorOptions = {}): FrameTimeMonitor {
  if (!(fastMs < slowMs)) throw new RangeError('fastMs must be below slowMs');
  return { intervals: new Float64Array(windowFrames), slowMs, fastMs, idleGapMs, flipLimit, filled: 0, lastFrameMs: Number.NaN, flips: 0, meanMs: 0 };
}

/** Records a frame drawn at `nowMs`; returns what to do. Allocates nothing. */
export function recordFrame(monitor: FrameTimeMonitor, nowMs: number): QualityDecision {
  const interval = nowMs - monitor.lastFrameMs;
  monitor.lastFrameMs = nowMs;
  if (!(interval >= 0) || interval > monitor.idleGapMs) return 'none';
  if (monitor.flips >= monitor.flipLimit) return 'none';
  monitor.intervals[monitor.filled] = interval;
  monitor.filled += 1;
  if (monitor.filled < monitor.intervals.length) return 'none';
  let sum = 0;
  for (let i = 0; i < monitor.intervals.length; i += 1) sum += monitor.intervals[i] ?? 0;
  monitor.filled = 0;
  monitor.meanMs = sum / monitor.intervals.length;
  if (monitor.meanMs > monitor.slowMs) return 'decline';
  if (monitor.meanMs < monitor.fastMs) return 'incline';
  return 'none';
}

/** Counts a change of level the caller made after a decision; frames before it are dropped. */
export function noteLevelChange(monitor: FrameTimeMonitor): void {
  monitor.flips += 1;
  monitor.filled = 0;
}
