/**
 * three's DRACOLoader with its workers started from a file of this site (`draco/draco_worker.js`,
 * made by `scripts/vite/dracoWorker.ts`) instead of a blob: URL, so that a Content-Security-Policy
 * with `worker-src 'self'` (no `blob:`) and `require-trusted-types-for 'script'` lets it run
 * (issue 11).
 *
 * DRACOLoader builds the blob in `_initDecoder` and starts workers from `workerSourceURL` in
 * `_getWorker`; only `_initDecoder` is replaced here: it still fetches the `.wasm` for the workers'
 * `init` message, and sets `workerSourceURL` to the worker file (as a TrustedScriptURL where the
 * page requires Trusted Types). Everything else, the pool, the message protocol and the geometry,
 * stays three's. `tests/render/createDracoLoader.test.ts` fails if three renames what is replaced.
 */
import { DRACOLoader } from 'three/examples/jsm/loaders/DRACOLoader.js';
import { trustedScriptUrl, type ScriptUrl } from './trustedScriptUrl';

export interface DracoLoaderOptions {
  /** Absolute address of the folder holding `draco_worker.js` and `draco_decoder.wasm`. */
  decoderPath: string;
  /** Decoding workers at most. */
  workerLimit: number;
  /** Makes the worker's address acceptable to `new Worker` (default `trustedScriptUrl`). */
  toScriptUrl?: (url: string) => ScriptUrl;
}

/** The worker file and the decoder binary, relative to the decoder folder. */
export const DRACO_WORKER_FILE = 'draco_worker.js';
export const DRACO_WASM_FILE = 'draco_decoder.wasm';

/** DRACOLoader's internals this module relies on (three 0.187; not in its type declarations). */
interface DracoLoaderInternals {
  decoderConfig: { wasmBinary?: ArrayBuffer };
  decoderPending: Promise<void> | null;
  workerSourceURL: ScriptUrl;
  _loadLibrary: (url: string, responseType: 'arraybuffer' | 'text') => Promise<unknown>;
  _initDecoder: () => Promise<void>;
}

/** The address of the worker file under `decoderPath`. */
export function dracoWorkerUrl(decoderPath: string): string {
  return new URL(DRACO_WORKER_FILE, decoderPath).href;
}

/** A DRACOLoader whose workers run `draco_worker.js` from `decoderPath`. */
export function createDracoLoader(options: DracoLoaderOptions): DRACOLoader {
  const loader = new DRACOLoader().setDecoderPath(options.decoderPath).setWorkerLimit(options.workerLimit);
  const internals = loader as unknown as DracoLoaderInternals;
  if (typeof internals._initDecoder !== 'function' || typeof internals._loadLibrary !== 'function') {
    throw new Error('three\'s DRACOLoader no longer has _initDecoder/_loadLibrary: update src/render/createDracoLoader.ts');
  }
  const toScriptUrl = options.toScriptUrl ?? trustedScriptUrl;
  internals._initDecoder = function initDecoder(): Promise<void> {
    internals.decoderPending ??= internals._loadLibrary(new URL(DRACO_WASM_FILE, options.decoderPath).href, 'arraybuffer').then((wasm) => {
      internals.decoderConfig.wasmBinary = wasm as ArrayBuffer;
      internals.workerSourceURL = toScriptUrl(dracoWorkerUrl(options.decoderPath));
    });
    return internals.decoderPending;
  };
  const dispose = loader.dispose.bind(loader);
  loader.dispose = () => {
    // DRACOLoader revokes `workerSourceURL` as a blob: URL; ours is a file, nothing to revoke.
    internals.workerSourceURL = '';
    return dispose();
  };
  return loader;
}
