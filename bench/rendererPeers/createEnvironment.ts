/**
 * Everything the app draws besides the exhibits (site ground, hall floors, zones, walls, glass,
 * booth platforms and walls), built by the app's own functions in the app's order, so every peer
 * pays for the same halls and the comparison differs in the exhibits only.
 */
import { Group } from 'three';
import { createBoothMeshes } from '../../src/render/createBoothMeshes';
import { createGround } from '../../src/render/createGround';
import { createHallMeshes } from '../../src/render/createHallMeshes';
import { siteBounds } from '../../src/render/siteBounds';
import type { LaidOutScene } from '../../src/scene';

export function createEnvironment(layout: LaidOutScene): Group {
  const root = new Group();
  root.name = 'peer-environment';
  const halls = createHallMeshes(layout);
  const booths = createBoothMeshes(layout);
  root.add(createGround(siteBounds(layout.scene)), halls.floors, halls.zones, halls.walls, booths.platforms, booths.panels, halls.glass);
  // Static, as in the app: world matrices once, not every frame.
  root.updateMatrixWorld(true);
  for (const child of root.children) child.matrixAutoUpdate = false;
  root.matrixAutoUpdate = false;
  return root;
}
