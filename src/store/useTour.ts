import { useStore } from 'zustand';
import { tourStore, type TourState } from './tourStore';

/** A slice of the tour store; re-renders when the slice changes. */
export function useTour<T>(select: (state: TourState) => T): T {
  return useStore(tourStore, select);
}
