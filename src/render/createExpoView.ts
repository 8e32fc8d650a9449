/**
 * The whole expo as one three.js group: site ground, hall floors, zones, walls, glass, booth
 * platforms, booth walls and exhibit placeholder boxes (eight objects, at most eight draw calls for
 * any number of booths and exhibits), plus one instanced batch per model once its file has loaded.
 * The React wrapper only adds it, feeds it loaded models, renders and disposes.
 */
import { Group, type BufferGeometry } from 'three';
import type { LaidOutScene } from '../scene';
import { createBoothMeshes } from './createBoothMeshes';
import { createExhibitBatches } from './createExhibitBatches';
import { createGround } from './createGround';
import { createHallMeshes } from './createHallMeshes';
import { disposeObject } from './disposeObject';
import { disposeLoadedModel, type LoadedModel } from './loadedModel';
import type { ModelRequest } from './loadModels';
import { siteBounds } from './siteBounds';

export interface ExpoView {
  root: Group;
  /** The models the exhibits use, each with its LOD0 file: what to load. */
  modelRequests: readonly ModelRequest[];
  /**
   * Shows a loaded model in place of its exhibits' boxes; returns whether anything changed. The
   * view owns `model` from here on (it is freed by `dispose`, or now if it is not needed).
   */
  showModel: (modelId: string, model: LoadedModel) => boolean;
  /**
   * Frees every geometry, material, texture and instance buffer made here or handed to `showModel`.
   * Like three's own `dispose`, it frees GPU memory only: a view drawn again re-uploads (React's
   * StrictMode runs effects twice in development and relies on that).
   */
  dispose: () => void;
}

/** Builds the view of a laid-out scene; the caller adds `root` to a scene and calls `dispose` when done. */
export function createExpoView(layout: LaidOutScene): ExpoView {
  const root = new Group();
  root.name = 'expo-view';
  const hallMeshes = createHallMeshes(layout);
  const boothMeshes = createBoothMeshes(layout);
  const exhibits = createExhibitBatches(layout);
  root.add(
    createGround(siteBounds(layout.scene)),
    hallMeshes.floors,
    hallMeshes.zones,
    hallMeshes.walls,
    boothMeshes.platforms,
    boothMeshes.panels,
    exhibits.placeholders,
    hallMeshes.glass,
  );
  // The view is static: compute world matrices once instead of every frame.
  root.updateMatrixWorld(true);
  for (const child of root.children) child.matrixAutoUpdate = false;
  root.matrixAutoUpdate = false;

  const shownGeometries = new Set<BufferGeometry>();

  return {
    root,
    modelRequests: exhibits.requests,
    showModel(modelId, model) {
      const meshes = exhibits.showModel(modelId, model);
      if (meshes.length === 0) {
        // Not shown: free it unless another model shows the same file's meshes.
        if (!model.parts.some((part) => shownGeometries.has(part.geometry))) disposeLoadedModel(model);
        return false;
      }
      for (const mesh of meshes) {
        shownGeometries.add(mesh.geometry);
        mesh.matrixAutoUpdate = false;
        mesh.updateMatrixWorld();
      }
      root.add(...meshes);
      return true;
    },
    dispose: () => disposeObject(root),
  };
}
