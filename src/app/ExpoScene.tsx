import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { createExpoView } from '../render/createExpoView';
import type { LaidOutScene } from '../scene';
import { renderStats } from '../store/renderStats';
import { FrameRenderer } from './FrameRenderer';

export interface ExpoSceneProps {
  layout: LaidOutScene;
}

/** Builds the three.js view of the layout once, adds it, and disposes it on unmount. */
export function ExpoScene({ layout }: ExpoSceneProps) {
  const view = useMemo(() => createExpoView(layout), [layout]);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    // On-demand rendering: ask for a frame now that the halls are in the scene.
    invalidate();
    return () => view.dispose();
  }, [view, invalidate]);
  return (
    <>
      <primitive object={view.root} />
      <FrameRenderer content={view.root} stats={renderStats} />
    </>
  );
}
