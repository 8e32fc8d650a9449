/**
 * Code the renderer bench installs in every page before the page's own scripts (Playwright init
 * script): it notes when the page became ready and when the app had drawn all its models, and
 * steps one camera pose at a time against whichever interface the page has, the app's
 * (`__expoStats` / `__expoDebug`) or a peer's (`__peerStats` / `__peerDebug`).
 *
 * Self-contained: Playwright sends this function's source text to the page, so it may use nothing
 * from outside it. The page globals it reads are typed where they are declared (src/store/renderStats.ts,
 * src/app/ExpoDebugHandle.tsx, bench/rendererPeers/peerApi.ts).
 */
import type { PeerName } from '../rendererPeers/peerApi';

export type RendererName = 'app' | PeerName;

export interface FrameSample {
  calls: number;
  triangles: number;
  cpuMs: number;
  /** The app's cull + LOD + packing share of `cpuMs`; null for peers. */
  cullMs: number | null;
  frames: number;
}

export interface BenchMarks {
  /** `performance.now()` (ms since navigation start) when the ready attribute was set. */
  readyMs: number | null;
  /** The app only: when a frame with every model file loaded had been drawn (20 ms polling). */
  settledMs: number | null;
}

declare global {
  interface Window {
    __benchMarks?: BenchMarks;
    /** Moves the camera and resolves with the counters of the frame that follows. */
    __benchStep?: (position: readonly [number, number, number], target: readonly [number, number, number]) => Promise<FrameSample>;
    /** Frames drawn so far. */
    __benchFrames?: () => number;
  }
}

export function installBenchHelpers(): void {
  const marks: BenchMarks = { readyMs: null, settledMs: null };
  window.__benchMarks = marks;
  // The document has no <html> element yet when this runs: watch the document, subtree included.
  new MutationObserver(() => {
    const data = document.documentElement.dataset;
    if (marks.readyMs === null && (data.expoReady === '1' || data.peerReady === '1')) marks.readyMs = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-expo-ready', 'data-peer-ready'] });
  const settle = setInterval(() => {
    const stats = window.__expoStats;
    if (!stats || stats.modelsRequested === 0) return;
    if (stats.modelsLoaded + stats.modelsFailed >= stats.modelsRequested && stats.modelsDrawn === stats.modelsLoaded) {
      marks.settledMs = performance.now();
      clearInterval(settle);
    }
  }, 20);

  window.__benchFrames = () => (window.__expoStats ?? window.__peerStats)?.frames ?? -1;
  window.__benchStep = (position, target) =>
    new Promise<FrameSample>((resolve, reject) => {
      const app = window.__expoStats;
      const stats = app ?? window.__peerStats;
      const debug = window.__expoDebug ?? window.__peerDebug;
      if (!stats || !debug) {
        reject(new Error('the page has no stats or debug interface (__expoDebug / __peerDebug)'));
        return;
      }
      // Let the GPU process finish the previous frame (a one-pixel read waits for it), so the timed
      // frame measures the renderer's own CPU work, not a wait on software rasterization.
      const gl = document.querySelector('canvas')?.getContext('webgl2');
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      const before = stats.frames;
      debug.setPose(position, target);
      const poll = (): void => {
        if (stats.frames > before) resolve({ calls: stats.calls, triangles: stats.triangles, cpuMs: stats.cpuMs, cullMs: app ? app.cullMs : null, frames: stats.frames });
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
}
