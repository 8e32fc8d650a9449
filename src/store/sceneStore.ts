/**
 * The scene being shown: where it came from, how loading went, and what the validator said.
 * A framework-free zustand store (the React hook is `useSceneStore`), so the loader and its tests
 * never need React.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Diagnostic, DiagnosticCounts, LaidOutScene } from '../scene';

export type SceneStatus = 'loading' | 'ready' | 'error';

export interface SceneState {
  status: SceneStatus;
  /** The scene file as the visitor asked for it, e.g. `scenes/mianyang-2023.json`. */
  file: string;
  /** Present when the file parsed into a scene (it may still have errors). */
  layout: LaidOutScene | undefined;
  /** Errors first, then warnings, each with line:column; at most the validator's cap. */
  diagnostics: Diagnostic[];
  /** Every problem found, including those beyond the cap, so the screen can say how many it shows. */
  diagnosticTotals: DiagnosticCounts;
  /** Why the file could not be read at all (refused, not found, network); undefined otherwise. */
  loadError: string | undefined;
}

export type SceneStore = StoreApi<SceneState>;

export const INITIAL_SCENE_STATE: SceneState = {
  status: 'loading',
  file: '',
  layout: undefined,
  diagnostics: [],
  diagnosticTotals: { errors: 0, warnings: 0 },
  loadError: undefined,
};

/** A scene store, `loading` unless told otherwise. */
export function createSceneStore(initial: Partial<SceneState> = {}): SceneStore {
  return createStore<SceneState>()(() => ({ ...INITIAL_SCENE_STATE, ...initial }));
}

/** The app's one scene store. Tests make their own with `createSceneStore`. */
export const sceneStore: SceneStore = createSceneStore();
