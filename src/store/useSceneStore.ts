import { useStore } from 'zustand';
import { sceneStore, type SceneState } from './sceneStore';

/** Reads a slice of the scene store and re-renders when it changes. */
export function useSceneStore<T>(selector: (state: SceneState) => T): T {
  return useStore(sceneStore, selector);
}
