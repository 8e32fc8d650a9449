import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Vector3 } from 'three';

/** What benchmarks and browser tests may drive from outside: `window.__expoDebug`. */
export interface ExpoDebugHandle {
  /** Moves the camera to `position` looking at `target` (world metres) and requests one frame. */
  setPose: (position: readonly [number, number, number], target: readonly [number, number, number]) => void;
  /** Object3Ds in the three.js scene, the root included. */
  countObjects: () => number;
}

declare global {
  interface Window {
    __expoDebug?: ExpoDebugHandle;
  }
}

/** The orbit controls' surface used here (drei's `makeDefault` controls). */
interface TargetControls {
  target: Vector3;
  update: () => void;
}

function hasTarget(controls: unknown): controls is TargetControls {
  return typeof controls === 'object' && controls !== null && 'target' in controls && 'update' in controls;
}

/**
 * Publishes `window.__expoDebug` while the canvas is mounted: the renderer benchmark walks a fixed
 * camera path with it and reads `window.__expoStats` after each frame. It renders nothing.
 */
export function ExpoDebugHandle() {
  const camera = useThree((state) => state.camera);
  const controls = useThree((state) => state.controls);
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    const handle: ExpoDebugHandle = {
      setPose([px, py, pz], [tx, ty, tz]) {
        camera.position.set(px, py, pz);
        if (hasTarget(controls)) {
          controls.target.set(tx, ty, tz);
          controls.update();
        } else {
          camera.lookAt(tx, ty, tz);
        }
        camera.updateMatrixWorld();
        invalidate();
      },
      countObjects() {
        let count = 0;
        scene.traverse(() => {
          count += 1;
        });
        return count;
      },
    };
    window.__expoDebug = handle;
    return () => {
      if (window.__expoDebug === handle) delete window.__expoDebug;
    };
  }, [camera, controls, scene, invalidate]);
  return null;
}
