import { BoxGeometry, Matrix4, MeshStandardMaterial, Quaternion, Texture, Vector3, type InstancedMesh, type Material, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { BOOTH_PLATFORM_HEIGHT_M, batchLevel, createExhibitBatches, createExpoView, type LoadedModel } from '../../src/render';
import { generateLayout, generatedModelId } from './generatedLayout';

function boxModel(matrix = new Matrix4()): LoadedModel {
  return { parts: [{ geometry: new BoxGeometry(), material: new MeshStandardMaterial({ vertexColors: true }), matrix }] };
}

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

describe('createExhibitBatches', () => {
  it('asks for each model its exhibits use once, with the file of its level', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 10, exhibitsPerBooth: 3, models: 4 }));
    expect(batches.requests).toEqual(
      [0, 1, 2, 3].map((index) => ({ modelId: generatedModelId(index), file: `models/box-${index}/lod0.glb` })),
    );
  });

  it('draws a model used a few times at full detail and one repeated in dozens of booths at its lowest level', () => {
    // 40 exhibits over 3 models in turn (14, 13, 13); all but 3 of the first model's move to the third.
    const layout = generateLayout({ booths: 10, exhibitsPerBooth: 4, models: 3 });
    for (const model of layout.scene.models) model.lods = [0, 1, 2].map((level) => `models/${model.id}/lod${level}.glb`);
    const first = layout.exhibits.filter((placed) => placed.exhibit.model === generatedModelId(0));
    for (const placed of first.slice(3)) placed.exhibit.model = generatedModelId(2);
    const files = Object.fromEntries(createExhibitBatches(layout).requests.map((request) => [request.modelId, request.file]));
    expect(files).toEqual({
      [generatedModelId(0)]: `models/${generatedModelId(0)}/lod0.glb`,
      [generatedModelId(1)]: `models/${generatedModelId(1)}/lod1.glb`,
      [generatedModelId(2)]: `models/${generatedModelId(2)}/lod2.glb`,
    });
    expect([1, 4, 5, 16, 17, 500].map(batchLevel)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('asks for no model no exhibit uses', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 2, exhibitsPerBooth: 1, models: 5 }));
    expect(batches.requests.map((request) => request.modelId)).toEqual([generatedModelId(0), generatedModelId(1)]);
  });

  it('puts each instance of a loaded model where its placeholder box stood, turned and scaled like the exhibit', () => {
    const layout = generateLayout({ booths: 6, exhibitsPerBooth: 2, models: 2, hallPositionM: [30, -12] });
    const batches = createExhibitBatches(layout);
    const before = Array.from({ length: layout.exhibits.length }, (_, slot) => decompose(batches.placeholders, slot));
    const [mesh] = batches.showModel(generatedModelId(1), boxModel());
    if (!mesh) throw new Error('no batch');
    expect(mesh.name).toBe(`model:${generatedModelId(1)}`);
    const slots = layout.exhibits.flatMap((placed, slot) => (placed.exhibit.model === generatedModelId(1) ? [slot] : []));
    expect(mesh.count).toBe(slots.length);
    slots.forEach((slot, index) => {
      const instance = decompose(mesh, index);
      const box = before[slot];
      if (!box) throw new Error('no box');
      expect(instance.position.x).toBeCloseTo(box.position.x, 5);
      expect(instance.position.z).toBeCloseTo(box.position.z, 5);
      // The model stands on the platform: its origin is the box's base.
      expect(instance.position.y).toBeCloseTo(BOOTH_PLATFORM_HEIGHT_M, 5);
      expect(instance.quaternion.angleTo(box.quaternion)).toBeLessThan(1e-5);
      expect(instance.scale.toArray()).toEqual([0.5, 0.5, 0.5].map((value) => expect.closeTo(value, 6)));
    });
  });

  it('applies the part transform of the file after the placement', () => {
    const layout = generateLayout({ booths: 1, exhibitsPerBooth: 1 });
    const batches = createExhibitBatches(layout);
    const [mesh] = batches.showModel(generatedModelId(0), boxModel(new Matrix4().makeTranslation(0, 2, 0)));
    if (!mesh) throw new Error('no batch');
    // Scale 0.5: the part's 2 m lift becomes 1 m.
    expect(decompose(mesh, 0).position.y).toBeCloseTo(BOOTH_PLATFORM_HEIGHT_M + 1, 5);
  });

  it('hides the boxes of a loaded model only, and the placeholder mesh once every model is in', () => {
    const layout = generateLayout({ booths: 8, exhibitsPerBooth: 2, models: 2 });
    const batches = createExhibitBatches(layout);
    batches.showModel(generatedModelId(0), boxModel());
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
    batches.showModel(generatedModelId(1), boxModel());
    expect(batches.placeholders.visible).toBe(false);
  });

  it('shows a model once, and nothing for a model no exhibit uses', () => {
    const batches = createExhibitBatches(generateLayout({ booths: 2, exhibitsPerBooth: 1 }));
    expect(batches.showModel(generatedModelId(0), boxModel())).toHaveLength(1);
    expect(batches.showModel(generatedModelId(0), boxModel())).toEqual([]);
    expect(batches.showModel('model-unknown', boxModel())).toEqual([]);
  });
});

describe('createExpoView with models', () => {
  it('grows by one object per loaded model, not per exhibit', () => {
    const small = createExpoView(generateLayout({ booths: 10, exhibitsPerBooth: 1, models: 3 }));
    const large = createExpoView(generateLayout({ booths: 1000, exhibitsPerBooth: 5, models: 3 }));
    const base = countObjects(small.root);
    expect(countObjects(large.root)).toBe(base);
    for (const view of [small, large]) {
      for (const request of view.modelRequests) expect(view.showModel(request.modelId, boxModel())).toBe(true);
    }
    expect(countObjects(small.root)).toBe(base + 3);
    expect(countObjects(large.root)).toBe(base + 3);
    expect(byName(large.root, `model:${generatedModelId(2)}`)?.count).toBe(5000 / 3 | 0);
    small.dispose();
    large.dispose();
  });

  it('frees the geometry, material, textures and instances of loaded models on dispose', () => {
    const view = createExpoView(generateLayout({ booths: 4, exhibitsPerBooth: 1 }));
    const model = boxModel();
    const part = model.parts[0];
    if (!part) throw new Error('no part');
    const texture = new Texture();
    (part.material as MeshStandardMaterial).map = texture;
    const disposed = new Set<unknown>();
    part.geometry.addEventListener('dispose', () => disposed.add('geometry'));
    (part.material as Material).addEventListener('dispose', () => disposed.add('material'));
    texture.addEventListener('dispose', () => disposed.add('texture'));
    view.showModel(generatedModelId(0), model);
    byName(view.root, `model:${generatedModelId(0)}`)?.addEventListener('dispose', () => disposed.add('instances'));
    view.dispose();
    expect([...disposed].sort()).toEqual(['geometry', 'instances', 'material', 'texture']);
  });

  it('frees a model it does not need at once', () => {
    const view = createExpoView(generateLayout({ booths: 4, exhibitsPerBooth: 1 }));
    const model = boxModel();
    let freed = false;
    model.parts[0]?.geometry.addEventListener('dispose', () => (freed = true));
    expect(view.showModel('model-unknown', model)).toBe(false);
    expect(freed).toBe(true);
    view.dispose();
  });
});
