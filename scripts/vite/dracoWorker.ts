/**
 * The Draco decoder's worker as a file of this site, `draco/draco_worker.js`, served in dev and
 * emitted into the build.
 *
 * three's DRACOLoader builds its worker at run time from the decoder's JavaScript and its own
 * `DRACOWorker` function, as a blob: URL, so a Content-Security-Policy with `worker-src 'self'`
 * (no `blob:`) refuses it (issue 11). This file is the same text three would put in the blob
 * (three's own worker code, taken from the installed DRACOLoader so it always matches its message
 * protocol), plus an answer to the app's `probe` message (`src/render/probeDecoderWorker.ts`).
 * The decoder's `.wasm` is still fetched by the page and handed to the worker in its `init`
 * message, as DRACOLoader does, so the worker needs no `importScripts` (a Trusted Types sink).
 *
 * Approaches weighed: a Vite module worker of our own importing the decoder (the decoder is an
 * Emscripten script defining a global, not a module: it would need a CommonJS shim, and our copy
 * of the protocol could drift from three's); a worker doing `importScripts('draco_wasm_wrapper.js')`
 * (one more request, and a Trusted Types sink inside the worker). The concatenation keeps three's
 * code as it is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Where the app's DRACOLoader looks for the worker, relative to its decoder folder. */
export const DRACO_WORKER_FILE = 'draco_worker.js';

/** The Draco decoder folder inside `public/` and the site. */
const DRACO_FOLDER = 'draco';

/**
 * The probe answer: can this worker run (it answers at all) and compile WebAssembly under its own
 * policy. Any other message goes to three's handler.
 */
const PROBE_HANDLER = `
/* probe: the app asks once whether this worker runs and may compile WebAssembly */
(function () {
\tvar decode = self.onmessage;
\tself.onmessage = function ( event ) {
\t\tif ( event.data && event.data.type === 'probe' ) {
\t\t\tvar wasm = false;
\t\t\ttry { new WebAssembly.Module( new Uint8Array( [ 0, 97, 115, 109, 1, 0, 0, 0 ] ) ); wasm = true; } catch ( error ) { wasm = false; }
\t\t\tself.postMessage( { type: 'probe', wasm: wasm } );
\t\t\treturn;
\t\t}
\t\tdecode.call( self, event );
\t};
})();
`;

/**
 * The body of three's `DRACOWorker` function, cut from DRACOLoader's source the way DRACOLoader
 * cuts it from `DRACOWorker.toString()`. Throws if three's file no longer has it.
 */
export function dracoWorkerBody(dracoLoaderSource: string): string {
  const start = dracoLoaderSource.indexOf('function DRACOWorker()');
  const end = dracoLoaderSource.indexOf('\nexport {', start);
  if (start === -1 || end === -1) throw new Error('three/examples/jsm/loaders/DRACOLoader.js has no DRACOWorker function: update scripts/vite/dracoWorker.ts');
  const fn = dracoLoaderSource.slice(start, end);
  return fn.substring(fn.indexOf('{') + 1, fn.lastIndexOf('}'));
}

/** The worker file: the decoder, three's worker code and the probe answer. */
export function buildDracoWorkerSource(decoderSource: string, dracoLoaderSource: string): string {
  return ['/* Draco decoder worker of the cloud expo: see scripts/vite/dracoWorker.ts */', '/* draco decoder */', decoderSource, '', '/* worker */', dracoWorkerBody(dracoLoaderSource), PROBE_HANDLER].join('\n');
}

/** Serves `draco/draco_worker.js` in dev and emits it into the build, made from `public/draco/` and three. */
export function dracoWorker(root = process.cwd()): Plugin {
  const source = (): string => {
    const decoder = readFileSync(resolve(root, 'public', DRACO_FOLDER, 'draco_wasm_wrapper.js'), 'utf8');
    const loader = readFileSync(createRequire(resolve(root, 'package.json')).resolve('three/examples/jsm/loaders/DRACOLoader.js'), 'utf8');
    return buildDracoWorkerSource(decoder, loader);
  };
  return {
    name: 'cloud-expo:draco-worker',
    configureServer(server) {
      server.middlewares.use(`/${DRACO_FOLDER}/${DRACO_WORKER_FILE}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `${DRACO_FOLDER}/${DRACO_WORKER_FILE}`, source: source() });
    },
  };
}
