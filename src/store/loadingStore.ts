/**
 * How far the expo has loaded, from the scene file's first byte to the last model file, as one
 * percent that the loading screen, the start screen and the in-hall indicator all show (issue 12,
 * "honest loading"). A framework-free zustand store: the scene loader and the model loader write
 * it, the UI reads it with `useLoadingStore`.
 *
 * The percent is made of fixed shares, each driven by what really happened:
 *
 * | share | stage | driven by |
 * |---:|---|---|
 * | 30 | the scene file's download | bytes read against `Content-Length` (nothing until done when the length is unknown) |
 * | 10 | parsing, checking and laying out the scene | done or not (it blocks the page, so there is nothing to show in between) |
 * | 10 | the first frame of the halls | done or not |
 * | 50 | the model files | files settled (loaded or failed), each file in flight counted by its bytes read, up to 90 % of its part (decoding is the rest) |
 *
 * Fixed shares rather than one byte total: the model files' sizes are known only once each is
 * requested, and the scene's parse costs time its bytes do not tell. The percent never goes back
 * (it is the highest value reached) and is 100 only when every stage is done, so a visitor never
 * sees 100 while grey boxes still wait for their models.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface LoadingState {
  /** Bytes of the scene file read so far, and its length when the server said (`Content-Length`, unencoded). */
  sceneBytes: number;
  sceneTotalBytes: number | undefined;
  /** The scene is parsed and laid out (or failed: loading then ends at the error screen). */
  sceneParsed: boolean;
  /** The first frame with the halls has been drawn. */
  hallShown: boolean;
  /** Model files to load, undefined until the view has said how many. */
  modelFiles: number | undefined;
  /** Model files loaded or failed. */
  modelFilesSettled: number;
  /** Sum over the files in flight of the share of their bytes read (each 0…1). */
  modelFilesPartial: number;
  /** Models were still arriving when the halls were first shown (the in-hall indicator was needed). */
  modelsAfterHall: boolean;
  /** 0…100, never lower than before; 100 only when everything above is done. */
  percent: number;
}

export type LoadingStore = StoreApi<LoadingState>;

export const INITIAL_LOADING_STATE: LoadingState = {
  sceneBytes: 0,
  sceneTotalBytes: undefined,
  sceneParsed: false,
  hallShown: false,
  modelFiles: undefined,
  modelFilesSettled: 0,
  modelFilesPartial: 0,
  modelsAfterHall: false,
  percent: 0,
};

/** The shares of the percent (see the table above); they add up to 100. */
const LOADING_SHARES = { sceneBytes: 30, sceneParsed: 10, hallShown: 10, models: 50 } as const;

/** A file whose bytes have all arrived still has to be decoded: its bytes count for this much of it. */
const BYTES_SHARE_OF_A_FILE = 0.9;

/** The percent the stages of `state` are worth, before the never-go-back rule; 0…100. */
export function computeLoadingPercent(state: Omit<LoadingState, 'percent'>): number {
  const sceneFraction = state.sceneParsed ? 1 : state.sceneTotalBytes ? Math.min(state.sceneBytes / state.sceneTotalBytes, 1) : 0;
  let modelsFraction = 0;
  if (state.modelFiles !== undefined) {
    modelsFraction = state.modelFiles === 0 ? 1 : Math.min((state.modelFilesSettled + state.modelFilesPartial) / state.modelFiles, 1);
  }
  const done = state.sceneParsed && state.hallShown && state.modelFiles !== undefined && state.modelFilesSettled >= state.modelFiles;
  if (done) return 100;
  const sum =
    LOADING_SHARES.sceneBytes * sceneFraction +
    (state.sceneParsed ? LOADING_SHARES.sceneParsed : 0) +
    (state.hallShown ? LOADING_SHARES.hallShown : 0) +
    LOADING_SHARES.models * modelsFraction;
  // Not done: never shown as 100, however close.
  return Math.min(Math.floor(sum), 99);
}

export function createLoadingStore(): LoadingStore {
  return createStore<LoadingState>()(() => ({ ...INITIAL_LOADING_STATE }));
}

/** Per store: the share of bytes read of each model file in flight (mutable, never React state). */
const inFlight = new WeakMap<LoadingStore, Map<string, number>>();

function filesInFlight(store: LoadingStore): Map<string, number> {
  let files = inFlight.get(store);
  if (!files) {
    files = new Map();
    inFlight.set(store, files);
  }
  return files;
}

/** Applies `change` and raises the percent to what the new state is worth (never lowers it). */
function update(store: LoadingStore, change: Partial<Omit<LoadingState, 'percent'>>): void {
  store.setState((state) => {
    const next = { ...state, ...change };
    return { ...change, percent: Math.max(state.percent, computeLoadingPercent(next)) };
  });
}

/** Starts over: a new scene is being loaded. */
export function resetLoading(store: LoadingStore): void {
  filesInFlight(store).clear();
  store.setState({ ...INITIAL_LOADING_STATE });
}

/** `bytes` of the scene file read so far, of `totalBytes` when known. */
export function recordSceneBytes(store: LoadingStore, bytes: number, totalBytes: number | undefined): void {
  update(store, { sceneBytes: bytes, sceneTotalBytes: totalBytes });
}

/** The scene file has been read and parsed (whatever the outcome). */
export function recordSceneParsed(store: LoadingStore): void {
  update(store, { sceneParsed: true });
}

/** The first frame with the halls is on screen. */
export function recordHallShown(store: LoadingStore): void {
  const state = store.getState();
  if (state.hallShown) return;
  update(store, { hallShown: true, modelsAfterHall: state.modelFiles === undefined || state.modelFilesSettled < state.modelFiles });
}

/** The view needs `files` model files (0: none, or nothing to load them with). */
export function startModelFiles(store: LoadingStore, files: number): void {
  filesInFlight(store).clear();
  update(store, { modelFiles: files, modelFilesSettled: 0, modelFilesPartial: 0, modelsAfterHall: store.getState().hallShown && files > 0 });
}

/** `bytes` of model file `file` read, of `totalBytes` when known (unknown: it counts when it settles). */
export function recordModelBytes(store: LoadingStore, file: string, bytes: number, totalBytes: number | undefined): void {
  if (!totalBytes) return;
  const files = filesInFlight(store);
  const share = Math.min(bytes / totalBytes, 1) * BYTES_SHARE_OF_A_FILE;
  const before = files.get(file) ?? 0;
  if (share <= before) return;
  files.set(file, share);
  update(store, { modelFilesPartial: sumOf(files) });
}

/** Summed afresh (a handful of files in flight), so no rounding error builds up over hundreds of files. */
function sumOf(files: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const share of files.values()) sum += share;
  return sum;
}

/** Model file `file` has loaded or failed. */
export function recordModelFileSettled(store: LoadingStore, file: string): void {
  const files = filesInFlight(store);
  files.delete(file);
  update(store, { modelFilesSettled: store.getState().modelFilesSettled + 1, modelFilesPartial: sumOf(files) });
}

/**
 * Settles once the first frame with the halls has been drawn: what the first frame does not need
 * (labels, model files, the interface's lazy parts) starts then, and does not compete with it.
 */
export function whenHallShown(store: LoadingStore): Promise<void> {
  if (store.getState().hallShown) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((state) => {
      if (!state.hallShown) return;
      unsubscribe();
      resolve();
    });
  });
}

/** The app's one loading store. Tests make their own with `createLoadingStore`. */
export const loadingStore: LoadingStore = createLoadingStore();
