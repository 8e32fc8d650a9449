/**
 * The whole expo as one three.js group: site ground, hall floors, zones, walls, glass, booth
 * platforms and walls (one pair per hall), exhibit placeholder boxes, the far-box batch and two
 * outlines (a fixed number of objects and draw calls for any number of booths and exhibits), plus
 * one instanced batch per (model, level) once the model's first file has loaded, filled per frame
 * by `cullExhibits`. The React wrapper only adds it, feeds it loaded models, culls before each
 * frame, renders and disposes.
 *
 * Per frame the exhibits get what the rest of the frame leaves of its budget (150 draw calls,
 * 400k triangles): the booth meshes of the halls in view and a reserve for labels and outlines
 * are taken off first, and the quality level may ask for fewer triangles still.
 */
import { Fog, Frustum, Group, Matrix4, Raycaster, Vector2, type Camera, type Object3D } from 'three';
import type { LaidOutScene } from '../scene';
import { createBoothMeshesByHall } from './createBoothMeshes';
import { createExhibitBatches } from './createExhibitBatches';
import { createGround } from './createGround';
import { createHallMeshes } from './createHallMeshes';
import { createHighlight } from './createHighlight';
import { SOLID_WALL_HEIGHT_M } from '../scene';
import { disposeObject } from './disposeObject';
import { createCullView, createHallVisibility, writeFrustumPlanes, writeHallMask, type CullResult, type CullView, type HallVisibility } from './instancing';
import type { BoothMeshes } from './createBoothMeshes';
import type { LoadedModel } from './loadedModel';
import type { ModelRequest } from './loadModels';
import { PALETTE } from './palette';
import { drawDistanceAt, qualityPreset, type QualityPreset } from '../quality';
import { siteBounds } from './siteBounds';

export interface ExpoView {
  root: Group;
  /** Every level file of the models the exhibits use, coarsest level first: what to load. */
  modelRequests: readonly ModelRequest[];
  /**
   * Shows a loaded level `file` of a model (its first file replaces its exhibits' boxes); returns
   * whether it is used. The view owns `model` from here on (it is freed by `dispose`, or now if it
   * is not needed).
   */
  showModel: (modelId: string, file: string, model: LoadedModel) => boolean;
  /**
   * Culls the exhibits for `camera` (its world and projection matrices up to date), picks each
   * one's level and fills the model batches. Allocates nothing; call it before each render.
   */
  cullExhibits: (camera: Camera) => CullResult;
  /**
   * Fog that hides the draw-distance cut: `cullExhibits` moves it with the camera height. The
   * caller attaches it to the scene (`scene.fog`).
   */
  fog: Fog;
  /** Applies a quality level's draw distance, LOD distances and triangle budget from the next cull. */
  setQuality: (preset: QualityPreset) => void;
  /**
   * The id of the drawn exhibit under a point of the view (normalized device coordinates, −1…1,
   * y up) for `camera` as last culled, or undefined. Cheap: run it on pointer events.
   */
  pickExhibit: (camera: Camera, ndcX: number, ndcY: number) => string | undefined;
  /** Outlines `exhibitId` as hovered or selected (undefined: none); returns whether it is known. */
  highlight: (kind: HighlightKind, exhibitId: string | undefined) => boolean;
  /** World centre of an exhibit's box, or undefined for an unknown id. */
  exhibitCentre: (exhibitId: string) => [number, number, number] | undefined;
  /**
   * Frees every geometry, material, texture and instance buffer made here or handed to `showModel`.
   * Like three's own `dispose`, it frees GPU memory only: a view drawn again re-uploads (React's
   * StrictMode runs effects twice in development and relies on that).
   */
  dispose: () => void;
}

export type HighlightKind = 'hover' | 'selected';

/** Builds the view of a laid-out scene; the caller adds `root` to a scene and calls `dispose` when done. */
export function createExpoView(layout: LaidOutScene): ExpoView {
  const root = new Group();
  root.name = 'expo-view';
  const hallMeshes = createHallMeshes(layout);
  const boothsByHall = createBoothMeshesByHall(layout);
  const exhibits = createExhibitBatches(layout);
  const highlights = { hover: createHighlight('exhibit-hover', PALETTE.hover), selected: createHighlight('exhibit-selected', PALETTE.selected) };
  const instanceById = new Map<string, number>();
  exhibits.culler.instances.exhibitIds.forEach((id, index) => {
    if (!instanceById.has(id)) instanceById.set(id, index);
  });
  root.add(
    createGround(siteBounds(layout.scene)),
    hallMeshes.floors,
    hallMeshes.zones,
    hallMeshes.walls,
    ...boothsByHall.flatMap((meshes) => (meshes ? [meshes.platforms, meshes.panels] : [])),
    exhibits.placeholders,
    exhibits.farBoxes,
    hallMeshes.glass,
    highlights.hover.object,
    highlights.selected.object,
  );
  // The view is static: compute world matrices once instead of every frame.
  root.updateMatrixWorld(true);
  for (const child of root.children) child.matrixAutoUpdate = false;
  root.matrixAutoUpdate = false;

  // Freed by `exhibits.dispose`, which knows which geometries are shared between levels.
  const exhibitObjects = new Set<Object3D>([exhibits.placeholders, exhibits.farBoxes, highlights.hover.object, highlights.selected.object]);
  const cullView = createCullView();
  const hallVisibility = createHallVisibility(layout.scene.halls, SOLID_WALL_HEIGHT_M);
  const boothShare: FrameShare = { drawCalls: 0, triangles: 0 };
  let quality = qualityPreset('high', false);
  const fog = new Fog(PALETTE.background, FOG_START * quality.drawDistanceM, quality.drawDistanceM);

  return {
    root,
    modelRequests: exhibits.requests,
    showModel(modelId, file, model) {
      const meshes = exhibits.showModel(modelId, file, model);
      for (const mesh of meshes) {
        exhibitObjects.add(mesh);
        mesh.updateMatrixWorld();
      }
      if (meshes.length > 0) root.add(...meshes);
      return exhibits.requests.some((request) => request.modelId === modelId && request.file === file);
    },
    cullExhibits(camera) {
      _viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
      _frustum.setFromProjectionMatrix(_viewProjection, camera.coordinateSystem);
      writeFrustumPlanes(_frustum, cullView.planes);
      const m = camera.matrixWorld.elements;
      cullView.cameraXM = m[12] ?? 0;
      cullView.cameraYM = m[13] ?? 0;
      cullView.cameraZM = m[14] ?? 0;
      writeHallMask(hallVisibility, cullView.cameraXM, cullView.cameraYM, cullView.cameraZM, cullView);
      const drawDistance = drawDistanceAt(quality, cullView.cameraYM);
      cullView.maxDistanceM = drawDistance;
      showHallBooths(boothsByHall, hallVisibility, cullView, drawDistance, boothShare);
      exhibits.budget.maxDrawCalls = Math.max(1, FRAME_DRAW_CALLS - RESERVED_DRAW_CALLS - boothShare.drawCalls);
      exhibits.budget.maxTriangles = Math.max(0, Math.min(quality.maxTriangles, FRAME_TRIANGLES - RESERVED_TRIANGLES - boothShare.triangles));
      fog.far = drawDistance;
      fog.near = FOG_START * drawDistance;
      return exhibits.cull(cullView);
    },
    fog,
    setQuality(preset) {
      quality = preset;
      cullView.lodDistanceScale = preset.lodDistanceScale;
    },
    pickExhibit(camera, ndcX, ndcY) {
      _pointer.set(ndcX, ndcY);
      _raycaster.setFromCamera(_pointer, camera);
      const { origin, direction } = _raycaster.ray;
      _ray.ox = origin.x;
      _ray.oy = origin.y;
      _ray.oz = origin.z;
      _ray.dx = direction.x;
      _ray.dy = direction.y;
      _ray.dz = direction.z;
      const instance = exhibits.pick(_ray);
      return instance < 0 ? undefined : exhibits.culler.instances.exhibitIds[instance];
    },
    highlight(kind, exhibitId) {
      const instance = exhibitId === undefined ? undefined : instanceById.get(exhibitId);
      highlights[kind].show(exhibits.boxes.matrices, instance === undefined ? -1 : instance * 16);
      return exhibitId === undefined || instance !== undefined;
    },
    exhibitCentre(exhibitId) {
      const instance = instanceById.get(exhibitId);
      if (instance === undefined) return undefined;
      const m = exhibits.boxes.matrices;
      return [m[instance * 16 + 12] ?? 0, m[instance * 16 + 13] ?? 0, m[instance * 16 + 14] ?? 0];
    },
    dispose: () => {
      highlights.hover.dispose();
      highlights.selected.dispose();
      disposeObject(root, exhibitObjects);
      exhibits.dispose();
    },
  };
}

/**
 * Switches each hall's booth meshes on when the hall is not hidden by the walls of the camera's
 * hall and its floor comes within the draw distance (three's frustum test does the rest).
 */
function showHallBooths(boothsByHall: readonly (BoothMeshes | undefined)[], visibility: HallVisibility, view: CullView, drawDistance: number, shown: FrameShare): void {
  const { rects } = visibility;
  shown.drawCalls = 0;
  shown.triangles = 0;
  for (let hall = 0; hall < boothsByHall.length; hall += 1) {
    const meshes = boothsByHall[hall];
    if (!meshes) continue;
    const b = hall * 4;
    const dx = Math.max((rects[b] ?? 0) - view.cameraXM, 0, view.cameraXM - (rects[b + 2] ?? 0));
    const dz = Math.max((rects[b + 1] ?? 0) - view.cameraZM, 0, view.cameraZM - (rects[b + 3] ?? 0));
    const visible = (!view.hallMaskOn || view.hallMask[hall] === 1) && dx * dx + dz * dz + view.cameraYM * view.cameraYM <= drawDistance * drawDistance;
    meshes.platforms.visible = visible;
    meshes.panels.visible = visible;
    if (!visible) continue;
    shown.drawCalls += 2;
    shown.triangles += (meshes.platforms.count + meshes.panels.count) * BOX_TRIANGLES;
  }
}

/** What the booths take of a frame's budget. */
interface FrameShare {
  drawCalls: number;
  triangles: number;
}

/** A frame's budget (issue targets for a tablet-class GPU), and what is kept back for the rest. */
const FRAME_DRAW_CALLS = 150;
const FRAME_TRIANGLES = 400_000;
/**
 * Ground, floors, zones, walls, glass (5), placeholder boxes (1), two outlines (2), label boards
 * and up to six text pages (7); the far boxes are counted by the exhibits' own budget.
 */
const RESERVED_DRAW_CALLS = 15;
/** Labels, hall shells and outlines: a few thousand triangles; kept back with a margin. */
const RESERVED_TRIANGLES = 20_000;
const BOX_TRIANGLES = 12;

/** Fog starts at this fraction of the draw distance and is opaque at it, so nothing pops out. */
const FOG_START = 0.55;
const _viewProjection = new Matrix4();
const _raycaster = new Raycaster();
const _pointer = new Vector2();
const _ray = { ox: 0, oy: 0, oz: 0, dx: 0, dy: 0, dz: 1 };
const _frustum = new Frustum();
