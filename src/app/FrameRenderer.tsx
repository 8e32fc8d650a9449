import { useFrame } from '@react-three/fiber';
import type { Object3D } from 'three';
import { loadingStore, recordHallShown } from '../store/loadingStore';
import type { RenderStats } from '../store/renderStats';
import { viewContextStore, type ViewContextStore } from '../store/viewContextStore';
import { pageClock } from './pageClock';
import { useContextLoss } from './useContextLoss';

export interface FrameRendererProps {
  /** The content whose first rendered frame makes the page "ready". */
  content: Object3D;
  /** Written after every frame; never React state. */
  stats: RenderStats;
  /** Clock for `cpuMs`, the same as the culler's (the page's `performance.now` by default). */
  now?: () => number;
  /** Where the view's context loss is reported (the notice reads it). */
  contextStore?: ViewContextStore;
}

/**
 * Renders each frame itself (a positive `useFrame` priority turns off R3F's own render), so it
 * knows when a frame with the halls has really been drawn: after the first such `gl.render` it sets
 * `html[data-expo-ready="1"]`, once. It copies the renderer's counters into `stats` without
 * allocating, and `cpuMs`, the CPU time from the cull's start to the end of the submit; `gl.info.autoReset` (the default) makes them per frame, and `modelsDrawn` records
 * how many loaded models the frame included.
 *
 * It also draws again at once when a lost WebGL context comes back (`useContextLoss`), and counts
 * no frame while the context is lost: three draws nothing then, and a frame counted would tell
 * tests and the bench that something was shown.
 */
export function FrameRenderer({ content, stats, now = pageClock, contextStore = viewContextStore }: FrameRendererProps) {
  useContextLoss(contextStore);
  useFrame(({ gl, scene, camera }) => {
    if (contextStore.getState().lost) return;
    gl.render(scene, camera);
    stats.cpuMs = now() - stats.frameStartMs;
    stats.calls = gl.info.render.calls;
    stats.triangles = gl.info.render.triangles;
    stats.frames += 1;
    stats.modelsDrawn = stats.modelsLoaded;
    if (content.parent !== null && document.documentElement.dataset.expoReady !== '1') {
      document.documentElement.dataset.expoReady = '1';
      // Once per page, outside the frame (the store's readers re-render): the loading percent's
      // "halls shown" share, and the signal for what waits behind the first frame (labels, models, UI).
      setTimeout(() => recordHallShown(loadingStore), 0);
    }
  }, 1);
  return null;
}
