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
  /** Exhibit models the shown scene uses (files asked for). */
  modelsRequested: number;
  /** Of those, models whose file loaded and now replaces their placeholder boxes. */
  modelsLoaded: number;
  /** Of those, models whose file failed; their exhibits stay boxes and a warning is shown. */
  modelsFailed: number;
  /** `modelsLoaded` as it was when the latest frame was drawn: equal once that frame shows them all. */
  modelsDrawn: number;
}

export const renderStats: RenderStats = { calls: 0, triangles: 0, frames: 0, modelsRequested: 0, modelsLoaded: 0, modelsFailed: 0, modelsDrawn: 0 };

declare global {
  interface Window {
    __expoStats?: RenderStats;
  }
}
