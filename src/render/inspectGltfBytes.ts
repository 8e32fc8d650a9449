/**
 * A look at a downloaded file before GLTFLoader sees it: is it glTF at all (binary or JSON), is a
 * GLB as long as its header says, and which extensions does it use. This turns the failures the
 * loader reports as `RangeError` or `SyntaxError` into reasons a curator can act on, and tells the
 * loader whether the meshopt decoder is needed before it parses.
 */
import { ModelLoadError } from './modelFailure';

export interface GltfFacts {
  format: 'glb' | 'json';
  /** `extensionsUsed` of the asset, e.g. `KHR_draco_mesh_compression`. */
  extensionsUsed: string[];
  extensionsRequired: string[];
}

/** "glTF" read as a little-endian uint32. */
const GLB_MAGIC = 0x46546c67;
const GLB_HEADER_BYTES = 12;
const CHUNK_HEADER_BYTES = 8;
const CHUNK_JSON = 0x4e4f534a;

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * The facts of a glTF file, or a `ModelLoadError` of kind `not-gltf`, `damaged` or `unsupported`.
 * `contentType` is the response's Content-Type header, if any.
 */
export function inspectGltfBytes(buffer: ArrayBuffer, contentType = ''): GltfFacts {
  const bytes = new Uint8Array(buffer);
  if (bytes.byteLength === 0) throw new ModelLoadError('not-gltf', 'the file is empty');
  const view = new DataView(buffer);
  if (bytes.byteLength >= 4 && view.getUint32(0, true) === GLB_MAGIC) return inspectGlb(view, bytes);

  const first = firstNonSpace(bytes);
  // A single-page-app server answers a missing file with its index.html and HTTP 200.
  if (/^\s*text\/html/i.test(contentType) || first === 0x3c /* < */) {
    throw new ModelLoadError('not-gltf', 'the server sent a web page instead; is the file missing?');
  }
  if (first === 0x7b /* { */) return inspectJson(utf8.decode(bytes), 'json');
  throw new ModelLoadError('not-gltf', `it starts with the bytes ${hex(bytes.subarray(0, 4))}, not with a glTF header`);
}

function inspectGlb(view: DataView, bytes: Uint8Array): GltfFacts {
  if (bytes.byteLength < GLB_HEADER_BYTES + CHUNK_HEADER_BYTES) {
    throw new ModelLoadError('damaged', `it ends after ${bytes.byteLength} bytes, inside the glTF header`);
  }
  const version = view.getUint32(4, true);
  if (version !== 2) throw new ModelLoadError('unsupported', `it is binary glTF version ${version}; only version 2 is supported`);
  const declaredBytes = view.getUint32(8, true);
  if (bytes.byteLength < declaredBytes) {
    throw new ModelLoadError(
      'damaged',
      `it ends after ${formatBytes(bytes.byteLength)} but its header says ${formatBytes(declaredBytes)}: the file was cut off`,
    );
  }
  const jsonBytes = view.getUint32(GLB_HEADER_BYTES, true);
  const chunkType = view.getUint32(GLB_HEADER_BYTES + 4, true);
  const jsonStart = GLB_HEADER_BYTES + CHUNK_HEADER_BYTES;
  if (chunkType !== CHUNK_JSON || jsonStart + jsonBytes > declaredBytes) {
    throw new ModelLoadError('damaged', 'its first chunk is not a readable glTF JSON chunk');
  }
  return inspectJson(utf8.decode(bytes.subarray(jsonStart, jsonStart + jsonBytes)), 'glb');
}

function inspectJson(text: string, format: GltfFacts['format']): GltfFacts {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ModelLoadError(format === 'glb' ? 'damaged' : 'not-gltf', 'its glTF JSON cannot be read');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ModelLoadError('not-gltf', 'its JSON is not a glTF asset');
  }
  const asset = (json as { asset?: { version?: unknown } }).asset;
  if (typeof asset?.version !== 'string') throw new ModelLoadError('not-gltf', 'its JSON has no glTF "asset.version"');
  if (Number.parseFloat(asset.version) < 2) {
    throw new ModelLoadError('unsupported', `it is glTF ${asset.version}; only glTF 2.0 is supported`);
  }
  const { extensionsUsed, extensionsRequired } = json as { extensionsUsed?: unknown; extensionsRequired?: unknown };
  return { format, extensionsUsed: stringList(extensionsUsed), extensionsRequired: stringList(extensionsRequired) };
}

function firstNonSpace(bytes: Uint8Array): number | undefined {
  // Skip a UTF-8 byte order mark and white space.
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length && (bytes[index] === 0x20 || bytes[index] === 0x0a || bytes[index] === 0x0d || bytes[index] === 0x09)) {
    index += 1;
  }
  return bytes[index];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

const numberFormat = new Intl.NumberFormat('en-US');

function formatBytes(count: number): string {
  return `${numberFormat.format(count)} bytes`;
}
