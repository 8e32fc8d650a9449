/**
 * Every placed exhibit as struct-of-arrays typed data: the input of the spatial grid, the per-frame
 * culler and the matrix packer. Index `i` is instance `i` everywhere; `exhibitIds[i]` and
 * `slots[i]` map it back to the scene (picking) and to the placeholder mesh.
 *
 * Positions come from `forEachExhibitPlacement`, the same walk as the placeholder boxes and today's
 * batches, so all three always agree. Exhibits whose model id the scene does not define are left
 * out (they have nothing to draw but their box; the validator reports them).
 *
 * Typed arrays rather than one object per exhibit: at 100k exhibits the culler reads ~3 MB of
 * contiguous floats per frame instead of chasing 100k objects (see docs/perf-notes).
 */
import type { LaidOutScene } from '../../scene';
import { forEachExhibitPlacement } from '../exhibitPlacements';

export interface ExhibitInstances {
  /** Number of instances. */
  count: number;
  /** Number of models in `scene.models` (bucket rows); duplicates of an id get no instances. */
  modelCount: number;
  /** Model origin (base of the model), world metres. */
  xM: Float32Array;
  yM: Float32Array;
  zM: Float32Array;
  /** Centre height of the bounding sphere: `yM` + half the model's height × scale. */
  sphereYM: Float32Array;
  yawRad: Float32Array;
  scale: Float32Array;
  /** Bounding-sphere radius: half the diagonal of `sizeM` × scale, metres. */
  radiusM: Float32Array;
  /** `scale · cos(yaw)` and `scale · sin(yaw)`, precomputed for the matrix packer. */
  cosScale: Float32Array;
  sinScale: Float32Array;
  /** Index into `scene.models` (the first model with the exhibit's model id). */
  modelIndex: Uint32Array;
  /** Instances per model, `modelCount` entries: the capacity of that model's batches. */
  instancesPerModel: Uint32Array;
  /** Number of LOD files of each model (1–4), `modelCount` entries. */
  lodCountByModel: Uint8Array;
  /** Instance → index of its hall in `scene.halls` (walls between halls hide other halls' exhibits). */
  hallIndex: Uint16Array;
  /** Instance → slot in the placeholder mesh (`forEachExhibitPlacement` order). */
  slots: Uint32Array;
  /** Instance → exhibit id. */
  exhibitIds: string[];
}

/** Builds the instance arrays of every placed exhibit whose model the scene defines. */
export function createExhibitInstances(layout: LaidOutScene): ExhibitInstances {
  const models = layout.scene.models;
  const modelIndexById = new Map<string, number>();
  models.forEach((model, index) => {
    if (!modelIndexById.has(model.id)) modelIndexById.set(model.id, index);
  });

  let count = 0;
  forEachExhibitPlacement(layout, ({ placed }) => {
    if (modelIndexById.has(placed.exhibit.model)) count += 1;
  });

  const instances: ExhibitInstances = {
    count,
    modelCount: models.length,
    xM: new Float32Array(count),
    yM: new Float32Array(count),
    zM: new Float32Array(count),
    sphereYM: new Float32Array(count),
    yawRad: new Float32Array(count),
    scale: new Float32Array(count),
    radiusM: new Float32Array(count),
    cosScale: new Float32Array(count),
    sinScale: new Float32Array(count),
    modelIndex: new Uint32Array(count),
    instancesPerModel: new Uint32Array(models.length),
    lodCountByModel: new Uint8Array(models.length),
    hallIndex: new Uint16Array(count),
    slots: new Uint32Array(count),
    exhibitIds: new Array<string>(count),
  };
  models.forEach((model, index) => {
    instances.lodCountByModel[index] = model.lods.length;
  });

  let index = 0;
  forEachExhibitPlacement(layout, ({ slot, placed, xM, baseYM, zM }) => {
    const modelIndex = modelIndexById.get(placed.exhibit.model);
    const model = modelIndex === undefined ? undefined : models[modelIndex];
    if (modelIndex === undefined || model === undefined) return;
    const scale = placed.exhibit.scale;
    const [width, height, depth] = model.sizeM;
    instances.xM[index] = xM;
    instances.yM[index] = baseYM;
    instances.zM[index] = zM;
    instances.sphereYM[index] = baseYM + (height * scale) / 2;
    instances.yawRad[index] = placed.yawRad;
    instances.scale[index] = scale;
    instances.radiusM[index] = (Math.hypot(width, height, depth) * scale) / 2;
    instances.cosScale[index] = Math.cos(placed.yawRad) * scale;
    instances.sinScale[index] = Math.sin(placed.yawRad) * scale;
    instances.modelIndex[index] = modelIndex;
    instances.instancesPerModel[modelIndex] = (instances.instancesPerModel[modelIndex] ?? 0) + 1;
    instances.hallIndex[index] = placed.hallIndex;
    instances.slots[index] = slot;
    instances.exhibitIds[index] = placed.exhibit.id;
    index += 1;
  });
  return instances;
}
