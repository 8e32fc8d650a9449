/**
 * Why a model file could not be shown, in words a curator can act on: the technical cause, written
 * to the console and shown on the dev server. Visitors never see it; they are told which exhibits
 * show a stand-in (`src/ui/modelNotice.ts`). GLTFLoader itself throws raw
 * `RangeError`s for cut-off files and "Unexpected token '<'" for a web page served instead of a
 * model (docs/reliability-notes); these reasons are decided before or around it instead.
 */

export type ModelFailureKind =
  /** The address is not on this site (the schema already requires relative paths). */
  | 'refused'
  /** The request itself failed: offline, connection reset, blocked. */
  | 'network'
  /** The server answered with an HTTP error status. */
  | 'http'
  /** The bytes are not glTF at all: a web page, an image, random data. */
  | 'not-gltf'
  /** glTF, but cut off or corrupt: the loader or a decoder failed on it. */
  | 'damaged'
  /** Valid glTF that needs something this viewer lacks (a newer version, an extension). */
  | 'unsupported'
  /** The page may not run the decoder the file needs (a Content-Security-Policy gap, no WebAssembly). */
  | 'blocked'
  /** It loaded, but there is no mesh in it to draw. */
  | 'empty'
  /** Loading and decoding took longer than the loader waits. */
  | 'timeout';

/** Thrown by the model loader; `detail` completes the sentence chosen by `kind`. */
export class ModelLoadError extends Error {
  readonly kind: ModelFailureKind;
  readonly detail: string;

  constructor(kind: ModelFailureKind, detail = '') {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'ModelLoadError';
    this.kind = kind;
    this.detail = detail;
  }
}

/**
 * One sentence naming the model, its file and what went wrong, e.g.
 * `model 'model-tokamak': models/tokamak/lod0.glb could not be loaded (HTTP 404)`.
 */
export function describeModelFailure(modelId: string, file: string, error: ModelLoadError): string {
  const subject = `model '${modelId}': ${file}`;
  const detail = error.detail;
  switch (error.kind) {
    case 'refused':
      return `${subject} was not loaded: models are loaded from this site only${detail ? ` (${detail})` : ''}`;
    case 'network':
      return `${subject} could not be loaded (the network request failed${detail ? `: ${detail}` : ''})`;
    case 'http':
      return `${subject} could not be loaded (${detail})`;
    case 'not-gltf':
      return `${subject} is not a glTF file${detail ? ` (${detail})` : ''}`;
    case 'damaged':
      return `${subject} is damaged (${detail || 'the loader could not read it'})`;
    case 'unsupported':
      return `${subject} cannot be shown here (${detail})`;
    case 'blocked':
      return `${subject} cannot be decoded on this page: ${detail}`;
    case 'empty':
      return `${subject} has no mesh to show`;
    case 'timeout':
      return `${subject} did not finish loading (${detail})`;
  }
}

/**
 * The readable part of whatever a loader or decoder threw. DRACOLoader rejects with its worker's
 * message object (`{ type: 'error', error: '…' }`), not an Error.
 */
export function errorDetail(reason: unknown): string {
  if (reason instanceof Error) return reason.name && reason.name !== 'Error' ? `${reason.name}: ${reason.message}` : reason.message;
  if (typeof reason === 'object' && reason !== null && 'error' in reason) return String((reason as { error: unknown }).error);
  return String(reason);
}
