/**
 * Loads the models a scene uses, a few files at a time, and reports each model as it settles.
 *
 * Bounded at 6 files in flight: the browser's own per-host limit over HTTP/1.1, so no request waits
 * in the browser's queue where it could not be cancelled, and a hall of 38 models does not start 38
 * decodes at once on a two-core tablet. Models sharing a file load it once. Nothing here waits on
 * the first frame: the halls are drawn with placeholders and each model replaces its boxes as it
 * arrives.
 *
 * Files start in the order given: the view lists every model's coarsest level first (LOD2 of all
 * models, then LOD1, then LOD0; `createExhibitBatches`), so the whole hall turns from boxes into
 * models early and detail follows, instead of one model at full detail while the rest stay boxes.
 */
import type { OnBytes } from '../scene/readResponseBytes';
import { disposeLoadedModel, type LoadedModel } from './loadedModel';
import { describeModelFailure, errorDetail, ModelLoadError } from './modelFailure';

/** A model to load: its scene id and its LOD0 file, relative to the page. */
export interface ModelRequest {
  modelId: string;
  file: string;
}

export type ModelResult =
  | { ok: true; modelId: string; file: string; model: LoadedModel }
  | { ok: false; modelId: string; file: string; error: ModelLoadError; message: string };

export interface LoadModelsOptions {
  /**
   * Loads one file; rejects with a `ModelLoadError` (anything else is reported as damaged). Tells
   * `onBytes` as the file's bytes arrive, when it can.
   */
  loadFile: (file: string, signal: AbortSignal, onBytes?: OnBytes) => Promise<LoadedModel>;
  /** Called once per request, in the order files settle; never after `cancel`. */
  onResult: (result: ModelResult) => void;
  /** Bytes of `file` read so far (the loading percent); never after `cancel`. */
  onFileBytes?: (file: string, bytes: number, totalBytes: number | undefined) => void;
  /** Called once per distinct file when it has loaded or failed, before its `onResult`s; never after `cancel`. */
  onFileSettled?: (file: string) => void;
  /** Files in flight at most (default 6). */
  concurrency?: number;
}

export interface ModelLoading {
  /** Settles when every request has been reported, or soon after `cancel`. */
  done: Promise<void>;
  /** Stops: aborts requests in flight, starts no more, reports nothing more. */
  cancel: () => void;
}

export const DEFAULT_MODEL_CONCURRENCY = 6;

/** How many distinct files `requests` name (models sharing a file load it once). */
export function countModelFiles(requests: readonly ModelRequest[]): number {
  return new Set(requests.map((request) => request.file)).size;
}

/**
 * Starts loading `requests`. A model arriving after `cancel` is not reported but freed.
 */
export function loadModels(requests: readonly ModelRequest[], options: LoadModelsOptions): ModelLoading {
  const controller = new AbortController();
  const byFile = new Map<string, ModelRequest[]>();
  for (const request of requests) {
    const list = byFile.get(request.file);
    if (list) list.push(request);
    else byFile.set(request.file, [request]);
  }
  // A Map keeps the order in which files were first asked for.
  const files = [...byFile.keys()];
  let next = 0;

  const report = (file: string, outcome: { model: LoadedModel } | { error: ModelLoadError }): void => {
    if (controller.signal.aborted) return;
    options.onFileSettled?.(file);
    for (const request of byFile.get(file) ?? []) {
      if (controller.signal.aborted) return;
      if ('model' in outcome) {
        options.onResult({ ok: true, modelId: request.modelId, file, model: outcome.model });
      } else {
        options.onResult({ ok: false, modelId: request.modelId, file, error: outcome.error, message: describeModelFailure(request.modelId, file, outcome.error) });
      }
    }
  };

  const worker = async (): Promise<void> => {
    while (next < files.length && !controller.signal.aborted) {
      const file = files[next] as string;
      next += 1;
      try {
        const onFileBytes = options.onFileBytes;
        const onBytes: OnBytes | undefined = onFileBytes
          ? (bytes, totalBytes) => {
              if (!controller.signal.aborted) onFileBytes(file, bytes, totalBytes);
            }
          : undefined;
        const model = await options.loadFile(file, controller.signal, onBytes);
        if (controller.signal.aborted) {
          disposeLoadedModel(model);
          return;
        }
        report(file, { model });
      } catch (reason) {
        if (controller.signal.aborted) return;
        report(file, { error: reason instanceof ModelLoadError ? reason : new ModelLoadError('damaged', errorDetail(reason)) });
      }
    }
  };

  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_MODEL_CONCURRENCY));
  const workers = Array.from({ length: Math.min(concurrency, files.length) }, () => worker());
  return {
    done: Promise.all(workers).then(() => undefined),
    cancel: () => controller.abort(new DOMException('model loading was cancelled', 'AbortError')),
  };
}
