import { advance, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PeerDebug, PeerHooks, PeerStats } from './peerApi';

export interface PeerFrameDriverProps {
  hooks: PeerHooks;
}

/** Frames drawn with every exhibit in place before the page says it is ready (drei writes its matrices a frame late). */
const READY_FRAMES = 2;

/**
 * Renders on demand, by hand (`frameloop="never"` + `advance`), one frame per animation frame
 * requested, like the app's on-demand loop; times each frame's `advance` (the peer's `useFrame`
 * work, its `onBeforeRender` culling and the `gl.render` submit) as `cpuMs`. Publishes
 * `window.__peerStats` and `window.__peerDebug`, and sets `html[data-peer-ready="1"]` once frames
 * with every exhibit have been drawn.
 */
export function PeerFrameDriver({ hooks }: PeerFrameDriverProps) {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const camera = useThree((state) => state.camera);
  useEffect(() => {
    const stats: PeerStats = { calls: 0, triangles: 0, frames: 0, cpuMs: 0 };
    let pending = 0;
    let completeFrames = 0;
    let stopped = false;

    const drawFrame = (): void => {
      pending = 0;
      if (stopped) return;
      const complete = hooks.isComplete();
      const start = performance.now();
      advance(start);
      stats.cpuMs = performance.now() - start;
      stats.calls = gl.info.render.calls + hooks.uncountedCalls();
      stats.triangles = gl.info.render.triangles;
      stats.frames += 1;
      if (document.documentElement.dataset.peerReady === '1') return;
      completeFrames = complete ? completeFrames + 1 : 0;
      if (completeFrames >= READY_FRAMES) document.documentElement.dataset.peerReady = '1';
      else requestFrame();
    };
    const requestFrame = (): void => {
      if (pending === 0) pending = requestAnimationFrame(drawFrame);
    };

    const debug: PeerDebug = {
      setPose([px, py, pz], [tx, ty, tz]) {
        camera.position.set(px, py, pz);
        camera.lookAt(tx, ty, tz);
        camera.updateMatrixWorld();
        requestFrame();
      },
      countObjects() {
        let count = 0;
        scene.traverse(() => {
          count += 1;
        });
        return count;
      },
    };
    window.__peerStats = stats;
    window.__peerDebug = debug;
    requestFrame();
    return () => {
      stopped = true;
      cancelAnimationFrame(pending);
      delete window.__peerDebug;
    };
  }, [gl, scene, camera, hooks]);
  return null;
}
