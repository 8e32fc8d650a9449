import { Color, InstancedMesh, Matrix4, Mesh, PerspectiveCamera, Quaternion, Vector3, type BufferGeometry, type Material, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { createBoothMeshes, createExhibitMesh, createExpoView } from '../../src/render';
import { BOOTH_PLATFORM_HEIGHT_M } from '../../src/scene';
import { parseScene } from '../../src/scene';
import { readFileSync } from 'node:fs';
import { generateLayout } from './generatedLayout';
import { tinyLayout } from './instancing/instanceFixtures';

function countObjects(root: Object3D): number {
  let count = 0;
  root.traverse(() => {
    count += 1;
  });
  return count;
}

function meshes(root: Object3D): Mesh[] {
  const out: Mesh[] = [];
  root.traverse((object) => {
    if (object instanceof Mesh) out.push(object);
  });
  return out;
}

function minimalLayout() {
  const result = parseScene(readFileSync('tests/fixtures/valid/minimal.json', 'utf8'));
  if (!result.layout) throw new Error('minimal fixture does not parse');
  return result.layout;
}

describe('createExpoView', () => {
  it('has one instance per booth and one per exhibit', () => {
    const layout = generateLayout({ booths: 1000, exhibitsPerBooth: 3 });
    expect(layout.booths).toHaveLength(1000);
    expect(layout.exhibits).toHaveLength(3000);
    const platforms = createBoothMeshes(layout).platforms;
    expect(platforms.count).toBe(1000);
    expect(createExhibitMesh(layout).count).toBe(3000);
  });

  it('keeps the same number of scene-graph objects for 10 and for 1,000 booths', () => {
    const small = createExpoView(generateLayout({ booths: 10, exhibitsPerBooth: 1 }));
    const large = createExpoView(generateLayout({ booths: 1000, exhibitsPerBooth: 5 }));
    expect(countObjects(large.root)).toBe(countObjects(small.root));
    // Root, ground, floors, zones, walls, platforms, booth walls, placeholders, far boxes, glass, two outlines.
    expect(countObjects(large.root)).toBeLessThanOrEqual(12);
    small.dispose();
    large.dispose();
  });

  it('keeps the object count independent of the number of exhibits', () => {
    const none = createExpoView(generateLayout({ booths: 100, exhibitsPerBooth: 0 }));
    const many = createExpoView(generateLayout({ booths: 100, exhibitsPerBooth: 20 }));
    expect(countObjects(many.root)).toBe(countObjects(none.root));
  });

  it('places an exhibit at its hall position plus its floor position, on the booth platform', () => {
    const layout = generateLayout({ booths: 3, exhibitsPerBooth: 2, hallPositionM: [250, -40] });
    const mesh = createExhibitMesh(layout);
    const matrix = new Matrix4();
    const position = new Vector3();
    const quaternion = new Quaternion();
    const scale = new Vector3();
    layout.exhibits.forEach((placed, index) => {
      mesh.getMatrixAt(index, matrix);
      matrix.decompose(position, quaternion, scale);
      expect(position.x).toBeCloseTo(250 + placed.xM, 4);
      expect(position.z).toBeCloseTo(-40 + placed.zM, 4);
      // model sizeM [1, 2, 0.5] at scale 0.5: a 1 m tall box whose base stands on the platform.
      expect(scale.toArray()).toEqual([0.5, 1, 0.25].map((value) => expect.closeTo(value, 4)));
      expect(position.y - scale.y / 2).toBeCloseTo(BOOTH_PLATFORM_HEIGHT_M, 4);
    });
  });

  it('turns an exhibit by its yaw and colours it with its model colour', () => {
    const layout = minimalLayout();
    const mesh = createExhibitMesh(layout);
    const matrix = new Matrix4();
    const position = new Vector3();
    const quaternion = new Quaternion();
    const scale = new Vector3();
    const turned = layout.exhibits.findIndex((placed) => Math.abs(placed.yawRad) > 0.1);
    expect(turned).toBeGreaterThanOrEqual(0);
    const placed = layout.exhibits[turned];
    mesh.getMatrixAt(turned, matrix);
    matrix.decompose(position, quaternion, scale);
    const expected = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), placed?.yawRad ?? 0);
    expect(quaternion.angleTo(expected)).toBeLessThan(1e-6);
    const hall = layout.scene.halls[placed?.hallIndex ?? -1];
    expect(position.x).toBeCloseTo((hall?.positionM[0] ?? NaN) + (placed?.xM ?? NaN), 4);
    const rocketIndex = layout.exhibits.findIndex((one) => one.exhibit.model === 'model-rocket');
    const color = new Color();
    mesh.getColorAt(rocketIndex, color);
    expect(color.getHexString()).toBe('dddddd');
  });

  it('places booths of a hall away from the origin at the hall position', () => {
    const layout = generateLayout({ booths: 5, exhibitsPerBooth: 0, hallPositionM: [100, 50] });
    const { platforms } = createBoothMeshes(layout);
    const matrix = new Matrix4();
    layout.booths.forEach((booth, index) => {
      platforms.getMatrixAt(index, matrix);
      expect(matrix.elements[12]).toBeCloseTo(100 + booth.rect.cx, 4);
      expect(matrix.elements[14]).toBeCloseTo(50 + booth.rect.cz, 4);
    });
  });

  it('gives inline booths three walls and island booths none', () => {
    const inline = createBoothMeshes(generateLayout({ booths: 40, exhibitsPerBooth: 0 }));
    expect(inline.panels.count).toBe(120);
    const mixed = createBoothMeshes(generateLayout({ booths: 80, exhibitsPerBooth: 0 }));
    expect(mixed.panels.count).toBe(120);
  });

  it('uses only instanced meshes for booths and exhibits', () => {
    const view = createExpoView(generateLayout({ booths: 200, exhibitsPerBooth: 2 }));
    const batches = meshes(view.root).filter((mesh) => mesh instanceof InstancedMesh) as InstancedMesh[];
    const byName = new Map(batches.map((mesh) => [mesh.name, mesh.count]));
    expect(byName.get('booth-platforms:hall-1')).toBe(200);
    expect(byName.get('exhibit-placeholders')).toBe(400);
  });

  it('frees every geometry and material on dispose', () => {
    const view = createExpoView(minimalLayout());
    const disposed = new Set<BufferGeometry | Material | InstancedMesh>();
    const all = meshes(view.root);
    for (const mesh of all) {
      mesh.geometry.addEventListener('dispose', () => disposed.add(mesh.geometry));
      (mesh.material as Material).addEventListener('dispose', () => disposed.add(mesh.material as Material));
      if (mesh instanceof InstancedMesh) mesh.addEventListener('dispose', () => disposed.add(mesh));
    }
    view.dispose();
    for (const mesh of all) {
      expect(disposed.has(mesh.geometry), `${mesh.name} geometry`).toBe(true);
      expect(disposed.has(mesh.material as Material), `${mesh.name} material`).toBe(true);
      if (mesh instanceof InstancedMesh) expect(disposed.has(mesh), `${mesh.name} instances`).toBe(true);
    }
  });
});

describe('createExpoView per-hall booths', () => {
  it('switches off the booths of halls hidden by the walls of the camera hall, and shows them from above', () => {
    const view = createExpoView(tinyLayout());
    const camera = new PerspectiveCamera(60, 16 / 9, 0.1, 1000);
    const boothsShown = (hall: string) => (view.root.getObjectByName(`booth-platforms:${hall}`) as InstancedMesh).visible;
    // Inside hall A at eye height, looking towards hall B: B's booths are behind A's walls.
    camera.position.set(10, 1.6, 10);
    camera.lookAt(120, 1.6, 40);
    camera.updateMatrixWorld();
    view.cullExhibits(camera);
    expect([boothsShown('hall-a'), boothsShown('hall-b')]).toEqual([true, false]);
    // Above the walls: both halls.
    camera.position.set(50, 60, 80);
    camera.lookAt(80, 0, 30);
    camera.updateMatrixWorld();
    view.cullExhibits(camera);
    expect([boothsShown('hall-a'), boothsShown('hall-b')]).toEqual([true, true]);
    view.dispose();
  });
});
