import { describe, expect, it } from 'vitest';
import { createCullView, createHallVisibility, createInstanceCuller, createSpatialGrid, cullAndSelect, hallAt, writeHallMask } from '../../../src/render/instancing';
import { layoutScene, sceneSchema, type SceneInput } from '../../../src/scene';
import { instancesFromSpheres, lookFrom } from './instanceFixtures';

/** Three halls in a row, 50 m wide; a door links A and B; C stands alone. */
function halls() {
  const hall = (id: string, x: number, doors: SceneInput['halls'][number]['doors'] = []) => ({ id, name: { en: id }, sizeM: { width: 50, depth: 40, height: 10 }, positionM: [x, 0] as [number, number], doors });
  const input: SceneInput = {
    version: 1,
    expo: { id: 'walls', title: { en: 'Walls' }, dates: { start: '2024-01-01', end: '2024-01-02' }, venue: { en: 'Test' }, defaultHall: 'a' },
    halls: [hall('a', 0, [{ id: 'to-b', wall: 'east', offsetM: 20, widthM: 4, leadsTo: 'b' }]), hall('b', 50), hall('c', 100)],
  };
  return layoutScene(sceneSchema.parse(input)).scene.halls;
}

describe('hall visibility', () => {
  const visibility = createHallVisibility(halls(), 4);

  it('finds the hall under a point, and none outside', () => {
    expect([hallAt(visibility, 10, 10), hallAt(visibility, 60, 10), hallAt(visibility, 149, 39), hallAt(visibility, 10, -5)]).toEqual([0, 1, 2, -1]);
  });

  it('links halls by their doors both ways', () => {
    expect(visibility.neighbours).toEqual([[1], [0], []]);
  });

  it('masks the other halls below the wall top, and nothing above it or outside', () => {
    const view = createCullView();
    writeHallMask(visibility, 10, 1.6, 10, view);
    expect([view.hallMaskOn, ...view.hallMask]).toEqual([true, 1, 1, 0]);
    writeHallMask(visibility, 120, 1.6, 10, view);
    expect([view.hallMaskOn, ...view.hallMask]).toEqual([true, 0, 0, 1]);
    writeHallMask(visibility, 120, 30, 10, view);
    expect(view.hallMaskOn).toBe(false);
    writeHallMask(visibility, 10, 1.6, -20, view);
    expect(view.hallMaskOn).toBe(false);
  });

  it('drops the exhibits of masked halls from the cull', () => {
    // Looking east along the row of halls from hall C's west end... and from hall A's.
    const spheres = [5, 55, 105, 145].map((x, index) => ({ x, y: 1, z: 20, r: 0.5, hall: [0, 1, 2, 2][index] ?? 0 }));
    const instances = instancesFromSpheres(spheres);
    const culler = createInstanceCuller(instances, createSpatialGrid(instances));
    const { view } = lookFrom([1, 1.6, 20], [200, 1.6, 20]);
    expect(cullAndSelect(culler, view).visible).toBe(4);
    writeHallMask(visibility, 1, 1.6, 20, view);
    expect(cullAndSelect(culler, view).visible).toBe(2);
    const fromC = lookFrom([101, 1.6, 20], [200, 1.6, 20]).view;
    writeHallMask(visibility, 101, 1.6, 20, fromC);
    expect(cullAndSelect(culler, fromC).visible).toBe(2);
  });
});
