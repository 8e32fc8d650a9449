import { useStore } from 'zustand';
import { viewContextStore } from './viewContextStore';

/** Whether the 3D view's WebGL context is lost right now; re-renders when that changes. */
export function useViewContextLost(): boolean {
  return useStore(viewContextStore, (state) => state.lost);
}
