import { useStore } from 'zustand';
import { navigationStore, type NavigationState } from './navigationStore';

/** A slice of the navigation store; re-renders when the slice changes. */
export function useNavigation<T>(select: (state: NavigationState) => T): T {
  return useStore(navigationStore, select);
}
