/** An exhibit's placement from the shared instance arrays, in the forms the peers take. */
import type { Matrix4 } from 'three';
import type { ExhibitInstances } from '../../src/render/instancing';

export interface ExhibitTransform {
  position: [number, number, number];
  yawRad: number;
  scale: number;
}

/** Translation × yaw about y × uniform scale of instance `i`, as the app's matrix packer writes it. */
export function exhibitTransform(instances: ExhibitInstances, i: number): ExhibitTransform {
  return {
    position: [instances.xM[i] ?? 0, instances.yM[i] ?? 0, instances.zM[i] ?? 0],
    yawRad: instances.yawRad[i] ?? 0,
    scale: instances.scale[i] ?? 1,
  };
}

/** The same placement as a matrix, written into `target`. */
export function exhibitMatrix(instances: ExhibitInstances, i: number, target: Matrix4): Matrix4 {
  const c = instances.cosScale[i] ?? 0;
  const s = instances.sinScale[i] ?? 0;
  // Column-major set() takes rows: R_y(yaw) · scale, then the translation.
  return target.set(c, 0, s, instances.xM[i] ?? 0, 0, instances.scale[i] ?? 0, 0, instances.yM[i] ?? 0, -s, 0, c, instances.zM[i] ?? 0, 0, 0, 0, 1);
}

/** Instance indices of each model (`scene.models` index → its exhibits), in instance order. */
export function exhibitsByModel(instances: ExhibitInstances): number[][] {
  const lists = Array.from({ length: instances.modelCount }, (): number[] => []);
  for (let i = 0; i < instances.count; i += 1) lists[instances.modelIndex[i] ?? 0]?.push(i);
  return lists;
}
