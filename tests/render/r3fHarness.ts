/**
 * Mounts R3F elements in Node with R3F's own `createRoot` and a stand-in renderer, for
 * scene-graph tests (object counts, dispose on unmount). `@react-three/test-renderer` 11.0.0, the
 * pinned version, calls `root.configure(...).render(...)` as in R3F 8; in R3F 9 `configure`
 * returns a promise, so it fails with "_root.render is not a function".
 */
import { act, createRoot, type RootState } from '@react-three/fiber';
import type { ReactNode } from 'react';
import type { Scene } from 'three';

export interface MountedScene {
  scene: Scene;
  state: () => RootState;
  /** Renders other children into the same root (the root and its scene stay). */
  rerender: (element: ReactNode) => Promise<void>;
  /** Unmounts the whole root. */
  unmount: () => Promise<void>;
}

// Tell React that updates are wrapped in act(), as a test renderer does.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Enough of a WebGLRenderer for R3F to configure a root; nothing is drawn. */
function standInRenderer(canvas: object) {
  return {
    domElement: canvas,
    info: { autoReset: true, render: { calls: 0, triangles: 0, frame: 0 } },
    render() {},
    setSize() {},
    setPixelRatio() {},
    getPixelRatio: () => 1,
    dispose() {},
  };
}

export async function mountScene(element: ReactNode): Promise<MountedScene> {
  const canvas = { width: 640, height: 360, style: {}, addEventListener() {}, removeEventListener() {} };
  const root = createRoot(canvas as unknown as HTMLCanvasElement);
  await root.configure({
    // A renderer instance (anything with `render`) is used as given.
    gl: standInRenderer(canvas) as never,
    frameloop: 'never',
    dpr: 1,
    size: { width: 640, height: 360, top: 0, left: 0 },
  });
  let store: ReturnType<typeof root.render> | undefined;
  await act(async () => {
    store = root.render(element);
  });
  if (!store) throw new Error('R3F did not render');
  const getState = store.getState;
  return {
    scene: getState().scene,
    state: getState,
    rerender: async (next) => {
      await act(async () => {
        root.render(next);
      });
    },
    unmount: async () => {
      await act(async () => root.unmount());
    },
  };
}
