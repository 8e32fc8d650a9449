/**
 * Whether this page may compile WebAssembly, asked quietly before a decoder tries.
 *
 * Both model decoders are WebAssembly: Draco's in a blob worker, meshopt's on the main thread. A
 * Content-Security-Policy whose `script-src` lacks 'wasm-unsafe-eval' blocks both. Measured in
 * headless Chromium with the README's policy: the Draco worker aborts with an uncaught
 * `RuntimeError` per worker and never answers, so every Draco model hung until the loader's
 * timeout; the meshopt module's import-time compile would report a violation on the document.
 * A blob worker inherits the page's policy, so compiling the 8-byte empty module inside one, in a
 * `try`, answers the question for both without an uncaught error or a document-level violation.
 */

/** The smallest valid module: magic "\0asm" and version 1. */
const EMPTY_MODULE = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

const PROBE_SOURCE = `try { new WebAssembly.Module(new Uint8Array([${EMPTY_MODULE.join(',')}])); postMessage(true); } catch (error) { postMessage(false); }`;

/** Give up on a probe worker that does not answer (it should take milliseconds). */
const PROBE_TIMEOUT_MS = 5_000;

/**
 * Resolves `true` when WebAssembly can be compiled in a worker of this page (and so, under the
 * same policy, on the main thread); never rejects. Without `Worker` (Node), it only asks whether
 * WebAssembly exists.
 */
export function probeWebAssembly(): Promise<boolean> {
  if (typeof WebAssembly !== 'object') return Promise.resolve(false);
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof URL.createObjectURL !== 'function') return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    let url: string | undefined;
    let worker: Worker | undefined;
    const finish = (answer: boolean): void => {
      clearTimeout(timer);
      worker?.terminate();
      if (url) URL.revokeObjectURL(url);
      resolve(answer);
    };
    const timer = setTimeout(() => finish(false), PROBE_TIMEOUT_MS);
    try {
      url = URL.createObjectURL(new Blob([PROBE_SOURCE], { type: 'text/javascript' }));
      worker = new Worker(url);
      worker.onmessage = (event: MessageEvent<unknown>) => finish(event.data === true);
      worker.onerror = (event) => {
        event.preventDefault();
        finish(false);
      };
    } catch {
      // worker-src forbids blob: workers; DRACOLoader could not start its workers either.
      finish(false);
    }
  });
}
