import { useStore } from 'zustand';
import { modelStore, type ModelStatusState } from './modelStore';

/** Reads a slice of the model loading status and re-renders when it changes. */
export function useModelStore<T>(selector: (state: ModelStatusState) => T): T {
  return useStore(modelStore, selector);
}
