/**
 * The browser half of `npm run bench:models`: parses already-fetched model files with three's
 * GLTFLoader, configured as the app configures it (Draco from this site's `draco/` folder with two
 * workers, meshopt from three's bundled decoder), and reports wall times in milliseconds.
 *
 * Draco decodes in web workers: a parse is timed from `parseAsync` to its result, including the
 * round trip to the worker, which is what a visitor waits for. Decoder start-up (fetching and
 * compiling the decoder, starting the workers) is timed apart from steady-state decoding.
 */
import type { BufferGeometry, Mesh, Object3D } from 'three';
import { DRACOLoader } from 'three/examples/jsm/loaders/DRACOLoader.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

export type BenchCodec = 'none' | 'draco' | 'meshopt' | 'meshoptMedium';

const CODECS: readonly BenchCodec[] = ['none', 'draco', 'meshopt', 'meshoptMedium'];

export interface BenchFile {
  url: string;
  codec: BenchCodec;
}

export interface BenchConfig {
  files: BenchFile[];
  /** Timed parses per file after the warm-up round. */
  repetitions: number;
  /** Timed rounds of "every file of a codec at once". */
  batchRepetitions: number;
  dracoWorkers: number;
}

export interface BenchResult {
  /** Per file URL: the timed parse durations, ms. */
  parseMs: Record<string, number[]>;
  /** Per codec: wall time of parsing every file of the codec at once, one entry per round, ms. */
  batchMs: Record<BenchCodec, number[]>;
  startup: {
    /** Draco: first parse with a fresh loader (fetch + compile the decoder, start a worker, decode), and its file. */
    dracoFirstParseMs: number;
    dracoFirstFile: string;
    /** meshopt: importing the decoder module and compiling its WebAssembly (`MeshoptDecoder.ready`). */
    meshoptReadyMs: number;
    /** meshopt: the first parse after that, and its file. */
    meshoptFirstParseMs: number;
    meshoptFirstFile: string;
  };
  userAgent: string;
  hardwareConcurrency: number;
}

function disposeScene(root: Object3D): void {
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (mesh.isMesh) (mesh.geometry as BufferGeometry).dispose();
  });
}

async function timedParse(loader: GLTFLoader, buffer: ArrayBuffer): Promise<number> {
  // A fresh copy each time: nothing may be cached by buffer identity.
  const copy = buffer.slice(0);
  const started = performance.now();
  const gltf = await loader.parseAsync(copy, '');
  const elapsed = performance.now() - started;
  disposeScene(gltf.scene);
  return elapsed;
}

async function run(config: BenchConfig): Promise<BenchResult> {
  const buffers = new Map<string, ArrayBuffer>();
  await Promise.all(
    config.files.map(async (file) => {
      const response = await fetch(file.url);
      if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
      buffers.set(file.url, await response.arrayBuffer());
    }),
  );
  const buffer = (url: string): ArrayBuffer => {
    const found = buffers.get(url);
    if (!found) throw new Error(`not fetched: ${url}`);
    return found;
  };
  const ofCodec = (codec: BenchCodec) => config.files.filter((file) => file.codec === codec);

  // Start-up, cold: a fresh Draco loader on the first Draco file.
  const draco = new DRACOLoader().setDecoderPath('draco/').setWorkerLimit(config.dracoWorkers);
  const loaders: Record<BenchCodec, GLTFLoader> = {
    none: new GLTFLoader(),
    draco: new GLTFLoader().setDRACOLoader(draco),
    meshopt: new GLTFLoader(),
    meshoptMedium: new GLTFLoader(),
  };
  const dracoFirst = ofCodec('draco')[0];
  const meshoptFirst = ofCodec('meshopt')[0];
  if (!dracoFirst || !meshoptFirst) throw new Error('both codecs need files');
  const dracoFirstParseMs = await timedParse(loaders.draco, buffer(dracoFirst.url));

  const readyStarted = performance.now();
  const { MeshoptDecoder } = await import('three/examples/jsm/libs/meshopt_decoder.module.js');
  await MeshoptDecoder.ready;
  const meshoptReadyMs = performance.now() - readyStarted;
  loaders.meshopt.setMeshoptDecoder(MeshoptDecoder);
  loaders.meshoptMedium.setMeshoptDecoder(MeshoptDecoder);
  const meshoptFirstParseMs = await timedParse(loaders.meshopt, buffer(meshoptFirst.url));

  // Warm-up: every file once (starts the second Draco worker, compiles the JIT paths).
  for (const file of config.files) await timedParse(loaders[file.codec], buffer(file.url));

  const parseMs: Record<string, number[]> = {};
  for (let repetition = 0; repetition < config.repetitions; repetition += 1) {
    // Interleaved, so slow drift of the machine touches every codec alike.
    for (const file of config.files) {
      (parseMs[file.url] ??= []).push(await timedParse(loaders[file.codec], buffer(file.url)));
    }
  }

  const batchMs: Record<BenchCodec, number[]> = { none: [], draco: [], meshopt: [], meshoptMedium: [] };
  for (let repetition = 0; repetition < config.batchRepetitions; repetition += 1) {
    for (const codec of CODECS) {
      const started = performance.now();
      await Promise.all(ofCodec(codec).map((file) => timedParse(loaders[codec], buffer(file.url))));
      batchMs[codec].push(performance.now() - started);
    }
  }
  draco.dispose();

  return {
    parseMs,
    batchMs,
    startup: { dracoFirstParseMs, dracoFirstFile: dracoFirst.url, meshoptReadyMs, meshoptFirstParseMs, meshoptFirstFile: meshoptFirst.url },
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency,
  };
}

declare global {
  interface Window {
    runCodecBench?: (config: BenchConfig) => Promise<BenchResult>;
  }
}

window.runCodecBench = run;
