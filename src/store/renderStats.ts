/**
 * Renderer counters after the latest frame, for browser tests and the bench. One mutable object,
 * written in the frame loop without allocating and exposed as `window.__expoStats`; never React
 * state, so updating it re-renders nothing.
 */
export interface RenderStats {
  /** Draw calls of the latest frame (`renderer.info.render.calls`). */
  calls: number;
  /** Triangles of the latest frame. */
  triangles: number;
  /** Frames rendered since the page loaded; it stays put while nothing changes (on-demand). */
  frames: number;
  /** Model files the shown scene asks for (every level of every model its exhibits use). */
  modelsRequested: number;
  /** Of those, files that loaded (a model's first replaces its placeholder boxes). */
  modelsLoaded: number;
  /** Of those, files that failed, one warning each; a model whose files all fail stays boxes. */
  modelsFailed: number;
  /** `modelsLoaded` as it was when the latest frame was drawn: equal once that frame shows them all. */
  modelsDrawn: number;
  /** Exhibit instances the latest cull found in view (drawn as models or, until loaded, boxes). */
  visibleInstances: number;
  /** Of those, per level of detail (index = level), updated in place. */
  lodCounts: number[];
  /** CPU milliseconds of the latest frame's cull, LOD selection and matrix packing. */
  cullMs: number;
  /** CPU milliseconds of the latest frame: `cullMs` plus the `gl.render` submit (not GPU time). */
  cpuMs: number;
  /** `performance.now()` when the latest frame's cull began; the renderer closes `cpuMs` from it. */
  frameStartMs: number;
  /** Zone signs and booth fascias shown, and those left out to keep the text atlas within its cap. */
  labelsShown: number;
  labelsDropped: number;
}

export const renderStats: RenderStats = { calls: 0, triangles: 0, frames: 0, modelsRequested: 0, modelsLoaded: 0, modelsFailed: 0, modelsDrawn: 0, visibleInstances: 0, lodCounts: [0, 0, 0, 0, 0], cullMs: 0, cpuMs: 0, frameStartMs: 0, labelsShown: 0, labelsDropped: 0 };

declare global {
  interface Window {
    __expoStats?: RenderStats;
  }
}
