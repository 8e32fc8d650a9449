/**
 * The exhibits of a scene as instanced batches: all of them as placeholder boxes in one
 * InstancedMesh at first, then, as each model's file arrives, that model's exhibits as one
 * InstancedMesh per model (per part: the pipeline's files have one) and their boxes hidden.
 *
 * Hiding a box sets its instance matrix to scale zero at its own position rather than compacting
 * the mesh: slot i stays exhibit i (picking can rely on it), the bounds stay valid, and the cost,
 * a few degenerate box triangles per hidden exhibit, is far below one extra draw call. When every
 * box is hidden the placeholder mesh is switched off, saving its draw call.
 *
 * Scene-graph objects: one placeholder mesh plus one per loaded model part, never per exhibit.
 */
import { Euler, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';
import type { LaidOutScene } from '../scene';
import { createExhibitMesh } from './createExhibitMesh';
import { createModelBatch, type ModelInstances } from './createModelBatch';
import { forEachExhibitPlacement } from './exhibitPlacements';
import type { LoadedModel } from './loadedModel';
import type { ModelRequest } from './loadModels';

export interface ExhibitBatches {
  placeholders: InstancedMesh;
  /** The models at least one placed exhibit uses and whose id the scene defines, with the file of their `batchLevel`. */
  requests: ModelRequest[];
  /**
   * Replaces the boxes of `modelId`'s exhibits by instances of `model` and returns the new meshes
   * for the caller to add to the scene. A model shown twice, or unknown, returns no meshes.
   */
  showModel: (modelId: string, model: LoadedModel) => InstancedMesh[];
}

const _matrix = new Matrix4();
const _position = new Vector3();
const _quaternion = new Quaternion();
const _scale = new Vector3();
const _euler = new Euler();
const _hidden = new Matrix4();

/**
 * The level of detail one batch of a model is drawn at, from how many exhibits use it: a model
 * shown once or a few times (a headline exhibit) at full detail, one repeated in dozens of booths
 * at its silhouette level. A static stand-in until levels are chosen per instance by distance:
 * with it the default expo draws ~400k triangles rather than the 10M of every exhibit at LOD0.
 */
export function batchLevel(instanceCount: number): number {
  if (instanceCount <= 4) return 0;
  if (instanceCount <= 16) return 1;
  return 2;
}

/** Placeholder boxes for every exhibit, and the means to swap in each model as it loads. */
export function createExhibitBatches(layout: LaidOutScene): ExhibitBatches {
  const placeholders = createExhibitMesh(layout);
  const lodFiles = new Map<string, readonly string[]>();
  for (const model of layout.scene.models) if (!lodFiles.has(model.id)) lodFiles.set(model.id, model.lods);

  // Count first, then fill typed arrays: no per-exhibit objects survive the build.
  const counts = new Map<string, number>();
  forEachExhibitPlacement(layout, ({ placed }) => {
    const id = placed.exhibit.model;
    if (lodFiles.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  const files = new Map<string, string>();
  for (const [modelId, count] of counts) {
    const lods = lodFiles.get(modelId) ?? [];
    const file = lods[Math.min(batchLevel(count), lods.length - 1)];
    if (file !== undefined) files.set(modelId, file);
  }
  const byModel = new Map<string, ModelInstances & { filled: number }>();
  for (const [modelId, count] of counts) {
    byModel.set(modelId, { modelId, file: files.get(modelId) ?? '', slots: new Uint32Array(count), matrices: new Float32Array(count * 16), filled: 0 });
  }
  forEachExhibitPlacement(layout, ({ slot, placed, xM, baseYM, zM }) => {
    const instances = byModel.get(placed.exhibit.model);
    if (!instances) return;
    const scale = placed.exhibit.scale;
    _matrix.compose(_position.set(xM, baseYM, zM), _quaternion.setFromEuler(_euler.set(0, placed.yawRad, 0)), _scale.set(scale, scale, scale));
    instances.slots[instances.filled] = slot;
    _matrix.toArray(instances.matrices, instances.filled * 16);
    instances.filled += 1;
  });

  const shown = new Set<string>();
  let hiddenBoxes = 0;

  const hideBoxes = (slots: Uint32Array): void => {
    for (const slot of slots) {
      placeholders.getMatrixAt(slot, _matrix);
      _hidden.makeScale(0, 0, 0).copyPosition(_matrix);
      placeholders.setMatrixAt(slot, _hidden);
    }
    hiddenBoxes += slots.length;
    placeholders.instanceMatrix.needsUpdate = true;
    // An InstancedMesh of only hidden boxes would still cost a draw call.
    placeholders.visible = hiddenBoxes < placeholders.count;
  };

  return {
    placeholders,
    requests: [...byModel.values()].map(({ modelId, file }) => ({ modelId, file })),
    showModel(modelId, model) {
      const instances = byModel.get(modelId);
      if (!instances || shown.has(modelId)) return [];
      shown.add(modelId);
      const meshes = createModelBatch(model, instances);
      hideBoxes(instances.slots);
      return meshes;
    },
  };
}
