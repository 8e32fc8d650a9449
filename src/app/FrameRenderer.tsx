import { useFrame } from '@react-three/fiber';
import type { Object3D } from 'three';
import type { RenderStats } from '../store/renderStats';
import { pageClock } from './pageClock';

export interface FrameRendererProps {
  /** The content whose first rendered frame makes the page "ready". */
  content: Object3D;
  /** Written after every frame; never React state. */
  stats: RenderStats;
  /** Clock for `cpuMs`, the same as the culler's (the page's `performance.now` by default). */
  now?: () => number;
}

/**
 * Renders each frame itself (a positive `useFrame` priority turns off R3F's own render), so it
 * knows when a frame with the halls has really been drawn: after the first such `gl.render` it sets
 * `html[data-expo-ready="1"]`, once. It copies the renderer's counters into `stats` without
 * allocating, and `cpuMs`, the CPU time from the cull's start to the end of the submit; `gl.info.autoReset` (the default) makes them per frame, and `modelsDrawn` records
 * how many loaded models the frame included.
 */
export function FrameRenderer({ content, stats, now = pageClock }: FrameRendererProps) {
  useFrame(({ gl, scene, camera }) => {
    gl.render(scene, camera);
    stats.cpuMs = now() - stats.frameStartMs;
    stats.calls = gl.info.render.calls;
    stats.triangles = gl.info.render.triangles;
    stats.frames += 1;
    stats.modelsDrawn = stats.modelsLoaded;
    if (content.parent !== null && document.documentElement.dataset.expoReady !== '1') {
      document.documentElement.dataset.expoReady = '1';
    }
  }, 1);
  return null;
}
