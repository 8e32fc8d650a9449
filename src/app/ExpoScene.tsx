import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { createExpoView } from '../render/createExpoView';
import type { LaidOutScene } from '../scene';
import { modelStore } from '../store/modelStore';
import { qualityStore } from '../store/qualityStore';
import { useQualityPreset } from '../store/useQuality';
import { renderStats } from '../store/renderStats';
import { ExhibitCuller } from './ExhibitCuller';
import { ExpoDebugHandle } from './ExpoDebugHandle';
import { PUBLISH_DEBUG_HANDLES } from './debugHandles';
import { FrameRenderer } from './FrameRenderer';
import { QualityController } from './QualityController';
import { VisitorController } from './navigation/VisitorController';
import type { Navigator } from './navigation/navigator';
import { RouteMarkers } from './RouteMarkers';
import { createPageModelLoader, useExpoModels, type CreateModelLoader } from './useExpoModels';

export interface ExpoSceneProps {
  layout: LaidOutScene;
  /** The navigator of this layout (`createExpoNavigator`): the view drives its visitor. */
  navigator: Navigator;
  /** Loader of model files; the page's own by default. Keep its identity between renders. */
  createModelLoader?: CreateModelLoader;
  /** Publish `window.__expoDebug` (see debugHandles.ts); by default only when the page asked for it. */
  publishDebugHandle?: boolean;
}

/**
 * Builds the three.js view of the layout once, adds it, loads the exhibits' models into it as they
 * arrive, and disposes it all on unmount.
 */
export function ExpoScene({ layout, navigator, createModelLoader = createPageModelLoader, publishDebugHandle = PUBLISH_DEBUG_HANDLES }: ExpoSceneProps) {
  const view = useMemo(() => createExpoView(layout), [layout]);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    // On-demand rendering: ask for a frame now that the halls are in the scene.
    invalidate();
    return () => view.dispose();
  }, [view, invalidate]);
  useExpoModels(view, modelStore, renderStats, createModelLoader);
  const preset = useQualityPreset();
  return (
    <>
      <primitive object={view.root} />
      <primitive object={view.fog} attach="fog" />
      <QualityController view={view} preset={preset} store={qualityStore} />
      <VisitorController navigator={navigator} view={view} />
      <RouteMarkers />
      {publishDebugHandle && <ExpoDebugHandle layout={layout} view={view} navigator={navigator} />}
      <ExhibitCuller view={view} stats={renderStats} />
      <FrameRenderer content={view.root} stats={renderStats} />
    </>
  );
}
