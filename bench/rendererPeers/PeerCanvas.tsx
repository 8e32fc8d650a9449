import { Canvas } from '@react-three/fiber';
import { useMemo, type ReactNode } from 'react';
import { computeInitialView } from '../../src/render/initialView';
import { PALETTE } from '../../src/render/palette';
import type { LaidOutScene } from '../../src/scene';
import { createEnvironment } from './createEnvironment';
import type { PeerHooks } from './peerApi';
import { PeerFrameDriver } from './PeerFrameDriver';

export interface PeerCanvasProps {
  layout: LaidOutScene;
  hooks: PeerHooks;
  /** The peer's exhibits. */
  children: ReactNode;
}

/**
 * The app's canvas (src/app/ExpoCanvas.tsx) for a peer: the same camera, lights, background, pixel
 * ratio and WebGL context options, and the same halls; rendered by hand instead of on demand, and
 * without orbit controls (the driver sets the camera).
 */
export function PeerCanvas({ layout, hooks, children }: PeerCanvasProps) {
  const view = useMemo(() => computeInitialView(layout.scene), [layout]);
  const environment = useMemo(() => createEnvironment(layout), [layout]);
  return (
    <Canvas
      frameloop="never"
      dpr={[1, 1.5]}
      camera={{ position: view.positionM, fov: view.fovDeg, near: view.nearM, far: view.farM }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      onCreated={({ camera }) => camera.lookAt(...view.targetM)}
    >
      <color attach="background" args={[PALETTE.background]} />
      <hemisphereLight args={[PALETTE.sky, PALETTE.skyGround, 1.6]} />
      <directionalLight position={[-60, 120, 80]} intensity={1.8} />
      <primitive object={environment} />
      {children}
      <PeerFrameDriver hooks={hooks} />
    </Canvas>
  );
}
