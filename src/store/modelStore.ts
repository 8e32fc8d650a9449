/**
 * How the exhibit model files of the shown scene are loading (every level file of every model):
 * how many were asked for, loaded and failed, and one plain-text warning per failed file for the
 * warnings panel. Plain data only (the
 * UI never sees three); the 3D view writes it, the UI reads it with `useModelStore`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface ModelWarning {
  modelId: string;
  /** One sentence naming the model, its file and the reason, e.g. "model 'model-x': models/x/lod0.glb could not be loaded (HTTP 404)". */
  message: string;
}

export interface ModelStatusState {
  /** Model files the scene's exhibits need (every level of every model they use). */
  requested: number;
  loaded: number;
  failed: number;
  /** In the order the failures arrived. */
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
 * Adds a failed file's warning. Each file counts once: a curator needs to hear about every broken
 * level, since a model whose other levels loaded still shows, only coarser or finer than it should.
 */
export function recordModelFailed(store: ModelStore, warning: ModelWarning): void {
  store.setState((state) =>
    state.warnings.some((existing) => existing.message === warning.message)
      ? state
      : { failed: state.failed + 1, warnings: [...state.warnings, warning] },
  );
}

/** The app's one model store. Tests make their own with `createModelStore`. */
export const modelStore: ModelStore = createModelStore();
