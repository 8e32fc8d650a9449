import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { ExpoView } from '../render/createExpoView';
import type { ModelFileLoader } from '../render/createModelFileLoader';
import { countModelFiles, loadModels } from '../render/loadModels';
import { errorDetail, ModelLoadError } from '../render/modelFailure';
import { loadingStore, recordModelBytes, recordModelFileSettled, startModelFiles, whenHallShown, type LoadingStore } from '../store/loadingStore';
import { recordModelFailed, recordModelLoaded, resetModelStatus, type ModelStore } from '../store/modelStore';
import type { RenderStats } from '../store/renderStats';

/**
 * Makes the loader of model files: `undefined` where there is no page to load from (Node tests),
 * else the loader or a promise of it (the page's is imported lazily).
 */
export type CreateModelLoader = () => ModelFileLoader | Promise<ModelFileLoader> | undefined;

/**
 * The app's loader: files relative to the page, the Draco decoder from this site's `draco/`.
 * Imported once the first frame of the halls is drawn, not with the page: GLTFLoader, DRACOLoader
 * and the glTF checks are JavaScript the first frame does not need, and model downloads and
 * decodes would compete with it (issue 12). The halls show placeholder boxes until then.
 */
export const createPageModelLoader: CreateModelLoader = () =>
  typeof document === 'undefined'
    ? undefined
    : whenHallShown(loadingStore)
        .then(() => import('../render/createModelFileLoader'))
        .then(({ createModelFileLoader }) => createModelFileLoader({ pageUrl: document.baseURI }));

/**
 * Loads the models of `view`'s exhibits after the view is shown (the first frame never waits for
 * them), hands each arrival to the view and asks for a frame, and records loads and failures in
 * `store` (warnings for the UI, with each failure's technical cause), `stats` (counters for tests)
 * and `progress` (bytes and files, the loading percent). The first failure of each model is also
 * logged with `console.warn`, for curators of a deployed site, where the panel tells visitors only
 * which exhibits show a stand-in. Cancels and frees everything when the view changes or the
 * component unmounts. `createLoader` must keep its identity between renders.
 */
export function useExpoModels(
  view: ExpoView,
  store: ModelStore,
  stats: RenderStats,
  createLoader: CreateModelLoader = createPageModelLoader,
  progress: LoadingStore = loadingStore,
): void {
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    const made = createLoader();
    const requests = made ? view.modelRequests : [];
    resetModelStatus(store, requests.length);
    startModelFiles(progress, countModelFiles(requests));
    stats.modelsRequested = requests.length;
    stats.modelsLoaded = 0;
    stats.modelsFailed = 0;
    stats.modelsDrawn = 0;
    if (!made) return undefined;
    // The loader's own code arrives after the first frame; files wait for it, and if it cannot be
    // fetched (offline after the page loaded) each file fails as a network error: boxes stay.
    const ready = Promise.resolve(made);
    const loadFile: ModelFileLoader['load'] = (file, signal, onBytes) =>
      ready.then(
        (loader) => loader.load(file, signal, onBytes),
        (reason: unknown) => {
          throw new ModelLoadError('network', `the model loader could not be loaded: ${errorDetail(reason)}`);
        },
      );
    const loading = loadModels(requests, {
      loadFile,
      onFileBytes: (file, bytes, totalBytes) => recordModelBytes(progress, file, bytes, totalBytes),
      onFileSettled: (file) => recordModelFileSettled(progress, file),
      onResult: (result) => {
        if (result.ok) {
          view.showModel(result.modelId, result.file, result.model);
          recordModelLoaded(store);
          stats.modelsLoaded += 1;
        } else {
          // For curators: the technical cause, once per model (the panel shows it on the dev server only).
          if (recordModelFailed(store, result.modelId, result.message)) console.warn(result.message);
          stats.modelsFailed += 1;
        }
        // On-demand rendering: the change shows in the next frame only if one is asked for.
        invalidate();
      },
    });
    return () => {
      loading.cancel();
      void ready.then(
        (loader) => loader.dispose(),
        () => undefined,
      );
      // No warnings of this scene may show with the next one.
      resetModelStatus(store, 0);
    };
  }, [view, store, stats, createLoader, invalidate, progress]);
}
