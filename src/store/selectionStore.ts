/**
 * What the visitor is looking at in a panel: the exhibit under the pointer, the exhibit they
 * clicked, tapped or travelled to, the booth they travelled to, or the exhibitor they asked about
 * from a panel (ids; none when undefined). One panel at a time: choosing one closes the others,
 * so panels never stack over the view (on a tablet there is room for one).
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
  /** The exhibitor whose panel is open. */
  selectedExhibitorId: string | undefined;
  /** Opens an exhibitor's panel, closing an exhibit's or a booth's. */
  selectExhibitor: (exhibitorId: string | undefined) => void;
  /** Closes whichever panel is open. */
  clear: () => void;
}

export type SelectionStore = StoreApi<SelectionState>;

export function createSelectionStore(): SelectionStore {
  return createStore<SelectionState>()((set, get) => ({
    hoveredId: undefined,
    selectedId: undefined,
    selectedBoothId: undefined,
    selectedExhibitorId: undefined,
    // Pointer moves are frequent: only a change of exhibit is a new state.
    hover: (id) => {
      if (get().hoveredId !== id) set({ hoveredId: id });
    },
    select: (id) => {
      const state = get();
      if (state.selectedId !== id || state.selectedBoothId !== undefined || state.selectedExhibitorId !== undefined) {
        set({ selectedId: id, selectedBoothId: undefined, selectedExhibitorId: undefined });
      }
    },
    selectBooth: (boothId) => {
      const state = get();
      if (state.selectedBoothId !== boothId || state.selectedId !== undefined || state.selectedExhibitorId !== undefined) {
        set({ selectedBoothId: boothId, selectedId: undefined, selectedExhibitorId: undefined });
      }
    },
    selectExhibitor: (exhibitorId) => {
      const state = get();
      if (state.selectedExhibitorId !== exhibitorId || state.selectedId !== undefined || state.selectedBoothId !== undefined) {
        set({ selectedExhibitorId: exhibitorId, selectedId: undefined, selectedBoothId: undefined });
      }
    },
    clear: () => {
      const state = get();
      if (state.selectedId !== undefined || state.selectedBoothId !== undefined || state.selectedExhibitorId !== undefined) {
        set({ selectedId: undefined, selectedBoothId: undefined, selectedExhibitorId: undefined });
      }
    },
  }));
}

export const selectionStore: SelectionStore = createSelectionStore();
