/**
 * The app's level-of-detail switches, given to every peer in the form its API takes, so that all
 * renderers draw the same levels at the same distances. The app (src/render/createExhibitBatches.ts
 * and instancing/cullAndSelect.ts) switches to level i + 1 at `LOD_DISTANCE_FACTORS[i]` × the
 * exhibit's bounding radius (half the diagonal of the model's `sizeM`, times its scale), with 12 %
 * hysteresis.
 */
import type { ExhibitInstances } from '../../src/render/instancing';
import type { Scene } from '../../src/scene';

export const LOD_DISTANCE_FACTORS = [12, 40] as const;
export const LOD_HYSTERESIS = 0.12;

/** Bounding radius of a model at scale 1, as the app computes it, metres. */
export function modelRadiusM(model: Scene['models'][number]): number {
  const [width, height, depth] = model.sizeM;
  return Math.hypot(width, height, depth) / 2;
}

/** Switch distances of instance `i` for drei's `<Detailed distances>` (level 0 from 0 m). */
export function instanceLodDistancesM(instances: ExhibitInstances, i: number): number[] {
  const radius = instances.radiusM[i] ?? 0;
  return [0, ...LOD_DISTANCE_FACTORS.map((factor) => factor * radius)];
}
