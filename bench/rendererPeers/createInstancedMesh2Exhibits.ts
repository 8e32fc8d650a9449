/**
 * The exhibits as `@three.ez/instanced-mesh` InstancedMesh2s with the library's defaults: one per
 * model (capacity set to its exhibit count), per-instance frustum culling by iterating the
 * instances (no BVH unless `computeBVH` is called, and it is not: the defaults are measured), and
 * the coarser levels added with `addLOD` at the app's switch distances for the model's radius.
 * `renderer` is passed, as the library needs it for the first frame to be drawn (perf-notes).
 *
 * Every InstancedMesh2 gets a geometry of its own: the library writes its `instanceIndex` attribute
 * into the geometry, and in 0.3.15 its clone-on-reuse does not take effect from the constructor
 * (`patchGeometry` clones into a local that is dropped), so models sharing files (the stress
 * scenes' `-v2`, `-v3` models) would draw with another mesh's instance indices.
 */
import { InstancedMesh2 } from '@three.ez/instanced-mesh';
import { Group, Vector3, type BufferGeometry, type WebGLRenderer } from 'three';
import type { ExhibitInstances } from '../../src/render/instancing';
import type { Scene } from '../../src/scene';
import { exhibitsByModel } from './exhibitTransform';
import type { ModelLevels } from './loadModelLevels';
import { LOD_DISTANCE_FACTORS, LOD_HYSTERESIS, modelRadiusM } from './lodSettings';

const UP = new Vector3(0, 1, 0);

export function createInstancedMesh2Exhibits(scene: Scene, instances: ExhibitInstances, levels: ModelLevels, renderer: WebGLRenderer): Group {
  const root = new Group();
  root.name = 'instancedmesh2-exhibits';
  const used = new Set<BufferGeometry>();
  const own = (geometry: BufferGeometry): BufferGeometry => {
    if (!used.has(geometry)) {
      used.add(geometry);
      return geometry;
    }
    return geometry.clone();
  };
  exhibitsByModel(instances).forEach((exhibits, model) => {
    const modelLevels = levels[model];
    const definition = scene.models[model];
    const [finest, ...coarser] = modelLevels ?? [];
    if (exhibits.length === 0 || !finest || !definition) return;
    const mesh = new InstancedMesh2(own(finest.geometry), finest.material, { capacity: exhibits.length, renderer });
    mesh.name = `instancedmesh2:${definition.id}`;
    mesh.addInstances(exhibits.length, (entity, index) => {
      const i = exhibits[index] ?? 0;
      entity.position.set(instances.xM[i] ?? 0, instances.yM[i] ?? 0, instances.zM[i] ?? 0);
      entity.quaternion.setFromAxisAngle(UP, instances.yawRad[i] ?? 0);
      entity.scale.setScalar(instances.scale[i] ?? 1);
    });
    const radius = modelRadiusM(definition);
    coarser.forEach((level, index) => {
      const factor = LOD_DISTANCE_FACTORS[index];
      if (factor !== undefined) mesh.addLOD(own(level.geometry), level.material, factor * radius, LOD_HYSTERESIS);
    });
    root.add(mesh);
  });
  return root;
}
