/**
 * Loads every level file of every model the exhibits use, with the app's own loader
 * (`createModelFileLoader`: fetch, meshopt decode, GLTFLoader) and its scheduler (`loadModels`: 6
 * files in flight, each file once however many models share it), and turns each file into the one
 * geometry the app draws: the first mesh, its node transform baked in (meshopt files carry their
 * dequantization there), as `createExhibitBatches` does.
 */
import { Matrix4, type BufferGeometry, type Material } from 'three';
import { bakePartTransform } from '../../src/render/bakePartTransform';
import { createModelFileLoader } from '../../src/render/createModelFileLoader';
import type { ExhibitInstances } from '../../src/render/instancing';
import type { LoadedModel } from '../../src/render/loadedModel';
import { loadModels, type ModelRequest } from '../../src/render/loadModels';
import type { LaidOutScene } from '../../src/scene';

export interface ModelLevel {
  /** The file, relative to the site root: models sharing files share geometries. */
  file: string;
  geometry: BufferGeometry;
  material: Material;
}

/** Per `scene.models` index, its levels finest first; `undefined` for a model no exhibit uses. */
export type ModelLevels = (ModelLevel[] | undefined)[];

const _identity = new Matrix4();

/** The file's first part in the model's frame, positions as floats (quantized ones would clamp when baked). */
function levelOf(file: string, model: LoadedModel): ModelLevel {
  const part = model.parts[0];
  if (!part) throw new Error(`${file} has no mesh`);
  const material = Array.isArray(part.material) ? part.material[0] : part.material;
  if (!material) throw new Error(`${file} has no material`);
  if (part.matrix.equals(_identity)) return { file, geometry: part.geometry, material };
  return { file, geometry: bakePartTransform(part.geometry, part.matrix), material };
}

/** Loads all levels; rejects naming the first file that failed (a peer without all models is no comparison). */
export async function loadModelLevels(layout: LaidOutScene, instances: ExhibitInstances): Promise<ModelLevels> {
  const models = layout.scene.models;
  const requests: ModelRequest[] = [];
  models.forEach((model, index) => {
    if ((instances.instancesPerModel[index] ?? 0) === 0) return;
    for (const file of model.lods) requests.push({ modelId: model.id, file });
  });
  const loader = createModelFileLoader({ pageUrl: `${window.location.origin}/` });
  const byFile = new Map<string, ModelLevel>();
  const failures: string[] = [];
  await loadModels(requests, {
    loadFile: loader.load,
    onResult: (result) => {
      if (!result.ok) failures.push(result.message);
      else if (!byFile.has(result.file)) byFile.set(result.file, levelOf(result.file, result.model));
    },
  }).done;
  loader.dispose();
  if (failures.length > 0) throw new Error(`${failures.length} model files failed, first: ${failures[0] ?? ''}`);
  return models.map((model, index) => {
    if ((instances.instancesPerModel[index] ?? 0) === 0) return undefined;
    return model.lods.map((file) => {
      const level = byFile.get(file);
      if (!level) throw new Error(`${file} was not loaded`);
      return level;
    });
  });
}
