/**
 * One InstancedMesh per part of a loaded model, with one instance per exhibit showing it: the
 * exhibit's placement (platform position, yaw, uniform scale) times the part's own transform.
 * The model is used as its file describes it (glTF metres, standing on y = 0); the scene's `sizeM`
 * only sizes the placeholder box.
 */
import { InstancedMesh, Matrix4 } from 'three';
import { finishInstances } from './createHallMeshes';
import type { LoadedModel } from './loadedModel';

/** The exhibits of one model: their placeholder slots and placement matrices (16 floats each). */
export interface ModelInstances {
  modelId: string;
  /** LOD0 file, relative to the page. */
  file: string;
  slots: Uint32Array;
  /** Column-major placement matrices, `slots.length × 16`. */
  matrices: Float32Array;
}

const _placement = new Matrix4();
const _instance = new Matrix4();

/** The instanced batches of `model` for `instances`; named `model:<id>` (with `#<part>` past the first). */
export function createModelBatch(model: LoadedModel, instances: ModelInstances): InstancedMesh[] {
  const count = instances.slots.length;
  return model.parts.map((part, partIndex) => {
    const mesh = new InstancedMesh(part.geometry, part.material, count);
    mesh.name = partIndex === 0 ? `model:${instances.modelId}` : `model:${instances.modelId}#${partIndex}`;
    for (let index = 0; index < count; index += 1) {
      _placement.fromArray(instances.matrices, index * 16);
      mesh.setMatrixAt(index, _instance.multiplyMatrices(_placement, part.matrix));
    }
    finishInstances(mesh);
    return mesh;
  });
}
