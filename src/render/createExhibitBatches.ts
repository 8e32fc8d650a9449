/**
 * The exhibits of a scene as instanced batches: all of them as placeholder boxes in one
 * InstancedMesh at first, then, as each model's level files arrive, one InstancedMesh per
 * (model, level) whose instances are chosen every frame by `cull`: per-instance frustum culling and
 * distance LOD (`cullAndSelect`), the visible matrices packed straight into each mesh's
 * `instanceMatrix` array (`packInstanceMatrices`), `count` set to the bucket's size.
 *
 * Requests list every level file of every model, coarsest level of all models first: the whole
 * hall turns from boxes into silhouettes after the small files, then sharpens near the visitor.
 * A (model, level) whose own file has not arrived (or failed) draws the nearest loaded level, so a
 * model shows at every distance as soon as one of its files is in.
 *
 * Approaches tried, default expo (2,255 exhibits, 38 models × 3 levels) at its start view, e2e run:
 * - one batch per model at a level fixed by how many exhibits use it (`batchLevel`, the stopgap
 *   this replaces): every exhibit drawn, 34 draw calls, 343k triangles, whatever the camera sees.
 * - per (model, level) batches culled per instance: 620 exhibits in view (6 at LOD1, 614 at
 *   LOD2), 34 draw calls, 154k triangles (docs/performance.md).
 *
 * Hiding a box sets its instance matrix to scale zero at its own position rather than compacting
 * the mesh: slot i stays exhibit i (picking can rely on it), the bounds stay valid, and the cost,
 * a few degenerate box triangles per hidden exhibit, is far below one extra draw call. When every
 * box is hidden the placeholder mesh is switched off, saving its draw call.
 *
 * Scene-graph objects: one placeholder mesh plus one per (loaded model, level), never per exhibit.
 * A file's meshes are used as one primitive (the pipeline's files have one); further parts of a
 * file with several are not drawn.
 */
import { BufferAttribute, DynamicDrawUsage, InstancedBufferAttribute, InstancedMesh, Matrix4, type BufferGeometry, type Material } from 'three';
import type { LaidOutScene } from '../scene';
import { createExhibitMesh } from './createExhibitMesh';
import {
  createExhibitInstances,
  createInstanceCuller,
  createInstanceMatrixArrays,
  createSpatialGrid,
  cullAndSelect,
  packInstanceMatrices,
  type CullResult,
  type CullView,
  type InstanceCuller,
} from './instancing';
import { disposeLoadedModel, disposeMaterial, materialList, type LoadedModel } from './loadedModel';
import type { ModelRequest } from './loadModels';

/** Levels drawn at most: the schema allows four LOD files per model. */
const MAX_LEVELS = 4;
/** Switch distances in bounding radii (see `InstanceCullerOptions`); the fourth level from 120 radii. */
const LOD_DISTANCE_FACTORS = [12, 40, 120];

export interface ExhibitBatches {
  placeholders: InstancedMesh;
  /** Every level file of the models at least one placed exhibit uses, coarsest level first. */
  requests: ModelRequest[];
  /** Levels per model the culler draws (the most LOD files any model has, at most 4). */
  lodLevels: number;
  /** The per-instance culler (its `result` is the last `cull`'s). */
  culler: InstanceCuller;
  /**
   * Takes `model`, the loaded `file` of `modelId`, and returns the meshes this call created (the
   * model's (model, level) meshes on its first file; none later) for the caller to add to the
   * scene. The batches own `model` from here on; an unknown or unneeded one is freed now.
   */
  showModel: (modelId: string, file: string, model: LoadedModel) => InstancedMesh[];
  /** Culls and levels every instance for `view`, fills the meshes; allocates nothing. */
  cull: (view: CullView) => CullResult;
  /** Frees every geometry, material, texture and instance buffer made here or handed in, once. */
  dispose: () => void;
}

interface Level {
  geometry: BufferGeometry;
  material: Material | Material[];
}

const _matrix = new Matrix4();
const _hidden = new Matrix4();

/** The loaded level of `loaded` nearest to `level` (the finer one on a tie), or −1 if none. */
function nearestLoaded(loaded: readonly (Level | undefined)[], level: number): number {
  for (let offset = 0; offset < loaded.length; offset += 1) {
    if (loaded[level - offset]) return level - offset;
    if (loaded[level + offset]) return level + offset;
  }
  return -1;
}

/** Placeholder boxes for every exhibit, and the means to swap in each model's levels as they load. */
export function createExhibitBatches(layout: LaidOutScene): ExhibitBatches {
  const placeholders = createExhibitMesh(layout);
  const instances = createExhibitInstances(layout);
  const models = layout.scene.models;
  let lodLevels = 1;
  for (let model = 0; model < instances.modelCount; model += 1) {
    if ((instances.instancesPerModel[model] ?? 0) > 0) lodLevels = Math.max(lodLevels, Math.min(MAX_LEVELS, instances.lodCountByModel[model] ?? 1));
  }
  const culler = createInstanceCuller(instances, createSpatialGrid(instances), { lodLevels, lodDistanceFactors: LOD_DISTANCE_FACTORS.slice(0, lodLevels - 1) });
  const matrixArrays = createInstanceMatrixArrays(culler);
  const modelIndexById = new Map<string, number>();
  models.forEach((model, index) => {
    if (!modelIndexById.has(model.id)) modelIndexById.set(model.id, index);
  });

  // Slots of each model's boxes, to hide them when its first file arrives.
  const slotsByModel = new Map<number, number[]>();
  for (let i = 0; i < instances.count; i += 1) {
    const model = instances.modelIndex[i] ?? 0;
    let list = slotsByModel.get(model);
    if (!list) slotsByModel.set(model, (list = []));
    list.push(instances.slots[i] ?? 0);
  }

  const requests: ModelRequest[] = [];
  const levelsOf = (model: number): number => Math.min(lodLevels, instances.lodCountByModel[model] ?? 1);
  for (let level = lodLevels - 1; level >= 0; level -= 1) {
    for (let model = 0; model < instances.modelCount; model += 1) {
      if ((instances.instancesPerModel[model] ?? 0) === 0 || level >= levelsOf(model)) continue;
      const modelDef = models[model];
      const file = modelDef?.lods[level];
      if (modelDef && file !== undefined) requests.push({ modelId: modelDef.id, file });
    }
  }

  // Per bucket (`model · lodLevels + level`): its mesh once the model has one; per model, its loaded levels.
  const meshes: (InstancedMesh | undefined)[] = new Array<InstancedMesh | undefined>(instances.modelCount * lodLevels).fill(undefined);
  const loadedLevels = new Map<number, (Level | undefined)[]>();
  const ownedGeometries = new Set<BufferGeometry>();
  const ownedMaterials = new Set<Material>();
  const bakedBySource = new Map<BufferGeometry, BufferGeometry>();
  const allMeshes: InstancedMesh[] = [];
  let hiddenBoxes = 0;

  const hideBoxes = (slots: readonly number[]): void => {
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

  /** The file's first part as one geometry in the model's frame (its transform baked in once). */
  const levelOf = (model: LoadedModel): Level | undefined => {
    for (const part of model.parts) {
      ownedGeometries.add(part.geometry);
      for (const material of materialList(part.material)) ownedMaterials.add(material);
    }
    const part = model.parts[0];
    if (!part) return undefined;
    if (part.matrix.equals(_matrix.identity())) return { geometry: part.geometry, material: part.material };
    let baked = bakedBySource.get(part.geometry);
    if (!baked) {
      baked = part.geometry.clone();
      // Quantized files (meshopt) store positions as normalized integers with the dequantizing scale
      // in the node's matrix; baked into the integers they would clamp to [−1, 1], so go to floats.
      const position = baked.getAttribute('position');
      const floats = new Float32Array(position.count * 3);
      for (let index = 0; index < position.count; index += 1) {
        floats[index * 3] = position.getX(index);
        floats[index * 3 + 1] = position.getY(index);
        floats[index * 3 + 2] = position.getZ(index);
      }
      baked.setAttribute('position', new BufferAttribute(floats, 3));
      baked.applyMatrix4(part.matrix);
      bakedBySource.set(part.geometry, baked);
      ownedGeometries.add(baked);
    }
    return { geometry: baked, material: part.material };
  };

  const refreshMeshes = (model: number, loaded: readonly (Level | undefined)[]): void => {
    for (let level = 0; level < levelsOf(model); level += 1) {
      const mesh = meshes[model * lodLevels + level];
      const source = loaded[nearestLoaded(loaded, level)];
      if (!mesh || !source) continue;
      mesh.geometry = source.geometry;
      mesh.material = source.material;
    }
  };

  const createMeshes = (model: number, modelId: string, first: Level): InstancedMesh[] => {
    const created: InstancedMesh[] = [];
    for (let level = 0; level < levelsOf(model); level += 1) {
      const bucket = model * lodLevels + level;
      const mesh = new InstancedMesh(first.geometry, first.material, instances.instancesPerModel[model] ?? 0);
      mesh.name = `model:${modelId}:lod${level}`;
      const array = matrixArrays[bucket] ?? new Float32Array(0);
      mesh.instanceMatrix = new InstancedBufferAttribute(array, 16).setUsage(DynamicDrawUsage);
      // The culler has already culled per instance; three's test would use the bounds of all instances.
      mesh.frustumCulled = false;
      mesh.count = 0;
      mesh.visible = false;
      mesh.matrixAutoUpdate = false;
      meshes[bucket] = mesh;
      created.push(mesh);
      allMeshes.push(mesh);
    }
    return created;
  };

  const fill = (): void => {
    const { bucketCount } = culler;
    for (let bucket = 0; bucket < meshes.length; bucket += 1) {
      const mesh = meshes[bucket];
      if (!mesh) continue;
      const count = bucketCount[bucket] ?? 0;
      mesh.count = count;
      // An InstancedMesh with no instances would still cost a draw call.
      mesh.visible = count > 0;
      if (count > 0) mesh.instanceMatrix.needsUpdate = true;
    }
  };

  return {
    placeholders,
    requests,
    lodLevels,
    culler,
    showModel(modelId, file, model) {
      const index = modelIndexById.get(modelId);
      const def = index === undefined ? undefined : models[index];
      const levels = index === undefined ? 0 : levelsOf(index);
      const fileLevels: number[] = [];
      for (let level = 0; level < levels; level += 1) if (def?.lods[level] === file) fileLevels.push(level);
      if (index === undefined || fileLevels.length === 0 || (instances.instancesPerModel[index] ?? 0) === 0) {
        // Not needed: free it unless its geometry is already drawn (a file shared by two models).
        if (!model.parts.some((part) => ownedGeometries.has(part.geometry))) disposeLoadedModel(model);
        return [];
      }
      const source = levelOf(model);
      if (!source) return [];
      let loaded = loadedLevels.get(index);
      let created: InstancedMesh[] = [];
      if (!loaded) {
        loaded = new Array<Level | undefined>(levels).fill(undefined);
        loadedLevels.set(index, loaded);
        created = createMeshes(index, modelId, source);
        hideBoxes(slotsByModel.get(index) ?? []);
      }
      for (const level of fileLevels) loaded[level] = source;
      refreshMeshes(index, loaded);
      // New meshes start empty: fill them from the last cull (its buckets already hold this
      // model's instances) so they show in the next frame, camera moved or not.
      if (created.length > 0) fill();
      return created;
    },
    cull(view) {
      const result = cullAndSelect(culler, view);
      packInstanceMatrices(culler, matrixArrays);
      fill();
      return result;
    },
    dispose() {
      for (const mesh of allMeshes) mesh.dispose();
      for (const geometry of ownedGeometries) geometry.dispose();
      for (const material of ownedMaterials) disposeMaterial(material);
      placeholders.dispose();
      placeholders.geometry.dispose();
      for (const material of materialList(placeholders.material)) disposeMaterial(material);
    },
  };
}
