/** Scene-graph tests of the React wrapper, mounted by R3F in Node (no WebGL needed). */
import { act } from '@react-three/fiber';
import { afterEach, beforeEach, vi } from 'vitest';
import { createElement } from 'react';
import { BoxGeometry, InstancedMesh, Matrix4, Mesh, MeshStandardMaterial, type Material, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { ExhibitCuller } from '../../src/app/ExhibitCuller';
import { ExpoScene, type ExpoSceneProps } from '../../src/app/ExpoScene';
import { createExpoNavigator } from '../../src/app/navigation/createExpoNavigator';
import type { LaidOutScene } from '../../src/scene';
import type { CreateModelLoader } from '../../src/app/useExpoModels';
import { createExpoView, ModelLoadError, type LoadedModel } from '../../src/render';
import { modelStore } from '../../src/store/modelStore';
import { renderStats } from '../../src/store/renderStats';
import { generateLayout, generatedModelId } from './generatedLayout';
import { mountScene } from './r3fHarness';

/** ExpoScene's element with the navigator of its layout (no page history in Node). */
function expoScene(layout: LaidOutScene, props: Partial<ExpoSceneProps> = {}) {
  return createElement(ExpoScene, { layout, navigator: createExpoNavigator(layout, { push: () => undefined, replace: () => undefined }), ...props });
}

function sceneObjects(root: Object3D): Object3D[] {
  const out: Object3D[] = [];
  root.traverse((object) => out.push(object));
  return out;
}

describe('ExpoScene', () => {
  it('adds the same few objects for 20 booths as for 1,000 booths with 4,000 exhibits', async () => {
    const small = await mountScene(expoScene(generateLayout({ booths: 20, exhibitsPerBooth: 1 })));
    const smallCount = sceneObjects(small.scene).length;
    await small.unmount();

    const large = await mountScene(expoScene(generateLayout({ booths: 1000, exhibitsPerBooth: 4 })));
    const objects = sceneObjects(large.scene);
    expect(objects.length).toBe(smallCount);
    const exhibits = objects.find((object) => object.name === 'exhibit-placeholders');
    expect(exhibits).toBeInstanceOf(InstancedMesh);
    expect((exhibits as InstancedMesh).count).toBe(4000);
    await large.unmount();
  });

  it('removes and disposes its objects when it unmounts while the canvas stays', async () => {
    const mounted = await mountScene(expoScene(generateLayout({ booths: 10, exhibitsPerBooth: 1 })));
    const meshes = sceneObjects(mounted.scene).filter((object): object is Mesh => object instanceof Mesh);
    expect(meshes.length).toBeGreaterThan(0);
    const disposed = new Set<unknown>();
    for (const mesh of meshes) {
      mesh.geometry.addEventListener('dispose', () => disposed.add(mesh.geometry));
      (mesh.material as Material).addEventListener('dispose', () => disposed.add(mesh.material));
    }
    await mounted.rerender(null);
    expect(mounted.scene.children).toHaveLength(0);
    expect(disposed.size).toBe(meshes.length * 2);
    await mounted.unmount();
  });

  it('builds a new view and disposes the old one when the layout changes', async () => {
    const mounted = await mountScene(expoScene(generateLayout({ booths: 10, exhibitsPerBooth: 1 })));
    const before = sceneObjects(mounted.scene).filter((object): object is Mesh => object instanceof Mesh);
    let disposed = 0;
    for (const mesh of before) mesh.geometry.addEventListener('dispose', () => (disposed += 1));
    await mounted.rerender(expoScene(generateLayout({ booths: 30, exhibitsPerBooth: 2 })));
    expect(disposed).toBe(before.length);
    const after = sceneObjects(mounted.scene).find((object) => object.name === 'exhibit-placeholders') as InstancedMesh | undefined;
    expect(after?.count).toBe(60);
    await mounted.unmount();
  });
});

function boxModel(): LoadedModel {
  return { parts: [{ geometry: new BoxGeometry(), material: new MeshStandardMaterial({ vertexColors: true }), matrix: new Matrix4() }] };
}

/** A model loader answering per file: a model, a failure, or never; records aborts and disposal. */
function fakeLoader(answers: Record<string, LoadedModel | ModelLoadError | 'never'>) {
  const record = { files: [] as string[], aborted: [] as string[], disposed: 0 };
  const create: CreateModelLoader = () => ({
    load: (file, signal) => {
      record.files.push(file);
      signal.addEventListener('abort', () => record.aborted.push(file));
      const answer = answers[file];
      if (answer === 'never') return new Promise(() => undefined);
      if (answer instanceof ModelLoadError || answer === undefined) return Promise.reject(answer ?? new ModelLoadError('http', 'HTTP 404'));
      return Promise.resolve(answer);
    },
    dispose: () => {
      record.disposed += 1;
    },
  });
  return { create, record };
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((done) => setTimeout(done, 0));
  });
}

describe('ExpoScene with models', () => {
  const warn = vi.spyOn(console, 'warn');
  beforeEach(() => {
    warn.mockClear();
    warn.mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockReset();
  });

  it('swaps the boxes of a model whose files arrive for one batch per level, and keeps boxes and one warning per failing model with the cause of each file, logged once', async () => {
    const layout = generateLayout({ booths: 20, exhibitsPerBooth: 2, models: 2, lods: 2 });
    const { create, record } = fakeLoader({ 'models/box-0/lod0.glb': boxModel(), 'models/box-0/lod1.glb': boxModel() });
    const mounted = await mountScene(expoScene(layout, { createModelLoader: create }));
    await settle();
    expect(record.files).toEqual(['models/box-0/lod1.glb', 'models/box-1/lod1.glb', 'models/box-0/lod0.glb', 'models/box-1/lod0.glb']);
    for (const level of [0, 1]) {
      const batch = mounted.scene.getObjectByName(`model:${generatedModelId(0)}:lod${level}`);
      expect(batch).toBeInstanceOf(InstancedMesh);
      expect((batch as InstancedMesh).instanceMatrix.count).toBe(20);
    }
    expect(mounted.scene.getObjectByName(`model:${generatedModelId(1)}:lod0`)).toBeUndefined();
    expect((mounted.scene.getObjectByName('exhibit-placeholders') as InstancedMesh).visible).toBe(true);
    expect(renderStats).toMatchObject({ modelsRequested: 4, modelsLoaded: 2, modelsFailed: 2 });
    // The console gets the cause once per model (its first failed file), the store every file's.
    expect(warn.mock.calls.map(([message]) => String(message)).filter((message) => message.startsWith('model '))).toEqual([
      `model '${generatedModelId(1)}': models/box-1/lod1.glb could not be loaded (HTTP 404)`,
    ]);
    expect(modelStore.getState().warnings).toEqual([
      {
        modelId: generatedModelId(1),
        causes: [
          `model '${generatedModelId(1)}': models/box-1/lod1.glb could not be loaded (HTTP 404)`,
          `model '${generatedModelId(1)}': models/box-1/lod0.glb could not be loaded (HTTP 404)`,
        ],
      },
    ]);
    await mounted.unmount();
  });

  it('culls before each frame: fills the batches for the camera and writes the counts into the stats', async () => {
    const layout = generateLayout({ booths: 40, exhibitsPerBooth: 1, lods: 3 });
    const view = createExpoView(layout);
    for (const request of view.modelRequests) view.showModel(request.modelId, request.file, boxModel());
    const mounted = await mountScene(createElement(ExhibitCuller, { view, stats: renderStats }));
    const camera = mounted.state().camera;
    camera.position.set(80, 40, 200);
    camera.lookAt(80, 0, 0);
    await act(async () => mounted.state().advance(1));
    const counts = [0, 1, 2].map((level) => (view.root.getObjectByName(`model:${generatedModelId(0)}:lod${level}`) as InstancedMesh).count);
    counts.push((view.root.getObjectByName('exhibit-far-boxes') as InstancedMesh).count);
    expect(renderStats.visibleInstances).toBe(40);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(40);
    expect(renderStats.lodCounts.slice(0, 4)).toEqual(counts);
    // Looking away: nothing in view, nothing drawn.
    camera.lookAt(80, 0, 400);
    await act(async () => mounted.state().advance(2));
    expect(renderStats.visibleInstances).toBe(0);
    expect(renderStats.lodCounts).toEqual([0, 0, 0, 0, 0]);
    await mounted.unmount();
    view.dispose();
  });

  it('adds one object per (model, level) whatever the number of exhibits', async () => {
    const count = async (booths: number, create: CreateModelLoader): Promise<number> => {
      const mounted = await mountScene(expoScene(generateLayout({ booths, exhibitsPerBooth: 4, models: 2, lods: 3 }), { createModelLoader: create }));
      await settle();
      const objects = sceneObjects(mounted.scene).length;
      await mounted.unmount();
      return objects;
    };
    const none: CreateModelLoader = () => undefined;
    // Model 0's files all load, model 1 only its coarsest: each still gets a mesh per level.
    const both = () => fakeLoader({ 'models/box-0/lod0.glb': boxModel(), 'models/box-0/lod1.glb': boxModel(), 'models/box-0/lod2.glb': boxModel(), 'models/box-1/lod2.glb': boxModel() }).create;
    const base = await count(20, none);
    expect(await count(1000, none)).toBe(base);
    expect(await count(20, both())).toBe(base + 6);
    expect(await count(1000, both())).toBe(base + 6);
  });

  it('cancels loads in flight, ends the loader and frees loaded models when it unmounts', async () => {
    const layout = generateLayout({ booths: 10, exhibitsPerBooth: 2, models: 2 });
    const loaded = boxModel();
    let freed = false;
    loaded.parts[0]?.geometry.addEventListener('dispose', () => (freed = true));
    const { create, record } = fakeLoader({ 'models/box-0/lod0.glb': loaded, 'models/box-1/lod0.glb': 'never' });
    const mounted = await mountScene(expoScene(layout, { createModelLoader: create }));
    await settle();
    expect(record.files).toEqual(['models/box-0/lod0.glb', 'models/box-1/lod0.glb']);
    await mounted.rerender(null);
    expect(record.aborted).toContain('models/box-1/lod0.glb');
    expect(record.disposed).toBe(1);
    expect(freed).toBe(true);
    await mounted.unmount();
  });

  it('starts over with the next scene: new counts, no warnings of the old one', async () => {
    const failing = fakeLoader({});
    const mounted = await mountScene(expoScene(generateLayout({ booths: 4, exhibitsPerBooth: 1 }), { createModelLoader: failing.create }));
    await settle();
    expect(modelStore.getState().failed).toBe(1);
    const working = fakeLoader({ 'models/box-0/lod0.glb': boxModel(), 'models/box-1/lod0.glb': boxModel(), 'models/box-2/lod0.glb': boxModel() });
    await mounted.rerender(expoScene(generateLayout({ booths: 6, exhibitsPerBooth: 1, models: 3 }), { createModelLoader: working.create }));
    await settle();
    expect(modelStore.getState()).toMatchObject({ requested: 3, loaded: 3, failed: 0, warnings: [] });
    expect((mounted.scene.getObjectByName('exhibit-placeholders') as InstancedMesh).visible).toBe(false);
    await mounted.unmount();
  });
});
