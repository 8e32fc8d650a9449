/**
 * Placeholder boxes for every exhibit in ONE InstancedMesh: each box is its model's `sizeM` times
 * the exhibit's scale, in the model's colour, standing on its booth platform at the exhibit's
 * position and yaw. Exhibits live in the instance arrays, never as objects of their own (see
 * docs/perf-notes: 10k Object3Ds cost milliseconds per frame before anything is drawn). A box
 * stays until its model's file has loaded (see `createExhibitBatches`).
 */
import { BoxGeometry, Color, InstancedMesh, MeshStandardMaterial } from 'three';
import type { LaidOutScene, Model } from '../scene';
import { finishInstances } from './createHallMeshes';
import { forEachExhibitPlacement } from './exhibitPlacements';
import { setBoxInstance } from './instanceMatrix';

/** Size and colour for an exhibit whose model is unknown (the validator reports those as errors). */
const FALLBACK_MODEL: Pick<Model, 'sizeM' | 'color'> = { sizeM: [1, 1, 1], color: '#9aa4b1' };

const _color = new Color();

/** One placeholder box per placed exhibit; exhibits without a known hall or position are left out. */
export function createExhibitMesh(layout: LaidOutScene): InstancedMesh {
  const modelById = new Map<string, Pick<Model, 'sizeM' | 'color'>>();
  for (const model of layout.scene.models) if (!modelById.has(model.id)) modelById.set(model.id, model);

  const mesh = new InstancedMesh(
    new BoxGeometry(1, 1, 1),
    new MeshStandardMaterial({ roughness: 0.55, metalness: 0.1 }),
    layout.exhibits.length,
  );
  mesh.name = 'exhibit-placeholders';

  mesh.count = forEachExhibitPlacement(layout, ({ slot, placed, xM, baseYM, zM }) => {
    const model = modelById.get(placed.exhibit.model) ?? FALLBACK_MODEL;
    const [width, height, depth] = model.sizeM;
    const scale = placed.exhibit.scale;
    setBoxInstance(mesh, slot, xM, baseYM + (height * scale) / 2, zM, placed.yawRad, width * scale, height * scale, depth * scale);
    mesh.setColorAt(slot, _color.set(model.color));
  });
  finishInstances(mesh);
  return mesh;
}
