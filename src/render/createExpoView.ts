/**
 * The whole placeholder expo as one three.js group: site ground, hall floors, zones, walls, glass,
 * booth platforms, booth walls and exhibit boxes. Eight scene-graph objects and at most eight draw
 * calls for any number of booths and exhibits; the React wrapper only adds it, renders and disposes.
 */
import { Group } from 'three';
import type { LaidOutScene } from '../scene';
import { createBoothMeshes } from './createBoothMeshes';
import { createExhibitMesh } from './createExhibitMesh';
import { createGround } from './createGround';
import { createHallMeshes } from './createHallMeshes';
import { disposeObject } from './disposeObject';
import { siteBounds } from './siteBounds';

export interface ExpoView {
  root: Group;
  /** Frees every geometry, material and instance buffer made here. */
  dispose: () => void;
}

/** Builds the view of a laid-out scene; the caller adds `root` to a scene and calls `dispose` when done. */
export function createExpoView(layout: LaidOutScene): ExpoView {
  const root = new Group();
  root.name = 'expo-view';
  const hallMeshes = createHallMeshes(layout);
  const boothMeshes = createBoothMeshes(layout);
  root.add(
    createGround(siteBounds(layout.scene)),
    hallMeshes.floors,
    hallMeshes.zones,
    hallMeshes.walls,
    boothMeshes.platforms,
    boothMeshes.panels,
    createExhibitMesh(layout),
    hallMeshes.glass,
  );
  // The view is static: compute world matrices once instead of every frame.
  root.updateMatrixWorld(true);
  for (const child of root.children) child.matrixAutoUpdate = false;
  root.matrixAutoUpdate = false;
  return { root, dispose: () => disposeObject(root) };
}
