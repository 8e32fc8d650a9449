/**
 * How the exhibit model files of the shown scene are loading (every level file of every model):
 * how many were asked for, loaded and failed, and one plain-text warning per model with a failed
 * file for the warnings panel. Plain data only (the
 * UI never sees three); the 3D view writes it, the UI reads it with `useModelStore`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface ModelWarning {
  modelId: string;
  /** Files of this model that failed; past the first, the message says how many more. */
  failedFiles?: number;
  /** One sentence naming the model, its file and the reason, e.g. "model 'model-x': models/x/lod0.glb could not be loaded (HTTP 404)". */
  message: string;
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
 * Records a failed file. One warning per model keeps the panel readable when one cause breaks
 * every file (a Content-Security-Policy without 'wasm-unsafe-eval' breaks all 114); a model's
 * later failures add a count to its warning, so a broken LOD0 behind a broken LOD2 is not silent.
 */
export function recordModelFailed(store: ModelStore, warning: ModelWarning): void {
  store.setState((state) => {
    const index = state.warnings.findIndex((existing) => existing.modelId === warning.modelId);
    if (index === -1) return { failed: state.failed + 1, warnings: [...state.warnings, { ...warning, failedFiles: 1 }] };
    const warnings = state.warnings.slice();
    const existing = warnings[index] as ModelWarning;
    warnings[index] = { ...existing, failedFiles: (existing.failedFiles ?? 1) + 1 };
    return { failed: state.failed + 1, warnings };
  });
}

/** The sentence the panel shows for a model's warning. */
export function modelWarningText(warning: ModelWarning): string {
  const more = (warning.failedFiles ?? 1) - 1;
  return more === 0 ? warning.message : `${warning.message} (and ${more} more ${more === 1 ? 'file' : 'files'} of this model)`;
}

/** The app's one model store. Tests make their own with `createModelStore`. */
export const modelStore: ModelStore = createModelStore();
