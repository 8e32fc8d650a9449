/** The exhibit under the pointer and the one the visitor clicked or tapped (ids; none when undefined). */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface SelectionState {
  hoveredId: string | undefined;
  selectedId: string | undefined;
  hover: (id: string | undefined) => void;
  select: (id: string | undefined) => void;
}

export type SelectionStore = StoreApi<SelectionState>;

export function createSelectionStore(): SelectionStore {
  return createStore<SelectionState>()((set, get) => ({
    hoveredId: undefined,
    selectedId: undefined,
    // Pointer moves are frequent: only a change of exhibit is a new state.
    hover: (id) => {
      if (get().hoveredId !== id) set({ hoveredId: id });
    },
    select: (id) => {
      if (get().selectedId !== id) set({ selectedId: id });
    },
  }));
}

export const selectionStore: SelectionStore = createSelectionStore();
