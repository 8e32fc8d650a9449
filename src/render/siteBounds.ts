/** The rectangle covering every hall on the site plan, metres. */
import type { Scene } from '../scene';

export interface SiteBounds {
  minX: number;
  minZ: number;
  maxX: number;
  maxZ: number;
  /** Tallest hall, metres. */
  maxHeight: number;
}

/** Bounds of all halls on the site plan; all zero for a scene without halls. */
export function siteBounds(scene: Scene): SiteBounds {
  const bounds: SiteBounds = { minX: Infinity, minZ: Infinity, maxX: -Infinity, maxZ: -Infinity, maxHeight: 0 };
  for (const hall of scene.halls) {
    const [x, z] = hall.positionM;
    bounds.minX = Math.min(bounds.minX, x);
    bounds.minZ = Math.min(bounds.minZ, z);
    bounds.maxX = Math.max(bounds.maxX, x + hall.sizeM.width);
    bounds.maxZ = Math.max(bounds.maxZ, z + hall.sizeM.depth);
    bounds.maxHeight = Math.max(bounds.maxHeight, hall.sizeM.height);
  }
  if (!Number.isFinite(bounds.minX)) return { minX: 0, minZ: 0, maxX: 0, maxZ: 0, maxHeight: 0 };
  return bounds;
}
