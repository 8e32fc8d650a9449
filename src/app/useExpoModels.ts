import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { ExpoView } from '../render/createExpoView';
import { createModelFileLoader, type ModelFileLoader } from '../render/createModelFileLoader';
import { loadModels } from '../render/loadModels';
import { recordModelFailed, recordModelLoaded, resetModelStatus, type ModelStore } from '../store/modelStore';
import type { RenderStats } from '../store/renderStats';

/** Makes the loader of model files; `undefined` where there is no page to load from (Node tests). */
export type CreateModelLoader = () => ModelFileLoader | undefined;

/** The app's loader: files relative to the page, the Draco decoder from this site's `draco/`. */
export const createPageModelLoader: CreateModelLoader = () =>
  typeof document === 'undefined' ? undefined : createModelFileLoader({ pageUrl: document.baseURI });

/**
 * Loads the models of `view`'s exhibits after the view is shown (the first frame never waits for
 * them), hands each arrival to the view and asks for a frame, and records loads and failures in
 * `store` (warnings for the UI, with each failure's technical cause) and `stats` (counters for
 * tests). The first failure of each model is also logged with `console.warn`, for curators of a
 * deployed site, where the panel tells visitors only which exhibits show a stand-in. Cancels and frees everything when
 * the view changes or the component unmounts. `createLoader` must keep its identity between renders.
 */
export function useExpoModels(view: ExpoView, store: ModelStore, stats: RenderStats, createLoader: CreateModelLoader = createPageModelLoader): void {
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    const loader = createLoader();
    const requests = loader ? view.modelRequests : [];
    resetModelStatus(store, requests.length);
    stats.modelsRequested = requests.length;
    stats.modelsLoaded = 0;
    stats.modelsFailed = 0;
    stats.modelsDrawn = 0;
    if (!loader) return undefined;
    const loading = loadModels(requests, {
      loadFile: loader.load,
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
      loader.dispose();
      // No warnings of this scene may show with the next one.
      resetModelStatus(store, 0);
    };
  }, [view, store, stats, createLoader, invalidate]);
}
