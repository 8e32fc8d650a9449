/**
 * What the app keeps of a loaded glTF file: its meshes as (geometry, material, matrix) parts, the
 * matrix placing each part in the model's frame (glTF units are metres; the model stands on y = 0).
 * The pipeline's files have one part (one vertex-coloured primitive); other files may have a few,
 * each becoming one instanced batch, so the batch count still follows models, not exhibits.
 */
import { Matrix4, Mesh, Texture, type BufferGeometry, type Material, type Object3D } from 'three';
import { ModelLoadError } from './modelFailure';

export interface ModelPart {
  geometry: BufferGeometry;
  /** One material, or one per geometry group as on a multi-material mesh. */
  material: Material | Material[];
  /** The part's transform relative to the model's root (quantized meshopt files carry one). */
  matrix: Matrix4;
}

export interface LoadedModel {
  parts: ModelPart[];
}

/** More parts than this is not a model for an instanced expo; refusing keeps the draw calls bounded. */
export const MAX_MODEL_PARTS = 16;

/**
 * The meshes under `root` as parts. Throws `ModelLoadError('empty')` when there is nothing to draw.
 * Materials get `vertexColors` when their geometry has a `color` attribute (GLTFLoader sets it for
 * `COLOR_0`; a hand-made material might not).
 */
export function extractModelParts(root: Object3D): LoadedModel {
  root.updateMatrixWorld(true);
  const toRoot = new Matrix4().copy(root.matrixWorld).invert();
  const parts: ModelPart[] = [];
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const geometry = object.geometry as BufferGeometry;
    if (!geometry.getAttribute('position') || geometry.getAttribute('position').count === 0) return;
    const material = object.material as Material | Material[];
    if (geometry.getAttribute('color')) {
      for (const one of materialList(material)) {
        if (one.vertexColors) continue;
        one.vertexColors = true;
        one.needsUpdate = true;
      }
    }
    parts.push({ geometry, material, matrix: new Matrix4().multiplyMatrices(toRoot, object.matrixWorld) });
  });
  if (parts.length === 0) throw new ModelLoadError('empty');
  if (parts.length > MAX_MODEL_PARTS) {
    disposeLoadedModel({ parts });
    throw new ModelLoadError('unsupported', `it has ${parts.length} meshes; an exhibit model may have at most ${MAX_MODEL_PARTS}`);
  }
  return { parts };
}

/** Frees the geometries, materials and textures of a loaded model that is not (or no longer) shown. */
export function disposeLoadedModel(model: LoadedModel): void {
  const geometries = new Set(model.parts.map((part) => part.geometry));
  const materials = new Set(model.parts.flatMap((part) => materialList(part.material)));
  for (const geometry of geometries) geometry.dispose();
  for (const material of materials) disposeMaterial(material);
}

export function materialList(material: Material | Material[]): Material[] {
  return Array.isArray(material) ? material : [material];
}

/** Disposes a material and every texture it holds. */
export function disposeMaterial(material: Material): void {
  for (const value of Object.values(material)) if (value instanceof Texture) value.dispose();
  material.dispose();
}
