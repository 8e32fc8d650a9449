/** Frees the GPU resources of everything under `root` (R3F never disposes `<primitive>` objects). */
import { InstancedMesh, Mesh, type BufferGeometry, type Material, type Object3D } from 'three';
import { disposeMaterial } from './loadedModel';

/** `except`: objects whose resources another owner frees (they are skipped, not their children). */
export function disposeObject(root: Object3D, except: ReadonlySet<Object3D> = new Set()): void {
  const geometries = new Set<BufferGeometry>();
  const materials = new Set<Material>();
  root.traverse((object) => {
    if (!(object instanceof Mesh) || except.has(object)) return;
    geometries.add(object.geometry);
    const material: Material | Material[] = object.material;
    for (const one of Array.isArray(material) ? material : [material]) materials.add(one);
    // Frees the instance matrix and colour buffers.
    if (object instanceof InstancedMesh) object.dispose();
  });
  for (const geometry of geometries) geometry.dispose();
  // Loaded models may bring textures; the material's own dispose leaves them on the GPU.
  for (const material of materials) disposeMaterial(material);
}
