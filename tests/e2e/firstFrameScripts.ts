/**
 * What JavaScript a page of the built app loads before its first frame of the halls, and how many
 * gzipped bytes that is (issue 12: the target is ≤ 250 kB). Shared by the browser test
 * (`loading.test.ts`) and `npm run bench:first-frame` (bench/firstFrameBytes.ts).
 *
 * Measured in the browser rather than read from the bundle's import graph: whatever the page asks
 * for before the ready attribute counts (the entry, its static imports, module preloads, chunks
 * imported dynamically early, worker scripts), so a lazy import that runs before the first frame
 * cannot hide. Sizes are of the files in the built folder, gzipped at level 9 (what vite's build
 * report prints); the server's own encoding plays no part.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface ScriptLoad {
  /** Path in the built folder, e.g. `assets/index-abc.js`. */
  path: string;
  /** When the request started, ms after navigation start. */
  startMs: number;
  bytes: number;
  gzipBytes: number;
}

export interface FirstFrameScripts {
  /** Navigation start to the ready attribute (the first frame with the halls drawn). */
  firstFrameMs: number;
  /** Scripts requested before the first frame. */
  before: ScriptLoad[];
  /** Scripts requested after it (loaded lazily), for the report. */
  after: ScriptLoad[];
  gzipBytesBefore: number;
}

/**
 * Records when the ready attribute is set, and every script request with its start time, from
 * before the page's own scripts run. Call on the page's context before navigating.
 */
export const RECORD_FIRST_FRAME = `(() => {
  const marks = { readyMs: null, workers: [] };
  window.__firstFrame = marks;
  // A worker's script does not always show in the page's resource timing: note each one started.
  const NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = class extends NativeWorker {
      constructor(url, options) {
        marks.workers.push({ url: String(url), startMs: performance.now() });
        super(url, options);
      }
    };
  }
  new MutationObserver(() => {
    if (marks.readyMs === null && document.documentElement.dataset.expoReady === '1') marks.readyMs = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-expo-ready'] });
})();`;

/**
 * Waits for the first frame, then lets the page run `settleMs` more (so chunks loaded right after
 * it are listed as after), and sorts the scripts the page requested (from its resource timing and
 * the workers it started, each with its start in ms after navigation start) into before and after.
 */
export async function readFirstFrameScripts(page: Page, distDir: string, settleMs = 1_000): Promise<FirstFrameScripts> {
  await page.waitForFunction(() => (window as unknown as { __firstFrame?: { readyMs: number | null } }).__firstFrame?.readyMs != null, undefined, { timeout: 120_000, polling: 50 });
  await page.waitForTimeout(settleMs);
  const { readyMs, entries, workers } = await page.evaluate(() => {
    const marks = (window as unknown as { __firstFrame: { readyMs: number; workers: { url: string; startMs: number }[] } }).__firstFrame;
    return {
      readyMs: marks.readyMs,
      workers: marks.workers,
      entries: performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, startMs: entry.startTime })),
    };
  });
  const pageUrl = new URL(page.url());
  const base = new URL('.', pageUrl);
  const scripts = new Map<string, number>();
  const note = (url: string, startMs: number): void => {
    const address = new URL(url, pageUrl);
    if (address.origin !== pageUrl.origin || !/\.m?js$/.test(address.pathname)) return;
    const path = decodeURIComponent(address.pathname.slice(base.pathname.length));
    scripts.set(path, Math.min(scripts.get(path) ?? Number.POSITIVE_INFINITY, startMs));
  };
  for (const entry of entries) note(entry.url, entry.startMs);
  for (const worker of workers) note(worker.url, worker.startMs);
  const loads: ScriptLoad[] = [...scripts].map(([path, startMs]) => {
    const bytes = readFileSync(join(distDir, path));
    return { path, startMs: Math.round(startMs), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const before = loads.filter((load) => load.startMs < readyMs).sort((a, b) => a.startMs - b.startMs);
  const after = loads.filter((load) => load.startMs >= readyMs).sort((a, b) => a.startMs - b.startMs);
  return { firstFrameMs: Math.round(readyMs), before, after, gzipBytesBefore: before.reduce((sum, load) => sum + load.gzipBytes, 0) };
}
