/**
 * Loads one model file: fetch it from this site, check it is glTF (`inspectGltfBytes`), parse it
 * (`createGltfParser`) and keep its meshes (`extractModelParts`). Every failure ends as a
 * `ModelLoadError` with a reason in plain words; an abort ends as the signal's reason.
 *
 * The file is fetched here rather than by GLTFLoader's FileLoader so the HTTP status and
 * Content-Type are at hand for the message, so a file is parsed only once it is whole, and so its
 * bytes can be counted as they arrive (the loading percent, issue 12).
 *
 * The app imports this module lazily (`useExpoModels`): with GLTFLoader and DRACOLoader it is
 * JavaScript the first frame does not need.
 */
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { readResponseBytes, type OnBytes } from '../scene/readResponseBytes';
import { createGltfParser, type GltfParserOptions } from './createGltfParser';
import { inspectGltfBytes } from './inspectGltfBytes';
import { disposeLoadedModel, extractModelParts, type LoadedModel } from './loadedModel';
import { errorDetail, ModelLoadError } from './modelFailure';

export interface ModelFileLoaderOptions extends GltfParserOptions {
  /** The page's address (`document.baseURI`): model paths are relative to it. */
  pageUrl: string;
  /** `window.fetch` in the app; a fake in tests. */
  fetch?: typeof fetch;
  /**
   * Give up on a file after this long (default 60 s): a decoder that hangs for a reason the probes
   * did not foresee turns into a warning, not an endless wait.
   */
  timeoutMs?: number;
}

export interface ModelFileLoader {
  /**
   * Loads `file` (relative to the page); rejects with `ModelLoadError` or the signal's reason.
   * Tells `onBytes` as the file's bytes arrive.
   */
  load: (file: string, signal: AbortSignal, onBytes?: OnBytes) => Promise<LoadedModel>;
  dispose: () => void;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** A loader of model files sharing one GLTFLoader and Draco worker pool. */
export function createModelFileLoader(options: ModelFileLoaderOptions): ModelFileLoader {
  const parser = createGltfParser({
    // Resolved against the page, not the module: `base: './'` serves the app from any folder.
    dracoPath: new URL(options.dracoPath ?? 'draco/', options.pageUrl).href,
    ...(options.dracoWorkers === undefined ? {} : { dracoWorkers: options.dracoWorkers }),
    ...(options.probeDecoder === undefined ? {} : { probeDecoder: options.probeDecoder }),
  });
  const fetchFile = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const page = new URL(options.pageUrl);

  async function loadUnbounded(file: string, signal: AbortSignal, onBytes: OnBytes | undefined): Promise<LoadedModel> {
    const url = new URL(file, page);
    if (url.origin !== page.origin) throw new ModelLoadError('refused', `this address points to ${url.origin}`);

    let response: Response;
    try {
      response = await fetchFile(url.href, { credentials: 'same-origin', signal });
    } catch (reason) {
      signal.throwIfAborted();
      throw new ModelLoadError('network', errorDetail(reason));
    }
    if (!response.ok) {
      throw new ModelLoadError('http', `HTTP ${response.status}${response.status === 404 ? '' : response.statusText ? ` ${response.statusText}` : ''}`);
    }
    let buffer: ArrayBuffer;
    try {
      const bytes = await readResponseBytes(response, onBytes);
      // The parser wants a buffer of exactly the file (a single chunk may be a view into a larger one).
      buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
    } catch (reason) {
      signal.throwIfAborted();
      throw new ModelLoadError('network', `the download broke off: ${errorDetail(reason)}`);
    }
    const facts = inspectGltfBytes(buffer, response.headers.get('content-type') ?? '');

    let gltf: GLTF;
    try {
      gltf = await parser.parse(buffer, url.href, facts);
    } catch (reason) {
      if (reason instanceof ModelLoadError) throw reason;
      throw new ModelLoadError('damaged', errorDetail(reason));
    }
    // A glTF with no scene (or whose scene is not a node tree) has nothing to draw; without this
    // check extractModelParts throws "Cannot read properties of undefined (reading 'updateMatrixWorld')".
    if (!gltf.scene) throw new ModelLoadError('empty');
    let model: LoadedModel;
    try {
      model = extractModelParts(gltf.scene);
    } catch (reason) {
      if (reason instanceof ModelLoadError) throw reason;
      throw new ModelLoadError('damaged', errorDetail(reason));
    }
    if (signal.aborted) {
      disposeLoadedModel(model);
      signal.throwIfAborted();
    }
    return model;
  }

  return {
    load(file, signal, onBytes) {
      return withTimeout(loadUnbounded(file, signal, onBytes), timeoutMs, signal);
    },
    dispose() {
      parser.dispose();
    },
  };
}

/**
 * Settles with `work`, or rejects after `timeoutMs` with a `timeout` error (and disposes what `work`
 * may still deliver), or with the signal's reason when aborted first.
 */
function withTimeout(work: Promise<LoadedModel>, timeoutMs: number, signal: AbortSignal): Promise<LoadedModel> {
  return new Promise<LoadedModel>((resolve, reject) => {
    let settled = false;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = (): void => {
      if (finish()) reject(signal.reason);
    };
    const timer = setTimeout(() => {
      if (finish()) reject(new ModelLoadError('timeout', `loading and decoding took longer than ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();
    work.then(
      (model) => {
        if (finish()) resolve(model);
        else disposeLoadedModel(model);
      },
      (reason: unknown) => {
        if (finish()) reject(reason);
      },
    );
  });
}
