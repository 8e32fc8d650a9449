/** Hand-made scenes, instance sets and cameras for the instancing tests. */
import { Frustum, Matrix4, PerspectiveCamera } from 'three';
import { writeFrustumPlanes } from '../../../src/render/instancing/writeFrustumPlanes';
import type { ExhibitInstances } from '../../../src/render/instancing/exhibitInstances';
import type { CullView } from '../../../src/render/instancing/cullAndSelect';
import { layoutScene, sceneSchema, type LaidOutScene, type SceneInput } from '../../../src/scene';

/**
 * Two halls (hall-b at [100, 20] on the site), three booths, four exhibits with known positions,
 * yaws and scales, one of them using a model the scene does not define.
 */
export function tinyLayout(): LaidOutScene {
  const zone = (id: string) => ({ id, name: { en: id }, color: '#336699', category: 'test', rect: { x: 0, z: 0, width: 50, depth: 50 } });
  const input: SceneInput = {
    version: 1,
    expo: { id: 'tiny', title: { en: 'Tiny' }, dates: { start: '2024-01-01', end: '2024-01-02' }, venue: { en: 'Test' }, defaultHall: 'hall-a' },
    halls: [
      { id: 'hall-a', name: { en: 'A' }, sizeM: { width: 50, depth: 50 }, positionM: [0, 0], zones: [zone('zone-a')] },
      { id: 'hall-b', name: { en: 'B' }, sizeM: { width: 50, depth: 50 }, positionM: [100, 20], zones: [zone('zone-b')] },
    ],
    booths: [
      { id: 'booth-a', code: 'A-1', zone: 'zone-a', positionM: [10, 10], sizeM: [4, 4] },
      { id: 'booth-b', code: 'B-1', zone: 'zone-b', positionM: [5, 6], rotationDeg: 90, sizeM: [4, 4] },
    ],
    exhibits: [
      { id: 'exhibit-one', booth: 'booth-a', model: 'model-small', offsetM: [0, 0], title: { en: '1' } },
      { id: 'exhibit-two', booth: 'booth-a', model: 'model-big', offsetM: [1, 0], rotationDeg: 30, scale: 2, elevationM: 0.5, title: { en: '2' } },
      { id: 'exhibit-lost', booth: 'booth-a', model: 'model-missing', offsetM: [0, 1], title: { en: '?' } },
      { id: 'exhibit-three', booth: 'booth-b', model: 'model-small', offsetM: [0, 0], scale: 0.5, title: { en: '3' } },
    ],
    models: [
      { id: 'model-small', lods: ['models/s/lod0.glb', 'models/s/lod1.glb', 'models/s/lod2.glb'], sizeM: [1, 2, 2] },
      { id: 'model-big', lods: ['models/b/lod0.glb'], sizeM: [2, 4, 4] },
    ],
  };
  return layoutScene(sceneSchema.parse(input));
}

export interface Sphere {
  x: number;
  y: number;
  z: number;
  r: number;
  model?: number;
  hall?: number;
  yawRad?: number;
  scale?: number;
}

/** Instances straight from spheres (base height = centre height), `models` models of `lods` files each. */
export function instancesFromSpheres(spheres: readonly Sphere[], models = 1, lods = 3): ExhibitInstances {
  const count = spheres.length;
  const instancesPerModel = new Uint32Array(models);
  for (const sphere of spheres) instancesPerModel[sphere.model ?? 0] = (instancesPerModel[sphere.model ?? 0] ?? 0) + 1;
  const yaws = spheres.map((s) => s.yawRad ?? 0);
  const scales = spheres.map((s) => s.scale ?? 1);
  return {
    count,
    modelCount: models,
    xM: Float32Array.from(spheres, (s) => s.x),
    yM: Float32Array.from(spheres, (s) => s.y),
    zM: Float32Array.from(spheres, (s) => s.z),
    sphereYM: Float32Array.from(spheres, (s) => s.y),
    yawRad: Float32Array.from(yaws),
    scale: Float32Array.from(scales),
    radiusM: Float32Array.from(spheres, (s) => s.r),
    cosScale: Float32Array.from(yaws, (yaw, i) => Math.cos(yaw) * (scales[i] ?? 1)),
    sinScale: Float32Array.from(yaws, (yaw, i) => Math.sin(yaw) * (scales[i] ?? 1)),
    modelIndex: Uint32Array.from(spheres, (s) => s.model ?? 0),
    instancesPerModel,
    lodCountByModel: new Uint8Array(models).fill(lods),
    hallIndex: Uint16Array.from(spheres, (s) => s.hall ?? 0),
    slots: Uint32Array.from(spheres, (_, i) => i),
    exhibitIds: spheres.map((_, i) => `exhibit-${i}`),
  };
}

/** A seeded generator (mulberry32): tests must not depend on `Math.random`. */
export { mulberry32 as seededRandom } from '../../../scripts/content/random';

const _projection = new Matrix4();

/** A camera at `from` looking at `to`, its frustum, and a view for `cullAndSelect`. */
export function lookFrom(
  from: [number, number, number],
  to: [number, number, number],
  { fovDeg = 60, aspect = 16 / 9, near = 0.1, far = 500 }: { fovDeg?: number; aspect?: number; near?: number; far?: number } = {},
): { camera: PerspectiveCamera; frustum: Frustum; view: CullView } {
  const camera = new PerspectiveCamera(fovDeg, aspect, near, far);
  camera.position.set(...from);
  camera.lookAt(...to);
  camera.updateMatrixWorld(true);
  const frustum = new Frustum().setFromProjectionMatrix(_projection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse));
  const view: CullView = {
    cameraXM: from[0],
    cameraYM: from[1],
    cameraZM: from[2],
    planes: writeFrustumPlanes(frustum, new Float64Array(24)),
    maxDistanceM: Infinity,
    lodDistanceScale: 1,
    hallMask: new Uint8Array(0),
    hallMaskOn: false,
  };
  return { camera, frustum, view };
}

/** A view with no planes (everything inside) from `position`: for LOD tests. */
export function openView(x: number, y = 0, z = 0): CullView {
  return { cameraXM: x, cameraYM: y, cameraZM: z, planes: new Float64Array(24), maxDistanceM: Infinity, lodDistanceScale: 1, hallMask: new Uint8Array(0), hallMaskOn: false };
}
