/**
 * three's GLTFLoader set up for the expo's model files: Draco (KHR_draco_mesh_compression) decoded
 * by three's glTF build of the Draco decoder served from this site's `draco/` folder, never a CDN
 * (no network in CI, and a strict CSP wants same-origin), in workers started from a file of this
 * site (`createDracoLoader`), and meshopt (EXT_/KHR_meshopt_compression) by three's bundled
 * `meshopt_decoder.module.js` on the main thread.
 *
 * The meshopt decoder compiles its WebAssembly as soon as its module is evaluated, so it is
 * imported only when a file needs it: a site serving Draco files never compiles it. The Draco
 * decoder likewise fetches `draco/*` and starts its workers on the first Draco file only. Before
 * either starts, one probe per codec asks whether the page's policy lets it run and, if not, which
 * directive stops it (`decoderPolicy.ts`); its answer fails every file of that codec at once.
 */
import { LoaderUtils } from 'three';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { createDracoLoader, dracoWorkerUrl } from './createDracoLoader';
import { describePolicyGap, type DecoderCodec, type DecoderReadiness } from './decoderPolicy';
import type { GltfFacts } from './inspectGltfBytes';
import { ModelLoadError } from './modelFailure';
import { probeDecoderWorker } from './probeDecoderWorker';
import { probeWebAssembly } from './probeWebAssembly';

export interface GltfParserOptions {
  /** Absolute address of the folder of `draco_worker.js` and `draco_decoder.wasm` (default: `draco/` of the page). */
  dracoPath?: string;
  /** Draco decoding workers at most (default 2: decoding is short, and each worker holds a decoder). */
  dracoWorkers?: number;
  /**
   * Whether the decoder of `codec` can start on this page (asked once per codec and parser). By
   * default meshopt asks `probeWebAssembly` (main thread), Draco `probeDecoderWorker` (its worker).
   */
  probeDecoder?: (codec: DecoderCodec) => Promise<DecoderReadiness>;
}

export interface GltfParser {
  /** Parses a fetched file; `fileUrl` resolves the file's external resources, if any. */
  parse: (buffer: ArrayBuffer, fileUrl: string, facts: GltfFacts) => Promise<GLTF>;
  /** Ends the Draco workers. */
  dispose: () => void;
}

const MESHOPT = ['EXT_meshopt_compression', 'KHR_meshopt_compression'];
const DRACO = 'KHR_draco_mesh_compression';

/**
 * Extensions GLTFLoader reads with this configuration. KHR_texture_basisu is missing on purpose:
 * it needs a KTX2Loader and a transcoder, which the expo does not ship.
 */
const SUPPORTED_EXTENSIONS = new Set([
  'KHR_draco_mesh_compression',
  'KHR_lights_punctual',
  'KHR_materials_clearcoat',
  'KHR_materials_diffuse_roughness',
  'KHR_materials_dispersion',
  'KHR_materials_ior',
  'KHR_materials_sheen',
  'KHR_materials_specular',
  'KHR_materials_transmission',
  'KHR_materials_iridescence',
  'KHR_materials_anisotropy',
  'KHR_materials_unlit',
  'KHR_materials_volume',
  'KHR_materials_emissive_strength',
  'KHR_texture_transform',
  'KHR_mesh_quantization',
  'EXT_materials_bump',
  'EXT_texture_webp',
  'EXT_texture_avif',
  'EXT_mesh_gpu_instancing',
  ...MESHOPT,
]);

/** A parser owning one GLTFLoader and one DRACOLoader; call `dispose` when done. */
export function createGltfParser(options: GltfParserOptions = {}): GltfParser {
  const dracoPath = options.dracoPath ?? new URL('draco/', globalThis.document?.baseURI ?? 'http://localhost/').href;
  const draco = createDracoLoader({ decoderPath: dracoPath, workerLimit: options.dracoWorkers ?? 2 });
  const loader = new GLTFLoader().setDRACOLoader(draco);
  const probe = options.probeDecoder ?? ((codec: DecoderCodec) => (codec === 'meshopt' ? probeWebAssembly() : probeDecoderWorker(dracoWorkerUrl(dracoPath))));
  const readiness = new Map<DecoderCodec, Promise<DecoderReadiness>>();
  let meshopt: Promise<void> | undefined;

  const ensureDecoder = async (codec: DecoderCodec): Promise<void> => {
    let answer = readiness.get(codec);
    if (!answer) {
      answer = probe(codec);
      readiness.set(codec, answer);
    }
    const ready = await answer;
    if (!ready.ok) throw new ModelLoadError('blocked', describePolicyGap(ready.gap, codec, ready.detail));
  };

  const useMeshopt = (): Promise<void> => {
    meshopt ??= import('three/examples/jsm/libs/meshopt_decoder.module.js').then(async ({ MeshoptDecoder }) => {
      await MeshoptDecoder.ready;
      loader.setMeshoptDecoder(MeshoptDecoder);
    });
    return meshopt;
  };

  return {
    async parse(buffer, fileUrl, facts) {
      const missing = facts.extensionsRequired.filter((name) => !SUPPORTED_EXTENSIONS.has(name));
      if (missing.length > 0) throw new ModelLoadError('unsupported', `it requires the glTF extension ${missing.join(', ')}`);
      const usesMeshopt = facts.extensionsUsed.some((name) => MESHOPT.includes(name));
      if (facts.extensionsUsed.includes(DRACO)) await ensureDecoder('draco');
      if (usesMeshopt) {
        await ensureDecoder('meshopt');
        try {
          await useMeshopt();
        } catch (reason) {
          meshopt = undefined;
          throw new ModelLoadError('blocked', describePolicyGap('unknown', 'meshopt', reason instanceof Error ? reason.message : String(reason)));
        }
      }
      return loader.parseAsync(buffer, LoaderUtils.extractUrlBase(fileUrl));
    },
    dispose() {
      draco.dispose();
    },
  };
}
