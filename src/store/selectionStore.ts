/**
 * What the visitor is looking at in a panel: the exhibit under the pointer, the exhibit they
 * clicked, tapped or travelled to, or the booth they travelled to (ids; none when undefined). One
 * panel at a time: choosing an exhibit closes a booth's panel and the other way round.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface SelectionState {
  hoveredId: string | undefined;
  /** The selected exhibit (outlined in the view, its panel open). */
  selectedId: string | undefined;
  /** The booth whose panel is open. */
  selectedBoothId: string | undefined;
  hover: (id: string | undefined) => void;
  /** Selects an exhibit (undefined: none), closing any booth panel. */
  select: (id: string | undefined) => void;
  /** Opens a booth's panel, deselecting any exhibit. */
  selectBooth: (boothId: string | undefined) => void;
  /** Closes whichever panel is open. */
  clear: () => void;
}

export type SelectionStore = StoreApi<SelectionState>;

export function createSelectionStore(): SelectionStore {
  return createStore<SelectionState>()((set, get) => ({
    hoveredId: undefined,
    selectedId: undefined,
    selectedBoothId: undefined,
    // Pointer moves are frequent: only a change of exhibit is a new state.
    hover: (id) => {
      if (get().hoveredId !== id) set({ hoveredId: id });
    },
    select: (id) => {
      if (get().selectedId !== id || get().selectedBoothId !== undefined) set({ selectedId: id, selectedBoothId: undefined });
    },
    selectBooth: (boothId) => {
      if (get().selectedBoothId !== boothId || get().selectedId !== undefined) set({ selectedBoothId: boothId, selectedId: undefined });
    },
    clear: () => {
      if (get().selectedId !== undefined || get().selectedBoothId !== undefined) set({ selectedId: undefined, selectedBoothId: undefined });
    },
  }));
}

export const selectionStore: SelectionStore = createSelectionStore();
