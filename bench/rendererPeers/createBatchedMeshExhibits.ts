/**
 * The exhibits as one three.js BatchedMesh with `@three.ez/batched-mesh-extensions`, set up as its
 * README documents: `extendBatchedMeshPrototype()`, one geometry per model file set with its
 * coarser levels added by `addGeometryLOD`, one instance per exhibit, then `computeBVH` so culling
 * walks the BVH. Everything else is left at its defaults (three's `sortObjects` is on; the LOD
 * metric is the library's screen-space one).
 *
 * LOD metric: the library picks a coarser level when `radius / (distance · tan(fov / 2))` drops to
 * the level's metric, `radius` being the geometry's bounding sphere; `1 / (factor · tan(fov / 2))`
 * therefore switches at `factor` radii, as the app does.
 *
 * One material for all exhibits (that is what batching means); the per-model roughness and
 * metalness of the files go into the library's per-instance uniforms. `renderer.info` counts the
 * whole multi-draw as one call: `uncountedCalls` gives the rest (perf-notes).
 */
import { extendBatchedMeshPrototype } from '@three.ez/batched-mesh-extensions';
import { BatchedMesh, Matrix4, MeshStandardMaterial, type Material, type WebGLRenderer } from 'three';
import type { ExhibitInstances } from '../../src/render/instancing';
import { exhibitMatrix } from './exhibitTransform';
import type { ModelLevels } from './loadModelLevels';
import { LOD_DISTANCE_FACTORS } from './lodSettings';
import { mergeLodGeometry, type MergedLods } from './mergeLodGeometry';

extendBatchedMeshPrototype();

export interface BatchedMeshExhibits {
  mesh: BatchedMesh;
  /** Sub-draws of the latest frame's multi-draw that `renderer.info.render.calls` left out. */
  uncountedCalls: () => number;
}

/** three keeps the sub-draw count of the latest cull here; not in its public types. */
interface MultiDrawState {
  _multiDrawCount: number;
}

const _matrix = new Matrix4();

function surfaceOf(material: Material): { roughness: number; metalness: number } {
  return material instanceof MeshStandardMaterial ? { roughness: material.roughness, metalness: material.metalness } : { roughness: 1, metalness: 0 };
}

export function createBatchedMeshExhibits(instances: ExhibitInstances, levels: ModelLevels, renderer: WebGLRenderer, fovDeg: number): BatchedMeshExhibits {
  // Models sharing their files share one geometry.
  const mergedByFiles = new Map<string, MergedLods>();
  const filesOfModel = levels.map((modelLevels) => modelLevels?.map((level) => level.file).join('|'));
  levels.forEach((modelLevels, model) => {
    const key = filesOfModel[model];
    if (modelLevels && key !== undefined && !mergedByFiles.has(key)) mergedByFiles.set(key, mergeLodGeometry(modelLevels.map((level) => level.geometry)));
  });
  let vertexCount = 0;
  let indexCount = 0;
  for (const merged of mergedByFiles.values()) {
    vertexCount += merged.geometry.getAttribute('position').count;
    indexCount += merged.indexCount;
  }

  const material = new MeshStandardMaterial({ vertexColors: true });
  const mesh = new BatchedMesh(instances.count, vertexCount, indexCount, material);
  mesh.name = 'batchedmesh-exhibits';
  const tanHalfFov = Math.tan((fovDeg * Math.PI) / 360);
  const geometryIds = new Map<string, number>();
  for (const [key, merged] of mergedByFiles) {
    const id = mesh.addGeometry(merged.geometry, -1, merged.indexCount);
    merged.coarserIndices.forEach((indices, index) => {
      const factor = LOD_DISTANCE_FACTORS[index];
      if (factor !== undefined) mesh.addGeometryLOD(id, indices, 1 / (factor * tanHalfFov));
    });
    geometryIds.set(key, id);
  }

  mesh.initUniformsPerInstance({ fragment: { metalness: 'float', roughness: 'float' } });
  for (let i = 0; i < instances.count; i += 1) {
    const model = instances.modelIndex[i] ?? 0;
    const geometryId = geometryIds.get(filesOfModel[model] ?? '');
    const finest = levels[model]?.[0];
    if (geometryId === undefined || !finest) continue;
    const id = mesh.addInstance(geometryId);
    mesh.setMatrixAt(id, exhibitMatrix(instances, i, _matrix));
    const { roughness, metalness } = surfaceOf(finest.material);
    mesh.setUniformAt(id, 'roughness', roughness);
    mesh.setUniformAt(id, 'metalness', metalness);
  }
  mesh.computeBVH(renderer.coordinateSystem, { margin: 0 });

  const multiDraw = renderer.extensions.has('WEBGL_multi_draw');
  let drawnFrame = -1;
  mesh.onAfterRender = () => {
    drawnFrame = renderer.info.render.frame;
  };
  return {
    mesh,
    uncountedCalls: () => {
      // Without the extension three issues one real draw per sub-draw and counts each.
      if (!multiDraw || drawnFrame !== renderer.info.render.frame) return 0;
      return Math.max(0, (mesh as unknown as MultiDrawState)._multiDrawCount - 1);
    },
  };
}
