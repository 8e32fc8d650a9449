import { BoxGeometry, BufferAttribute, BufferGeometry, DynamicDrawUsage, Frustum, Matrix4, MeshStandardMaterial, PerspectiveCamera, Quaternion, Sphere, Texture, Vector3, type InstancedMesh, type Material, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { createExhibitBatches, createExpoView, type LoadedModel } from '../../src/render';
import { BOOTH_PLATFORM_HEIGHT_M } from '../../src/scene';
import { createCullView, resetLevels } from '../../src/render/instancing';
import { generateLayout, generatedModelId } from './generatedLayout';

function boxModel(matrix = new Matrix4()): LoadedModel {
  return { parts: [{ geometry: new BoxGeometry(), material: new MeshStandardMaterial({ vertexColors: true }), matrix }] };
}

const lodFile = (model: number, level: number): string => `models/box-${model}/lod${level}.glb`;

function countObjects(root: Object3D): number {
  let count = 0;
  root.traverse(() => {
    count += 1;
  });
  return count;
}

function byName(root: Object3D, name: string): InstancedMesh | undefined {
  return root.getObjectByName(name) as InstancedMesh | undefined;
}

const _matrix = new Matrix4();
const _position = new Vector3();
const _quaternion = new Quaternion();
const _scale = new Vector3();

function decompose(mesh: InstancedMesh, index: number) {
  mesh.getMatrixAt(index, _matrix);
  _matrix.decompose(_position, _quaternion, _scale);
  return { position: _position.clone(), quaternion: _quaternion.clone(), scale: _scale.clone() };
}

/**
 * A view that sees everything (all planes zero) from 1 km up. The default scale puts every instance
 * of the generated layout (radius ≈ 0.57 m) at its coarsest file level (40 r·25 < 1 km < 120 r·25);
 * a tiny scale sends them all to the far boxes, a huge one to full detail.
 */
function wholeView(levelScale = 25) {
  const view = createCullView();
  view.cameraYM = 1000;
  view.lodDistanceScale = levelScale;
  return view;
}

describe('createExhibitBatches', () => {
  it('asks for every level file of every model its exhibits use, the coarsest level of all models first', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 10, exhibitsPerBooth: 3, models: 3, lods: 3 }));
    expect(batches.requests).toEqual(
      [2, 1, 0].flatMap((level) => [0, 1, 2].map((model) => ({ modelId: generatedModelId(model), file: lodFile(model, level) }))),
    );
    // Three file levels and the far-box level.
    expect(batches.lodLevels).toBe(4);
  });

  it('asks for no model no exhibit uses', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 2, exhibitsPerBooth: 1, models: 5 }));
    expect(batches.requests.map((request) => request.modelId)).toEqual([generatedModelId(0), generatedModelId(1)]);
  });

  it('creates one empty mesh per level of a model when its first file arrives, and none for later files', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 12, exhibitsPerBooth: 1, models: 2, lods: 3 }));
    const meshes = batches.showModel(generatedModelId(1), lodFile(1, 2), boxModel());
    expect(meshes.map((mesh) => [mesh.name, mesh.count, mesh.instanceMatrix.count, mesh.frustumCulled])).toEqual(
      [0, 1, 2].map((level) => [`model:${generatedModelId(1)}:lod${level}`, 0, 6, false]),
    );
    expect(batches.showModel(generatedModelId(1), lodFile(1, 0), boxModel())).toEqual([]);
    expect(batches.showModel('model-unknown', lodFile(0, 0), boxModel())).toEqual([]);
    expect(batches.showModel(generatedModelId(0), 'models/other.glb', boxModel())).toEqual([]);
  });

  it('backs each mesh with the culler matrix array of its bucket and draws only the instances the cull found', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 20, exhibitsPerBooth: 2, models: 2, lods: 3 }));
    const meshes = batches.showModel(generatedModelId(0), lodFile(0, 2), boxModel());
    const result = batches.cull(wholeView());
    expect(result.visible).toBe(40);
    expect(meshes.map((mesh) => mesh.count)).toEqual([0, 0, 20]);
    expect(meshes.map((mesh) => mesh.visible)).toEqual([false, false, true]);
    // Only the used prefix of the batch's array goes to the GPU.
    expect(meshes[2]?.instanceMatrix.updateRanges).toEqual([{ start: 0, count: 20 * 16 }]);
    // The same instances again: nothing new to upload.
    const version = meshes[2]?.instanceMatrix.version;
    batches.cull(wholeView());
    expect(meshes[2]?.instanceMatrix.version).toBe(version);
    const array = meshes[2]?.instanceMatrix.array;
    expect(meshes[2]?.instanceMatrix.usage).toBe(DynamicDrawUsage);
    expect(Array.from({ length: 20 }, (_, slot) => array?.[slot * 16 + 15])).toEqual(new Array(20).fill(1));
    // Close up: every instance at full detail, written into the same arrays (nothing reallocated).
    resetLevels(batches.culler);
    batches.cull(wholeView(1e6));
    expect(meshes.map((mesh) => mesh.count)).toEqual([20, 0, 0]);
    expect(meshes[2]?.instanceMatrix.array).toBe(array);
    expect(meshes[0]?.visible).toBe(true);
  });

  it('draws far exhibits of loaded models as their coloured boxes, all models in one far-box mesh', () => {
    const layout = generateLayout({ booths: 20, exhibitsPerBooth: 2, models: 2, lods: 3 });
    const batches = createExhibitBatches(layout);
    const meshes = batches.showModel(generatedModelId(0), lodFile(0, 2), boxModel());
    batches.cull(wholeView(1e-6));
    expect(meshes.map((mesh) => mesh.count)).toEqual([0, 0, 0]);
    // The loaded model's 20 far exhibits: one draw call; the other model's 20 are still placeholders.
    expect(batches.farBoxes.count).toBe(20);
    expect(batches.farBoxes.visible).toBe(true);
    const slots = layout.exhibits.flatMap((placed, slot) => (placed.exhibit.model === generatedModelId(0) ? [slot] : []));
    const boxes = Array.from({ length: 20 }, (_, index) => decompose(batches.farBoxes, index).position.toArray().join());
    const expected = slots.map((slot) => decompose(batches.placeholders, slot).position.toArray().join());
    expect(boxes.sort()).toEqual(expected.sort());
    const color = batches.farBoxes.instanceColor?.array;
    expect(color?.[0]).toBeGreaterThan(0);
    // Up close again: no far boxes.
    resetLevels(batches.culler);
    batches.cull(wholeView(1e6));
    expect(batches.farBoxes.count).toBe(0);
    expect(batches.farBoxes.visible).toBe(false);
  });

  it('puts each drawn instance where its placeholder box stood, turned and scaled like the exhibit', () => {
    const layout = generateLayout({ booths: 6, exhibitsPerBooth: 2, models: 2, hallPositionM: [30, -12] });
    const batches = createExhibitBatches(layout);
    const before = Array.from({ length: layout.exhibits.length }, (_, slot) => decompose(batches.placeholders, slot));
    const [mesh] = batches.showModel(generatedModelId(1), lodFile(1, 0), boxModel());
    if (!mesh) throw new Error('no batch');
    batches.cull(wholeView());
    const slots = layout.exhibits.flatMap((placed, slot) => (placed.exhibit.model === generatedModelId(1) ? [slot] : []));
    expect(mesh.count).toBe(slots.length);
    const drawn = Array.from({ length: mesh.count }, (_, index) => decompose(mesh, index));
    for (const slot of slots) {
      const box = before[slot];
      if (!box) throw new Error('no box');
      const instance = drawn.find((one) => Math.abs(one.position.x - box.position.x) < 1e-4 && Math.abs(one.position.z - box.position.z) < 1e-4);
      if (!instance) throw new Error(`no instance at box ${slot}`);
      // The model stands on the platform: its origin is the box's base.
      expect(instance.position.y).toBeCloseTo(BOOTH_PLATFORM_HEIGHT_M, 5);
      expect(instance.quaternion.angleTo(box.quaternion)).toBeLessThan(1e-5);
      expect(instance.scale.toArray()).toEqual([0.5, 0.5, 0.5].map((value) => expect.closeTo(value, 6)));
    }
  });

  it('bakes the part transform of the file into a copy of its geometry once', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 1, exhibitsPerBooth: 1 }));
    const model = boxModel(new Matrix4().makeTranslation(0, 2, 0));
    const [mesh] = batches.showModel(generatedModelId(0), lodFile(0, 0), model);
    if (!mesh) throw new Error('no batch');
    expect(mesh.geometry).not.toBe(model.parts[0]?.geometry);
    mesh.geometry.computeBoundingBox();
    expect(mesh.geometry.boundingBox?.min.y).toBeCloseTo(1.5, 5);
  });

  it('bakes a dequantizing scale into float positions instead of clamping the normalized integers', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 1, exhibitsPerBooth: 1 }));
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Int16Array([0, 0, 0, 32767, 32767, 32767, -32767, 0, 32767]), 3, true));
    const model: LoadedModel = { parts: [{ geometry, material: new MeshStandardMaterial(), matrix: new Matrix4().makeScale(4, 4, 4) }] };
    const [mesh] = batches.showModel(generatedModelId(0), lodFile(0, 0), model);
    const position = mesh?.geometry.getAttribute('position');
    expect([position?.getX(1), position?.getY(1), position?.getX(2)]).toEqual([4, 4, -4].map((value) => expect.closeTo(value, 5)));
  });

  it('draws a level whose file has not arrived with the nearest loaded one, then swaps in its own', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 4, exhibitsPerBooth: 1, lods: 3 }));
    const coarse = boxModel();
    const fine = boxModel();
    const meshes = batches.showModel(generatedModelId(0), lodFile(0, 2), coarse);
    expect(meshes.map((mesh) => mesh.geometry)).toEqual([0, 1, 2].map(() => coarse.parts[0]?.geometry));
    batches.showModel(generatedModelId(0), lodFile(0, 0), fine);
    const own = [fine, coarse, coarse].map((model) => model.parts[0]?.geometry);
    expect(meshes.map((mesh) => mesh.geometry)).toEqual([fine.parts[0]?.geometry, fine.parts[0]?.geometry, coarse.parts[0]?.geometry]);
    const middle = boxModel();
    batches.showModel(generatedModelId(0), lodFile(0, 1), middle);
    own[1] = middle.parts[0]?.geometry;
    expect(meshes.map((mesh) => mesh.geometry)).toEqual(own);
    // Equal materials are one: the first loaded stands for the others.
    expect(meshes[1]?.material).toBe(coarse.parts[0]?.material);
  });

  it('shares one material between batches whose materials draw the same, and only those', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 4, exhibitsPerBooth: 2, models: 3 }));
    const model = (roughness: number): LoadedModel => ({ parts: [{ geometry: new BoxGeometry(), material: new MeshStandardMaterial({ vertexColors: true, roughness }), matrix: new Matrix4() }] });
    const [first] = batches.showModel(generatedModelId(0), lodFile(0, 0), model(0.5));
    const [same] = batches.showModel(generatedModelId(1), lodFile(1, 0), model(0.5));
    const [rougher] = batches.showModel(generatedModelId(2), lodFile(2, 0), model(0.9));
    expect(same?.material).toBe(first?.material);
    expect(rougher?.material).not.toBe(first?.material);
    expect((rougher?.material as MeshStandardMaterial).roughness).toBe(0.9);
    // A textured material is never merged with another.
    const textured = createExhibitBatches(generateLayout({ booths: 2, exhibitsPerBooth: 1, models: 2 }));
    const withMap = (): LoadedModel => ({ parts: [{ geometry: new BoxGeometry(), material: new MeshStandardMaterial({ map: new Texture() }), matrix: new Matrix4() }] });
    const [a] = textured.showModel(generatedModelId(0), lodFile(0, 0), withMap());
    const [b] = textured.showModel(generatedModelId(1), lodFile(1, 0), withMap());
    expect(a?.material).not.toBe(b?.material);
  });

  it('culls for a known camera: counts per (model, level) match a brute-force frustum and distance test', () => {
    const layout = generateLayout({ booths: 400, exhibitsPerBooth: 2, models: 3, lods: 3 });
    const view = createExpoView(layout);
    for (const request of view.modelRequests) view.showModel(request.modelId, request.file, boxModel());
    const camera = new PerspectiveCamera(60, 16 / 9, 0.1, 500);
    camera.position.set(20, 3, 20);
    camera.lookAt(80, 0, 40);
    camera.updateMatrixWorld();
    const result = view.cullExhibits(camera);

    const frustum = new Frustum().setFromProjectionMatrix(new Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse));
    const { instances } = createExhibitBatches(layout).culler;
    const expected = new Map<string, number>();
    for (let i = 0; i < instances.count; i += 1) {
      const center = new Vector3(instances.xM[i], instances.sphereYM[i], instances.zM[i]);
      const radius = instances.radiusM[i] ?? 0;
      if (!frustum.intersectsSphere(new Sphere(center, radius))) continue;
      const distance = center.distanceTo(camera.position);
      const level = distance < 12 * radius ? 0 : distance < 40 * radius ? 1 : distance < 120 * radius ? 2 : 3;
      const name = level === 3 ? 'exhibit-far-boxes' : `model:${generatedModelId(instances.modelIndex[i] ?? 0)}:lod${level}`;
      expected.set(name, (expected.get(name) ?? 0) + 1);
    }
    const actual = new Map<string, number>();
    view.root.traverse((object) => {
      const mesh = object as InstancedMesh;
      if ((object.name.startsWith('model:') || object.name === 'exhibit-far-boxes') && mesh.count > 0) actual.set(object.name, mesh.count);
    });
    expect(actual).toEqual(expected);
    expect(result.visible).toBe([...expected.values()].reduce((sum, count) => sum + count, 0));
    expect(result.visible).toBeGreaterThan(0);
    expect(result.visible).toBeLessThan(800);
    expect([0, 1, 2, 3].every((level) => (result.levelCounts[level] ?? 0) > 0)).toBe(true);
    view.dispose();
  });

  it('hides the boxes of a loaded model only, and the placeholder mesh once every model is in', () => {
    const layout = generateLayout({ booths: 8, exhibitsPerBooth: 2, models: 2 });
    const batches = createExhibitBatches(layout);
    batches.showModel(generatedModelId(0), lodFile(0, 0), boxModel());
    layout.exhibits.forEach((placed, slot) => {
      const elements = batches.placeholders.getMatrixAt(slot, _matrix).elements;
      const linear = [0, 1, 2, 4, 5, 6, 8, 9, 10].map((index) => elements[index] ?? NaN);
      if (placed.exhibit.model === generatedModelId(0)) {
        expect(linear.every((value) => value === 0)).toBe(true);
        // Hidden in place: the bounds of the placeholder mesh stay meaningful.
        expect(elements[13]).toBeGreaterThan(0);
      } else {
        expect(linear.some((value) => value !== 0)).toBe(true);
      }
    });
    expect(batches.placeholders.visible).toBe(true);
    batches.showModel(generatedModelId(1), lodFile(1, 0), boxModel());
    expect(batches.placeholders.visible).toBe(false);
  });
});

describe('createExpoView with models', () => {
  it('grows by one object per (loaded model, level), not per exhibit', () => {
    const small = createExpoView(generateLayout({ booths: 10, exhibitsPerBooth: 1, models: 3, lods: 3 }));
    const large = createExpoView(generateLayout({ booths: 1000, exhibitsPerBooth: 5, models: 3, lods: 3 }));
    const base = countObjects(small.root);
    expect(countObjects(large.root)).toBe(base);
    for (const view of [small, large]) {
      for (const request of view.modelRequests) expect(view.showModel(request.modelId, request.file, boxModel())).toBe(true);
      view.cullExhibits(new PerspectiveCamera());
    }
    expect(countObjects(small.root)).toBe(base + 9);
    expect(countObjects(large.root)).toBe(base + 9);
    expect(byName(large.root, `model:${generatedModelId(2)}:lod0`)?.instanceMatrix.count).toBe(5000 / 3 | 0);
    small.dispose();
    large.dispose();
  });

  it('frees every geometry, material, texture and instance buffer of loaded models once on dispose', () => {
    const view = createExpoView(generateLayout({ booths: 4, exhibitsPerBooth: 1, lods: 3 }));
    const disposed = new Map<unknown, number>();
    const count = (key: unknown) => () => disposed.set(key, (disposed.get(key) ?? 0) + 1);
    const models = [0, 1, 2].map(() => boxModel(new Matrix4().makeTranslation(0, 1, 0)));
    const texture = new Texture();
    (models[0]?.parts[0]?.material as MeshStandardMaterial).map = texture;
    texture.addEventListener('dispose', count(texture));
    for (const model of models) {
      const part = model.parts[0];
      part?.geometry.addEventListener('dispose', count(part.geometry));
      (part?.material as Material).addEventListener('dispose', count(part?.material));
    }
    // Coarsest first, the finest level last: the meshes swap geometry twice.
    const meshes: InstancedMesh[] = [];
    for (const level of [2, 1, 0]) {
      view.showModel(generatedModelId(0), lodFile(0, level), models[level] as LoadedModel);
    }
    view.root.traverse((object) => {
      if (object.name.startsWith('model:')) meshes.push(object as InstancedMesh);
    });
    expect(meshes).toHaveLength(3);
    for (const mesh of meshes) {
      mesh.addEventListener('dispose', count(mesh));
      mesh.geometry.addEventListener('dispose', count(mesh.geometry));
    }
    view.dispose();
    const expected = [texture, ...meshes, ...meshes.map((mesh) => mesh.geometry), ...models.flatMap((model) => [model.parts[0]?.geometry, model.parts[0]?.material])];
    for (const key of expected) expect(disposed.get(key) ?? 0).toBeGreaterThanOrEqual(1);
    // Each once: the sources, the baked copies the meshes draw, the materials shared by both.
    expect(new Set(meshes.map((mesh) => mesh.geometry)).size).toBe(3);
    expect([...disposed.values()]).toEqual(new Array(expected.length).fill(1));
  });

  it('frees a model it does not need at once', () => {
    const view = createExpoView(generateLayout({ booths: 4, exhibitsPerBooth: 1 }));
    const model = boxModel();
    let freed = false;
    model.parts[0]?.geometry.addEventListener('dispose', () => (freed = true));
    expect(view.showModel('model-unknown', 'models/unknown.glb', model)).toBe(false);
    expect(freed).toBe(true);
    view.dispose();
  });
});
