import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { createCanvasRasterizer, createLabelMeshes } from '../render/labels';
import type { LaidOutScene } from '../scene';
import type { RenderStats } from '../store/renderStats';
import { useLanguage } from '../store/useLanguage';

export interface ExpoLabelsProps {
  layout: LaidOutScene;
  stats: RenderStats;
}

/**
 * Zone signs and booth fascias in the label language: a few batched meshes (boards, then one
 * text mesh per atlas page), rebuilt when the language or the scene changes. The text is drawn
 * with the visitor's own fonts into a canvas atlas (no font download, nothing off-origin).
 */
export function ExpoLabels({ layout, stats }: ExpoLabelsProps) {
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);
  const [language] = useLanguage();
  useEffect(() => {
    const labels = createLabelMeshes(layout, { language, rasterizer: createCanvasRasterizer() });
    for (const object of labels.objects) {
      object.updateMatrixWorld();
      object.matrixAutoUpdate = false;
      // Signs are not exhibits: keep them out of any raycast.
      object.raycast = () => undefined;
    }
    scene.add(...labels.objects);
    stats.labelsShown = labels.labelCount;
    stats.labelsDropped = labels.droppedCount;
    invalidate();
    return () => {
      scene.remove(...labels.objects);
      labels.dispose();
      invalidate();
    };
  }, [layout, language, scene, invalidate, stats]);
  return null;
}
