/** The site around the halls: one large plane just below the hall floors. */
import { Mesh, MeshStandardMaterial, PlaneGeometry } from 'three';
import { FLOOR_THICKNESS_M, GROUND_MARGIN_M } from '../scene';
import { PALETTE } from './palette';
import type { SiteBounds } from './siteBounds';

/** A neutral plane reaching `GROUND_MARGIN_M` beyond the halls on every side. */
export function createGround(bounds: SiteBounds): Mesh {
  const width = bounds.maxX - bounds.minX + 2 * GROUND_MARGIN_M;
  const depth = bounds.maxZ - bounds.minZ + 2 * GROUND_MARGIN_M;
  const ground = new Mesh(
    new PlaneGeometry(width, depth).rotateX(-Math.PI / 2),
    new MeshStandardMaterial({ color: PALETTE.ground, roughness: 1, metalness: 0 }),
  );
  ground.name = 'site-ground';
  ground.position.set((bounds.minX + bounds.maxX) / 2, -FLOOR_THICKNESS_M, (bounds.minZ + bounds.maxZ) / 2);
  return ground;
}
