import { describe, expect, it } from 'vitest';
import { createFrameTimeMonitor, noteLevelChange, recordFrame, type FrameTimeMonitor, type QualityDecision } from '../../src/quality';

/** Feeds `frames` frames `intervalMs` apart from `startMs`; returns every decision that was not 'none'. */
function feed(monitor: FrameTimeMonitor, startMs: number, intervalMs: number, frames: number): QualityDecision[] {
  const decisions: QualityDecision[] = [];
  for (let frame = 0; frame < frames; frame += 1) {
    const decision = recordFrame(monitor, startMs + frame * intervalMs);
    if (decision !== 'none') decisions.push(decision);
  }
  return decisions;
}

describe('frame-time monitor', () => {
  it('asks to step down after a window of slow frames, and up after a window of fast ones', () => {
    const monitor = createFrameTimeMonitor({ windowFrames: 10 });
    expect(feed(monitor, 0, 40, 11)).toEqual(['decline']);
    expect(monitor.meanMs).toBeCloseTo(40);
    expect(feed(createFrameTimeMonitor({ windowFrames: 10 }), 0, 1000 / 60, 11)).toEqual(['incline']);
    expect(feed(createFrameTimeMonitor({ windowFrames: 10 }), 0, 1000 / 50, 40)).toEqual([]);
  });

  it('treats a pause between moves as idle, not as slow frames (on-demand rendering)', () => {
    const monitor = createFrameTimeMonitor({ windowFrames: 10 });
    // Bursts of 5 fast frames separated by 2 s of nothing to draw: never a decline.
    const decisions: QualityDecision[] = [];
    for (let burst = 0; burst < 10; burst += 1) decisions.push(...feed(monitor, burst * 2000, 16, 5));
    expect(decisions).not.toContain('decline');
  });

  it('settles after the flip limit so a device on the edge does not oscillate', () => {
    const monitor = createFrameTimeMonitor({ windowFrames: 5, flipLimit: 2 });
    let time = 0;
    const changes: QualityDecision[] = [];
    for (let round = 0; round < 10; round += 1) {
      const interval = round % 2 === 0 ? 50 : 10;
      for (const decision of feed(monitor, time, interval, 6)) {
        changes.push(decision);
        noteLevelChange(monitor);
      }
      time += 6 * interval + 1000;
    }
    expect(changes).toEqual(['decline', 'incline']);
  });

  it('rejects thresholds that cannot work', () => {
    expect(() => createFrameTimeMonitor({ fastMs: 30, slowMs: 20 })).toThrow(RangeError);
  });
});
