/**
 * How the exhibit model files of the shown scene are loading (every level file of every model):
 * how many were asked for, loaded and failed, and one warning per model with a failed file. A
 * warning holds the model's id (the UI names its exhibits to visitors, `src/ui/modelNotice.ts`)
 * and the technical cause of each failed file (for curators: the console, and the panel on the
 * dev server only). Plain data only (the UI never sees three); the 3D view writes it, the UI reads
 * it with `useModelStore`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface ModelWarning {
  modelId: string;
  /**
   * One technical sentence per failed file of this model, in the order they failed, e.g.
   * "model 'model-x': models/x/lod0.glb could not be loaded (HTTP 404)". Never shown to visitors.
   */
  causes: string[];
}

export interface ModelStatusState {
  /** Model files the scene's exhibits need (every level of every model they use). */
  requested: number;
  loaded: number;
  /** Files that failed. */
  failed: number;
  /** One per model with a failed file, in the order the first failures arrived. */
  warnings: ModelWarning[];
}

export type ModelStore = StoreApi<ModelStatusState>;

export const INITIAL_MODEL_STATUS: ModelStatusState = { requested: 0, loaded: 0, failed: 0, warnings: [] };

export function createModelStore(): ModelStore {
  return createStore<ModelStatusState>()(() => ({ ...INITIAL_MODEL_STATUS }));
}

/** Starts over for a new scene that needs `requested` model files. */
export function resetModelStatus(store: ModelStore, requested: number): void {
  store.setState({ requested, loaded: 0, failed: 0, warnings: [] });
}

export function recordModelLoaded(store: ModelStore): void {
  store.setState((state) => ({ loaded: state.loaded + 1 }));
}

/**
 * Records a failed file of `modelId` with its technical `cause`, and returns whether it is the
 * model's first (the caller logs the cause once per model). One warning per model keeps the panel
 * readable when one cause breaks every file (a policy gap breaks all 114); a model's later
 * failures add their causes to its warning, so a broken LOD0 behind a broken LOD2 is not lost.
 */
export function recordModelFailed(store: ModelStore, modelId: string, cause: string): boolean {
  let first = false;
  store.setState((state) => {
    const index = state.warnings.findIndex((existing) => existing.modelId === modelId);
    if (index === -1) {
      first = true;
      return { failed: state.failed + 1, warnings: [...state.warnings, { modelId, causes: [cause] }] };
    }
    const warnings = state.warnings.slice();
    const existing = warnings[index] as ModelWarning;
    warnings[index] = { ...existing, causes: [...existing.causes, cause] };
    return { failed: state.failed + 1, warnings };
  });
  return first;
}

/** The app's one model store. Tests make their own with `createModelStore`. */
export const modelStore: ModelStore = createModelStore();
