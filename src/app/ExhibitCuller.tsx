import { useFrame } from '@react-three/fiber';
import type { ExpoView } from '../render/createExpoView';
import type { RenderStats } from '../store/renderStats';

export interface ExhibitCullerProps {
  view: ExpoView;
  /** `visibleInstances` and `lodCounts` are written after every cull; never React state. */
  stats: RenderStats;
}

/**
 * Before each frame (priority 0: after the controls at −1 moved the camera, before
 * `FrameRenderer` at 1 draws), culls the exhibits for the camera and fills the model batches.
 * Frames are rendered on demand, so this runs only when the camera moved or a model arrived.
 * Allocates nothing.
 */
export function ExhibitCuller({ view, stats }: ExhibitCullerProps) {
  useFrame(({ camera }) => {
    camera.updateMatrixWorld();
    const result = view.cullExhibits(camera);
    stats.visibleInstances = result.visible;
    const { lodCounts } = stats;
    for (let level = 0; level < lodCounts.length; level += 1) lodCounts[level] = result.levelCounts[level] ?? 0;
  }, 0);
  return null;
}
