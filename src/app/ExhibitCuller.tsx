import { useFrame } from '@react-three/fiber';
import type { ExpoView } from '../render/createExpoView';
import type { RenderStats } from '../store/renderStats';
import { pageClock } from './pageClock';

export interface ExhibitCullerProps {
  view: ExpoView;
  /** `visibleInstances`, `lodCounts`, `cullMs` and `frameStartMs` are written after every cull; never React state. */
  stats: RenderStats;
  /** Clock for the CPU timings, milliseconds (the page's `performance.now` by default). */
  now?: () => number;
}

/**
 * Before each frame (priority 0: after the controls at −1 moved the camera, before
 * `FrameRenderer` at 1 draws), culls the exhibits for the camera and fills the model batches.
 * Frames are rendered on demand, so this runs only when the camera moved or a model arrived.
 * Allocates nothing.
 */
export function ExhibitCuller({ view, stats, now = pageClock }: ExhibitCullerProps) {
  useFrame(({ camera }) => {
    const start = now();
    stats.frameStartMs = start;
    camera.updateMatrixWorld();
    const result = view.cullExhibits(camera);
    stats.cullMs = now() - start;
    stats.visibleInstances = result.visible;
    const { lodCounts } = stats;
    for (let level = 0; level < lodCounts.length; level += 1) lodCounts[level] = result.levelCounts[level] ?? 0;
  }, 0);
  return null;
}
