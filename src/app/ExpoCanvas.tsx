import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { lazy, Suspense, useMemo } from 'react';
import { computeInitialView } from '../render/initialView';
import { PALETTE } from '../render/palette';
import { useQualityPreset } from '../store/useQuality';
import { useLanguage } from '../store/useLanguage';
import { uiStrings } from '../ui/strings';
import type { LaidOutScene } from '../scene';
import { renderStats } from '../store/renderStats';
import { useLoadingStore } from '../store/useLoadingStore';
import { ExpoScene } from './ExpoScene';
import type { Navigator } from './navigation/navigator';

export interface ExpoCanvasProps {
  layout: LaidOutScene;
  navigator: Navigator;
}

/**
 * Signs and fascias come after the first frame (issue 12): drawing their text into the atlas took
 * 2.2 s of the 10k stress scene's 11.5 s to first frame (CPU profile, docs/performance.md), and
 * their code is loaded then too.
 */
const ExpoLabels = lazy(() => import('./ExpoLabels').then((module) => ({ default: module.ExpoLabels })));

/** Keeps the overview's orbit camera above the floor. */
const MAX_POLAR_RAD = Math.PI * 0.47;

/**
 * The 3D view: renders only when something changes (`frameloop="demand"`), at the pixel ratio of
 * the quality level (at most 1.5 on touch devices: fill rate).
 */
export function ExpoCanvas({ layout, navigator }: ExpoCanvasProps) {
  const view = useMemo(() => computeInitialView(layout.scene), [layout]);
  const { maxDpr } = useQualityPreset();
  const [language] = useLanguage();
  const hallShown = useLoadingStore((state) => state.hallShown);
  return (
    <Canvas
      // The view takes the keyboard focus too (walking keys work from anywhere but a form control).
      tabIndex={0}
      role="application"
      aria-label={uiStrings(language).viewLabel}
      aria-describedby="navigation-help"
      frameloop="demand"
      dpr={[1, maxDpr]}
      camera={{ position: view.positionM, fov: view.fovDeg, near: view.nearM, far: view.farM }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
    >
      <color attach="background" args={[PALETTE.background]} />
      <hemisphereLight args={[PALETTE.sky, PALETTE.skyGround, 1.6]} />
      <directionalLight position={[-60, 120, 80]} intensity={1.8} />
      <ExpoScene layout={layout} navigator={navigator} />
      {hallShown ? (
        <Suspense fallback={null}>
          <ExpoLabels layout={layout} stats={renderStats} />
        </Suspense>
      ) : null}
      {/* The overview's orbit camera; the visitor switches it on and off (see VisitorController). */}
      <OrbitControls makeDefault target={view.targetM} maxPolarAngle={MAX_POLAR_RAD} maxDistance={view.farM / 3} />
    </Canvas>
  );
}
