/**
 * Hall architecture for every hall of the scene: floors, walls with door openings, glass above the
 * walls, and the coloured zone areas. Each kind is one InstancedMesh over all halls, so a site of
 * five halls costs four draw calls, the same as a site of one.
 */
import { BoxGeometry, Color, InstancedMesh, MeshStandardMaterial, PlaneGeometry } from 'three';
import type { LaidOutScene } from '../scene';
import { FLOOR_THICKNESS_M, SOLID_WALL_HEIGHT_M, WALL_THICKNESS_M, ZONE_LIFT_M } from '../scene';
import { setBoxInstance } from './instanceMatrix';
import { PALETTE, zoneFloorColor } from './palette';
import { wallSegments } from '../scene';

export interface HallMeshes {
  floors: InstancedMesh;
  zones: InstancedMesh;
  walls: InstancedMesh;
  glass: InstancedMesh;
}

const _color = new Color();

/** Floors, zones, walls and glass of every hall, placed at `hall.positionM` on the site. */
export function createHallMeshes(layout: LaidOutScene): HallMeshes {
  const { halls } = layout.scene;

  const floors = new InstancedMesh(
    new BoxGeometry(1, 1, 1),
    new MeshStandardMaterial({ color: PALETTE.floor, roughness: 0.9, metalness: 0 }),
    halls.length,
  );
  floors.name = 'hall-floors';
  halls.forEach((hall, index) => {
    const [x, z] = hall.positionM;
    const { width, depth } = hall.sizeM;
    setBoxInstance(floors, index, x + width / 2, -FLOOR_THICKNESS_M / 2, z + depth / 2, 0, width, FLOOR_THICKNESS_M, depth);
  });

  const zones = new InstancedMesh(
    new PlaneGeometry(1, 1).rotateX(-Math.PI / 2),
    new MeshStandardMaterial({ roughness: 0.95, metalness: 0, polygonOffset: true, polygonOffsetFactor: -1, polygonOffsetUnits: -1 }),
    layout.zones.length,
  );
  zones.name = 'hall-zones';
  let zoneCount = 0;
  for (const placed of layout.zones) {
    const hall = halls[placed.hallIndex];
    if (!hall) continue;
    const { rect, color } = placed.zone;
    setBoxInstance(zones, zoneCount, hall.positionM[0] + rect.x + rect.width / 2, ZONE_LIFT_M, hall.positionM[1] + rect.z + rect.depth / 2, 0, rect.width, 1, rect.depth);
    zones.setColorAt(zoneCount, zoneFloorColor(color, _color));
    zoneCount += 1;
  }
  zones.count = zoneCount;

  const pieces = halls.map((hall) => wallSegments(hall, WALL_THICKNESS_M));
  const pieceCount = pieces.reduce((sum, list) => sum + list.length, 0);
  const walls = new InstancedMesh(
    new BoxGeometry(1, 1, 1),
    new MeshStandardMaterial({ color: PALETTE.wall, roughness: 0.8, metalness: 0 }),
    pieceCount,
  );
  walls.name = 'hall-walls';
  const glass = new InstancedMesh(
    new BoxGeometry(1, 1, 1),
    new MeshStandardMaterial({ color: PALETTE.glass, roughness: 0.2, metalness: 0, transparent: true, opacity: 0.08, depthWrite: false }),
    pieceCount,
  );
  glass.name = 'hall-glass';
  let wallIndex = 0;
  let glassIndex = 0;
  halls.forEach((hall, hallIndex) => {
    const [x, z] = hall.positionM;
    const solid = Math.min(hall.sizeM.height, SOLID_WALL_HEIGHT_M);
    const upper = hall.sizeM.height - solid;
    for (const piece of pieces[hallIndex] ?? []) {
      setBoxInstance(walls, wallIndex, x + piece.cx, solid / 2, z + piece.cz, 0, piece.sizeX, solid, piece.sizeZ);
      wallIndex += 1;
      if (upper > 0.01) {
        setBoxInstance(glass, glassIndex, x + piece.cx, solid + upper / 2, z + piece.cz, 0, piece.sizeX, upper, piece.sizeZ);
        glassIndex += 1;
      }
    }
  });
  glass.count = glassIndex;
  // Glass is drawn after everything opaque; it writes no depth, so what stands behind shows through.
  glass.renderOrder = 1;

  for (const mesh of [floors, zones, walls, glass]) finishInstances(mesh);
  return { floors, zones, walls, glass };
}

/** Marks instance data for upload and bounds the instances for frustum culling. */
export function finishInstances(mesh: InstancedMesh): void {
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  mesh.computeBoundingBox();
  mesh.computeBoundingSphere();
  // An empty batch would still cost a draw call.
  mesh.visible = mesh.count > 0;
}
