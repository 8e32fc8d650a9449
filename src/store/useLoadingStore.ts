import { useStore } from 'zustand';
import { loadingStore, type LoadingState } from './loadingStore';

/** Reads a slice of the expo's loading progress and re-renders when it changes. */
export function useLoadingStore<T>(selector: (state: LoadingState) => T): T {
  return useStore(loadingStore, selector);
}
