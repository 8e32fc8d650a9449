/**
 * All booths of the scene in two InstancedMeshes, whatever their number: the platforms (one
 * instance per booth, in its zone's colour) and the booth walls and counters (a few instances per
 * booth, by template). A thousand booths are two draw calls and two scene-graph objects.
 */
import { BoxGeometry, Color, InstancedMesh, Matrix4, MeshStandardMaterial, Vector3 } from 'three';
import type { LaidOutScene, PlacedBooth } from '../scene';
import { boothPanels, type PanelBox } from '../scene';
import { BOOTH_PLATFORM_HEIGHT_M } from '../scene';
import { finishInstances } from './createHallMeshes';
import { setBoxInstance } from './instanceMatrix';
import { boothPlatformColor, boothWallColor } from './palette';

export interface BoothMeshes {
  platforms: InstancedMesh;
  panels: InstancedMesh;
}

/** Used for booths whose zone is unknown (the validator reports them as errors). */
const FALLBACK_ZONE_COLOR = '#9aa4b1';

const _color = new Color();
const _panelOffset = new Vector3();
const _rotation = new Matrix4();

/**
 * Platforms and walls for every booth whose hall is known (or, given `hallIndex`, of that hall
 * only), in world coordinates. Bounding spheres are computed, so three's own frustum test skips a
 * hall's booths when none is in view.
 */
export function createBoothMeshes(layout: LaidOutScene, hallIndex?: number): BoothMeshes {
  const { halls } = layout.scene;
  const zoneColor = new Map<string, string>();
  for (const placed of layout.zones) zoneColor.set(placed.zone.id, placed.zone.color);

  const shown: PlacedBooth[] = layout.booths.filter(
    (booth) => halls[booth.hallIndex] !== undefined && isFiniteRect(booth) && (hallIndex === undefined || booth.hallIndex === hallIndex),
  );
  const panelsByBooth = shown.map((booth) => boothPanels(booth.template, booth.rect.halfWidth, booth.rect.halfDepth));
  const panelCount = panelsByBooth.reduce((sum, list) => sum + list.length, 0);

  const platforms = new InstancedMesh(
    new BoxGeometry(1, 1, 1),
    new MeshStandardMaterial({ roughness: 0.85, metalness: 0 }),
    shown.length,
  );
  platforms.name = 'booth-platforms';
  const panels = new InstancedMesh(
    new BoxGeometry(1, 1, 1),
    new MeshStandardMaterial({ roughness: 0.9, metalness: 0 }),
    panelCount,
  );
  panels.name = 'booth-panels';

  let panelIndex = 0;
  shown.forEach((booth, index) => {
    const hall = halls[booth.hallIndex];
    if (!hall) return;
    const { cx, cz, halfWidth, halfDepth, yawRad } = booth.rect;
    const x = hall.positionM[0] + cx;
    const z = hall.positionM[1] + cz;
    const color = zoneColor.get(booth.zoneId) ?? FALLBACK_ZONE_COLOR;
    setBoxInstance(platforms, index, x, BOOTH_PLATFORM_HEIGHT_M / 2, z, yawRad, halfWidth * 2, BOOTH_PLATFORM_HEIGHT_M, halfDepth * 2);
    platforms.setColorAt(index, boothPlatformColor(color, _color));

    boothWallColor(color, _color);
    _rotation.makeRotationY(yawRad);
    for (const panel of panelsByBooth[index] ?? []) {
      placePanel(panels, panelIndex, panel, x, z, yawRad);
      panels.setColorAt(panelIndex, _color);
      panelIndex += 1;
    }
  });

  finishInstances(platforms);
  finishInstances(panels);
  platforms.computeBoundingSphere();
  panels.computeBoundingSphere();
  return { platforms, panels };
}

/**
 * One pair of booth meshes per hall (index = hall index; undefined for a hall without booths): two
 * draw calls per hall in view, and the booths of halls hidden by walls or past the draw distance
 * are switched off whole (see `createExpoView`). At 100k exhibits the booths of all 18 halls were
 * 530k triangles in one mesh, drawn at every pose.
 */
export function createBoothMeshesByHall(layout: LaidOutScene): (BoothMeshes | undefined)[] {
  const boothsPerHall = new Map<number, number>();
  for (const booth of layout.booths) boothsPerHall.set(booth.hallIndex, (boothsPerHall.get(booth.hallIndex) ?? 0) + 1);
  return layout.scene.halls.map((hall, index) => {
    if (!boothsPerHall.has(index)) return undefined;
    const meshes = createBoothMeshes(layout, index);
    meshes.platforms.name = `booth-platforms:${hall.id}`;
    meshes.panels.name = `booth-panels:${hall.id}`;
    return meshes;
  });
}

function placePanel(mesh: InstancedMesh, index: number, panel: PanelBox, x: number, z: number, yawRad: number): void {
  _panelOffset.set(panel.x, 0, panel.z).applyMatrix4(_rotation);
  setBoxInstance(
    mesh,
    index,
    x + _panelOffset.x,
    BOOTH_PLATFORM_HEIGHT_M + panel.y,
    z + _panelOffset.z,
    yawRad,
    panel.sizeX,
    panel.sizeY,
    panel.sizeZ,
  );
}

function isFiniteRect(booth: PlacedBooth): boolean {
  const { cx, cz, halfWidth, halfDepth, yawRad } = booth.rect;
  return Number.isFinite(cx + cz + halfWidth + halfDepth + yawRad);
}
