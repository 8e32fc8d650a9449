/**
 * Placeholder boxes for every exhibit in ONE InstancedMesh: each box is its model's `sizeM` times
 * the exhibit's scale, in the model's colour, standing on its booth platform at the exhibit's
 * position and yaw. Exhibits live in the instance arrays, never as objects of their own (see
 * docs/perf-notes: 10k Object3Ds cost milliseconds per frame before anything is drawn).
 */
import { BoxGeometry, Color, InstancedMesh, MeshStandardMaterial } from 'three';
import type { LaidOutScene, Model } from '../scene';
import { BOOTH_PLATFORM_HEIGHT_M } from './dimensions';
import { finishInstances } from './createHallMeshes';
import { setBoxInstance } from './instanceMatrix';

/** Size and colour for an exhibit whose model is unknown (the validator reports those as errors). */
const FALLBACK_MODEL: Pick<Model, 'sizeM' | 'color'> = { sizeM: [1, 1, 1], color: '#9aa4b1' };

const _color = new Color();

/** One placeholder box per placed exhibit; exhibits without a known hall or position are left out. */
export function createExhibitMesh(layout: LaidOutScene): InstancedMesh {
  const { halls, models } = layout.scene;
  const modelById = new Map<string, Pick<Model, 'sizeM' | 'color'>>();
  for (const model of models) if (!modelById.has(model.id)) modelById.set(model.id, model);

  const mesh = new InstancedMesh(
    new BoxGeometry(1, 1, 1),
    new MeshStandardMaterial({ roughness: 0.55, metalness: 0.1 }),
    layout.exhibits.length,
  );
  mesh.name = 'exhibit-placeholders';

  let count = 0;
  for (const placed of layout.exhibits) {
    const hall = halls[placed.hallIndex];
    if (!hall || !Number.isFinite(placed.xM + placed.zM + placed.yawRad)) continue;
    const { exhibit } = placed;
    const model = modelById.get(exhibit.model) ?? FALLBACK_MODEL;
    const [width, height, depth] = model.sizeM;
    const scale = exhibit.scale;
    setBoxInstance(
      mesh,
      count,
      hall.positionM[0] + placed.xM,
      BOOTH_PLATFORM_HEIGHT_M + exhibit.elevationM + (height * scale) / 2,
      hall.positionM[1] + placed.zM,
      placed.yawRad,
      width * scale,
      height * scale,
      depth * scale,
    );
    mesh.setColorAt(count, _color.set(model.color));
    count += 1;
  }
  mesh.count = count;
  finishInstances(mesh);
  return mesh;
}
