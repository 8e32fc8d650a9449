/**
 * Context loss and restore of the 3D view (issue 11): common on tablets (a rotation, memory
 * pressure, a tab in the background). While the context is lost the interface says so; when the
 * browser gives it back the view is drawn again at once, with no input needed.
 *
 * three's `WebGLRenderer` does the heavy part itself: it listens on the same canvas (registered
 * when the renderer was made, so before us: its handlers run first), calls `preventDefault` on the
 * loss so the browser may restore, and on restore builds new GL state, caches and counters
 * (`initGLContext`). Everything is uploaded again from what the CPU still holds on the next
 * render: geometries and instance arrays (the culler never frees them), the label atlas pages
 * (DataTextures over kept arrays), model textures (kept images), programs. What three cannot do
 * is ask for that render: with `frameloop="demand"` nothing draws until something invalidates,
 * which is what left the view blank until a key press.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { viewContextStore, type ViewContextStore } from '../store/viewContextStore';

export interface ContextLossHandlers {
  onLost: () => void;
  onRestored: () => void;
}

/** Listens for the loss and restore of `canvas`'s WebGL context; returns the means to stop. */
export function watchContextLoss(canvas: EventTarget, { onLost, onRestored }: ContextLossHandlers): () => void {
  const lost = (event: Event): void => {
    // Without it the browser never restores the context (three calls it too; once is enough, twice is harmless).
    event.preventDefault();
    onLost();
  };
  const restored = (): void => onRestored();
  canvas.addEventListener('webglcontextlost', lost);
  canvas.addEventListener('webglcontextrestored', restored);
  return () => {
    canvas.removeEventListener('webglcontextlost', lost);
    canvas.removeEventListener('webglcontextrestored', restored);
  };
}

/**
 * Reports the view's context loss to `store` (the notice) and, on restore, asks for a frame. Call it
 * inside the Canvas.
 */
export function useContextLoss(store: ViewContextStore = viewContextStore): void {
  const canvas = useThree((state) => state.gl.domElement);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    const stop = watchContextLoss(canvas, {
      onLost: () => store.getState().setLost(true),
      onRestored: () => {
        store.getState().setLost(false);
        invalidate();
      },
    });
    return () => {
      stop();
      // A view that goes away while lost leaves no notice behind.
      store.getState().setLost(false);
    };
  }, [canvas, invalidate, store]);
}
