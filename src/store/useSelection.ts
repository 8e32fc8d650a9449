import { useStore } from 'zustand';
import { selectionStore } from './selectionStore';

/** The selected exhibit id and the means to clear or change it. */
export function useSelectedExhibit(): [string | undefined, (id: string | undefined) => void] {
  const selectedId = useStore(selectionStore, (state) => state.selectedId);
  const select = useStore(selectionStore, (state) => state.select);
  return [selectedId, select];
}

/** The booth whose panel is open, if any. */
export function useSelectedBooth(): string | undefined {
  return useStore(selectionStore, (state) => state.selectedBoothId);
}

/** The exhibitor whose panel is open, if any. */
export function useSelectedExhibitor(): string | undefined {
  return useStore(selectionStore, (state) => state.selectedExhibitorId);
}
