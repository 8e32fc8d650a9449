/**
 * three's GLTFLoader set up for the expo's model files: Draco (KHR_draco_mesh_compression) decoded
 * by three's glTF build of the Draco decoder served from this site's `draco/` folder, never a CDN
 * (no network in CI, and a strict CSP wants same-origin), and meshopt (EXT_/KHR_meshopt_compression)
 * by three's bundled `meshopt_decoder.module.js`.
 *
 * The meshopt decoder compiles its WebAssembly as soon as its module is evaluated, so it is
 * imported only when a file needs it: a site serving Draco files never compiles it. The Draco
 * decoder likewise fetches `draco/*` and starts its worker on the first Draco file only.
 */
import { LoaderUtils } from 'three';
import { DRACOLoader } from 'three/examples/jsm/loaders/DRACOLoader.js';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { GltfFacts } from './inspectGltfBytes';
import { ModelLoadError } from './modelFailure';
import { probeWebAssembly } from './probeWebAssembly';

export interface GltfParserOptions {
  /** Folder of `draco_wasm_wrapper.js` and `draco_decoder.wasm`, absolute or relative to the page (default `draco/`). */
  dracoPath?: string;
  /** Draco decoding workers at most (default 2: decoding is short, and each worker holds a decoder). */
  dracoWorkers?: number;
  /** Whether WebAssembly may be compiled here (default `probeWebAssembly`, asked once per parser). */
  probeWebAssembly?: () => Promise<boolean>;
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
  const draco = new DRACOLoader().setDecoderPath(options.dracoPath ?? 'draco/').setWorkerLimit(options.dracoWorkers ?? 2);
  const loader = new GLTFLoader().setDRACOLoader(draco);
  let meshopt: Promise<void> | undefined;
  let wasmAllowed: Promise<boolean> | undefined;

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
      if (usesMeshopt || facts.extensionsUsed.includes(DRACO)) {
        wasmAllowed ??= (options.probeWebAssembly ?? probeWebAssembly)();
        if (!(await wasmAllowed)) {
          throw new ModelLoadError(
            'unsupported',
            `its meshes are ${usesMeshopt ? 'meshopt' : 'Draco'}-compressed and this page may not run the WebAssembly decoder; a Content-Security-Policy needs 'wasm-unsafe-eval' in script-src`,
          );
        }
      }
      if (usesMeshopt) {
        try {
          await useMeshopt();
        } catch (reason) {
          // A CSP without 'wasm-unsafe-eval', or no WebAssembly at all.
          meshopt = undefined;
          throw new ModelLoadError('unsupported', `the meshopt decoder could not start: ${reason instanceof Error ? reason.message : String(reason)}`);
        }
      }
      return loader.parseAsync(buffer, LoaderUtils.extractUrlBase(fileUrl));
    },
    dispose() {
      draco.dispose();
    },
  };
}
