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
import {
  BoxGeometry,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  type BufferGeometry,
  type Material,
} from 'three';
import type { LaidOutScene } from '../scene';
import { bakePartTransform } from './bakePartTransform';
import { createExhibitMesh } from './createExhibitMesh';
import {
  createExhibitInstances,
  createInstanceCuller,
  createBucketHistory,
  createDrawBudget,
  createInstanceMatrixArrays,
  markChangedBuckets,
  createSpatialGrid,
  cullWithinBudget,
  packBoxInstances,
  pickInstance,
  type BoxSources,
  type PickRay,
  packInstanceMatrices,
  type CullResult,
  type CullView,
  type DrawBudget,
  type InstanceCuller,
} from './instancing';
import { disposeLoadedModel, disposeMaterial, materialList, type LoadedModel } from './loadedModel';
import type { ModelRequest } from './loadModels';
import { createMaterialSharer } from './shareMaterials';
import { uploadPrefix, type UploadRange } from './uploadPrefix';

/** File levels drawn at most: the schema allows four LOD files per model. */
const MAX_FILE_LEVELS = 4;
/**
 * Switch distances in bounding radii (see `InstanceCullerOptions`): models with three files are
 * drawn with them within 12, 40 and 120 radii and as their far box beyond (a 1 m-radius exhibit
 * turns into its coloured box 120 m away); a fourth file is drawn from 120 radii, boxes from 300.
 */
const FILE_DISTANCE_FACTORS = [12, 40, 120];
const BOX_DISTANCE_FACTOR = 120;
const BOX_DISTANCE_FACTOR_AFTER_FOUR_FILES = 300;
/** Triangles of a far box (`BoxGeometry`). */
const BOX_TRIANGLES = 12;
/**
 * Starting budget of the exhibit batches (see `drawBudget`); `createExpoView` sets it every frame
 * from what the halls, booths and labels in view leave of 150 draw calls and 400k triangles.
 */
export const EXHIBIT_DRAW_CALLS = 120;
export const EXHIBIT_TRIANGLES = 300_000;

/** Triangles of one instance drawing `geometry` (indexed or not). */
function trianglesOf(geometry: BufferGeometry): number {
  const index = geometry.getIndex();
  return Math.floor((index ? index.count : geometry.getAttribute('position').count) / 3);
}

export interface ExhibitBatches {
  placeholders: InstancedMesh;
  /**
   * The box level of every loaded model in one mesh, filled per frame: exhibits past the last
   * file's distance (or pushed there by the triangle budget) as their coloured placeholder box.
   */
  farBoxes: InstancedMesh;
  /** Every level file of the models at least one placed exhibit uses, coarsest level first. */
  requests: ModelRequest[];
  /** Levels per model the culler draws: the most LOD files any model has (at most 4), plus the box level. */
  lodLevels: number;
  /** The per-instance culler (its `result` is the last `cull`'s). */
  culler: InstanceCuller;
  /** Draw-call and triangle budget of every `cull` (its limits may be changed between frames). */
  budget: DrawBudget;
  /**
   * Takes `model`, the loaded `file` of `modelId`, and returns the meshes this call created (the
   * model's (model, level) meshes on its first file; none later) for the caller to add to the
   * scene. The batches own `model` from here on; an unknown or unneeded one is freed now.
   */
  showModel: (modelId: string, file: string, model: LoadedModel) => InstancedMesh[];
  /** Every instance's placeholder box (matrix and colour), as picking and highlighting use it. */
  boxes: BoxSources;
  /** The drawn instance `ray` hits first (index into `culler.instances`), or −1. */
  pick: (ray: PickRay) => number;
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

/** An empty far-box batch with room for `capacity` boxes, matrices and colours written per frame. */
function createFarBoxes(capacity: number): InstancedMesh {
  const mesh = new InstancedMesh(new BoxGeometry(1, 1, 1), new MeshStandardMaterial({ roughness: 0.55, metalness: 0.1 }), capacity);
  mesh.name = 'exhibit-far-boxes';
  mesh.instanceMatrix.setUsage(DynamicDrawUsage);
  mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(capacity * 3), 3).setUsage(DynamicDrawUsage);
  mesh.frustumCulled = false;
  mesh.matrixAutoUpdate = false;
  mesh.count = 0;
  mesh.visible = false;
  return mesh;
}

/** Placeholder boxes for every exhibit, and the means to swap in each model's levels as they load. */
export function createExhibitBatches(layout: LaidOutScene): ExhibitBatches {
  const placeholders = createExhibitMesh(layout);
  const instances = createExhibitInstances(layout);
  const models = layout.scene.models;
  let fileLevels = 1;
  for (let model = 0; model < instances.modelCount; model += 1) {
    if ((instances.instancesPerModel[model] ?? 0) > 0) fileLevels = Math.max(fileLevels, Math.min(MAX_FILE_LEVELS, instances.lodCountByModel[model] ?? 1));
  }
  const lodLevels = fileLevels + 1;
  const culler = createInstanceCuller(instances, createSpatialGrid(instances), {
    lodLevels,
    lodDistanceFactors: [
      ...FILE_DISTANCE_FACTORS.slice(0, fileLevels - 1),
      fileLevels === MAX_FILE_LEVELS ? BOX_DISTANCE_FACTOR_AFTER_FOUR_FILES : BOX_DISTANCE_FACTOR,
    ],
    boxLevel: true,
  });
  const matrixArrays = createInstanceMatrixArrays(culler);
  const budget = createDrawBudget(culler, { maxDrawCalls: EXHIBIT_DRAW_CALLS, maxTriangles: EXHIBIT_TRIANGLES });
  const history = createBucketHistory(culler);
  /** Set when a model's far boxes start or stop being drawn here: the far-box batch must be refilled. */
  let farBoxesDirty = true;
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

  // Each instance's box as the placeholder mesh has it now (before any is hidden), for the far boxes.
  const boxSources: BoxSources = { matrices: new Float32Array(instances.count * 16), colors: new Float32Array(instances.count * 3) };
  const placeholderColors = placeholders.instanceColor?.array;
  for (let i = 0; i < instances.count; i += 1) {
    const slot = instances.slots[i] ?? 0;
    boxSources.matrices.set(placeholders.instanceMatrix.array.subarray(slot * 16, slot * 16 + 16), i * 16);
    if (placeholderColors) boxSources.colors.set(placeholderColors.subarray(slot * 3, slot * 3 + 3), i * 3);
  }
  const farBoxes = createFarBoxes(instances.count);
  const farMatrices = farBoxes.instanceMatrix.array as Float32Array;
  const farColors = farBoxes.instanceColor?.array as Float32Array;
  /** Per model: 1 once it has meshes, so its box-level instances go to the far boxes. */
  const drawBoxes = new Uint8Array(instances.modelCount);

  const requests: ModelRequest[] = [];
  const levelsOf = (model: number): number => Math.min(fileLevels, instances.lodCountByModel[model] ?? 1);
  for (let level = fileLevels - 1; level >= 0; level -= 1) {
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
  const uploadRanges: UploadRange[] = Array.from({ length: instances.modelCount * lodLevels }, () => ({ start: 0, count: 0 }));
  const farMatrixRange: UploadRange = { start: 0, count: 0 };
  const farColorRange: UploadRange = { start: 0, count: 0 };
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

  const shareMaterial = createMaterialSharer();

  /** The file's first part as one geometry in the model's frame (its transform baked in once). */
  const levelOf = (model: LoadedModel): Level | undefined => {
    for (const part of model.parts) {
      ownedGeometries.add(part.geometry);
      for (const material of materialList(part.material)) ownedMaterials.add(material);
    }
    const part = model.parts[0];
    if (!part) return undefined;
    const material = shareMaterial(part.material);
    if (part.matrix.equals(_matrix.identity())) return { geometry: part.geometry, material };
    let baked = bakedBySource.get(part.geometry);
    if (!baked) {
      baked = bakePartTransform(part.geometry, part.matrix);
      bakedBySource.set(part.geometry, baked);
      ownedGeometries.add(baked);
    }
    return { geometry: baked, material };
  };

  const refreshMeshes = (model: number, loaded: readonly (Level | undefined)[]): void => {
    for (let level = 0; level < levelsOf(model); level += 1) {
      const mesh = meshes[model * lodLevels + level];
      const source = loaded[nearestLoaded(loaded, level)];
      if (!mesh || !source) continue;
      mesh.geometry = source.geometry;
      mesh.material = source.material;
      budget.trianglesPerInstance[model * lodLevels + level] = trianglesOf(source.geometry);
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
    const boxBucket = model * lodLevels + culler.boxLevel;
    budget.trianglesPerInstance[boxBucket] = BOX_TRIANGLES;
    budget.sharedDraw[boxBucket] = 1;
    drawBoxes[model] = 1;
    farBoxesDirty = true;
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
      if (count > 0 && history.changed[bucket] === 1) uploadPrefix(mesh.instanceMatrix, uploadRanges[bucket] ?? { start: 0, count: 0 }, count * 16);
    }
    let boxesChanged = farBoxesDirty;
    for (let model = 0; model < instances.modelCount && !boxesChanged; model += 1) boxesChanged = history.changed[model * lodLevels + culler.boxLevel] === 1;
    if (!boxesChanged) return;
    farBoxesDirty = false;
    const boxes = packBoxInstances(culler, drawBoxes, boxSources, farMatrices, farColors);
    farBoxes.count = boxes;
    farBoxes.visible = boxes > 0;
    if (boxes > 0) {
      uploadPrefix(farBoxes.instanceMatrix, farMatrixRange, boxes * 16);
      if (farBoxes.instanceColor) uploadPrefix(farBoxes.instanceColor, farColorRange, boxes * 3);
    }
  };

  return {
    placeholders,
    farBoxes,
    boxes: boxSources,
    pick: (ray) => pickInstance(culler, boxSources.matrices, ray),
    requests,
    lodLevels,
    culler,
    budget,
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
      const result = cullWithinBudget(culler, view, budget);
      markChangedBuckets(culler, history);
      packInstanceMatrices(culler, matrixArrays, history.changed);
      fill();
      return result;
    },
    dispose() {
      for (const mesh of allMeshes) mesh.dispose();
      for (const geometry of ownedGeometries) geometry.dispose();
      for (const material of ownedMaterials) disposeMaterial(material);
      for (const boxes of [placeholders, farBoxes]) {
        boxes.dispose();
        boxes.geometry.dispose();
        for (const material of materialList(boxes.material)) disposeMaterial(material);
      }
    },
  };
}
