/**
 * Whether the 3D view has lost its WebGL context right now: the device took it back (a tablet
 * under memory pressure, after a rotation, a tab in the background) and the browser may give it
 * back. The view's canvas reports it (`src/app/useContextLoss.ts`); the interface shows a notice
 * while it lasts (`src/ui/ContextLostNotice.tsx`). It is its own store, apart from the view, so a
 * loss re-renders the notice and nothing else: the canvas, the visitor's place, the open panel and
 * the quality stay as they are.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface ViewContextState {
  /** True from `webglcontextlost` until `webglcontextrestored`. */
  lost: boolean;
  setLost: (lost: boolean) => void;
}

export type ViewContextStore = StoreApi<ViewContextState>;

export function createViewContextStore(): ViewContextStore {
  return createStore<ViewContextState>()((set, get) => ({
    lost: false,
    setLost: (lost) => {
      if (get().lost !== lost) set({ lost });
    },
  }));
}

export const viewContextStore: ViewContextStore = createViewContextStore();
