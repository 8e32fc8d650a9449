/** Scene-graph tests of the React wrapper, mounted by R3F in Node (no WebGL needed). */
import { createElement } from 'react';
import { InstancedMesh, Mesh, type Material, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { ExpoScene } from '../../src/app/ExpoScene';
import { generateLayout } from './generatedLayout';
import { mountScene } from './r3fHarness';

function sceneObjects(root: Object3D): Object3D[] {
  const out: Object3D[] = [];
  root.traverse((object) => out.push(object));
  return out;
}

describe('ExpoScene', () => {
  it('adds the same few objects for 20 booths as for 1,000 booths with 4,000 exhibits', async () => {
    const small = await mountScene(createElement(ExpoScene, { layout: generateLayout({ booths: 20, exhibitsPerBooth: 1 }) }));
    const smallCount = sceneObjects(small.scene).length;
    await small.unmount();

    const large = await mountScene(createElement(ExpoScene, { layout: generateLayout({ booths: 1000, exhibitsPerBooth: 4 }) }));
    const objects = sceneObjects(large.scene);
    expect(objects.length).toBe(smallCount);
    const exhibits = objects.find((object) => object.name === 'exhibit-placeholders');
    expect(exhibits).toBeInstanceOf(InstancedMesh);
    expect((exhibits as InstancedMesh).count).toBe(4000);
    await large.unmount();
  });

  it('removes and disposes its objects when it unmounts while the canvas stays', async () => {
    const mounted = await mountScene(createElement(ExpoScene, { layout: generateLayout({ booths: 10, exhibitsPerBooth: 1 }) }));
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
    const mounted = await mountScene(createElement(ExpoScene, { layout: generateLayout({ booths: 10, exhibitsPerBooth: 1 }) }));
    const before = sceneObjects(mounted.scene).filter((object): object is Mesh => object instanceof Mesh);
    let disposed = 0;
    for (const mesh of before) mesh.geometry.addEventListener('dispose', () => (disposed += 1));
    await mounted.rerender(createElement(ExpoScene, { layout: generateLayout({ booths: 30, exhibitsPerBooth: 2 }) }));
    expect(disposed).toBe(before.length);
    const after = sceneObjects(mounted.scene).find((object) => object.name === 'exhibit-placeholders') as InstancedMesh | undefined;
    expect(after?.count).toBe(60);
    await mounted.unmount();
  });
});
