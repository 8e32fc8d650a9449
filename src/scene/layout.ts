/**
 * Layout expansion: turns what the curator wrote (explicit booths, booth grids, exhibits with or
 * without offsets) into flat lists of placed booths and exhibits in hall coordinates.
 *
 * Everything downstream (validation, counts, the renderer) reads these flat lists, so a grid of
 * 200 booths and 200 hand-placed booths are the same to them. Each placed item keeps the JSON path
 * it came from, so a message about booth A-117 points at the grid line that made it.
 */
import type { JsonPath } from './diagnostics';
import { degToRad, rotateOffset, type FloorRect } from './geometry';
import type { BoothGrid, BoothTemplate, CompassDirection, Exhibit, Hall, Scene, Zone } from './schema';

export interface PlacedZone {
  zone: Zone;
  hallIndex: number;
  path: JsonPath;
}

export interface PlacedBooth {
  id: string;
  code: string;
  zoneId: string;
  /** Index into `scene.halls` of the booth's zone's hall; -1 when the zone is unknown. */
  hallIndex: number;
  exhibitorId: string | undefined;
  template: BoothTemplate;
  /** Footprint in hall coordinates; width runs along the booth front. */
  rect: FloorRect;
  /** Where the booth was written: `booths[i]` or `boothGrids[i]`. */
  path: JsonPath;
  /** For grid booths, the index of the booth within its grid (row by row). */
  gridSlot: number | undefined;
}

export interface PlacedExhibit {
  exhibit: Exhibit;
  /** Index into `scene.halls`; -1 when the booth or its zone is unknown. */
  hallIndex: number;
  /** Position on the floor in hall coordinates (NaN when its booth is unknown). */
  xM: number;
  zM: number;
  yawRad: number;
  path: JsonPath;
}

export interface LaidOutScene {
  scene: Scene;
  zones: PlacedZone[];
  booths: PlacedBooth[];
  exhibits: PlacedExhibit[];
}

/** Unit [x, z] of each compass direction on the floor plan (x east, z south). */
export const DIRECTION_VECTORS: Record<CompassDirection, readonly [number, number]> = {
  north: [0, -1],
  east: [1, 0],
  south: [0, 1],
  west: [-1, 0],
};

/** Booth turn for a front facing each way: 0 faces south, 90 east, 180 north, 270 west. */
const FACING_ROTATION_DEG: Record<CompassDirection, number> = { south: 0, east: 90, north: 180, west: 270 };

export function directionsArePerpendicular(a: CompassDirection, b: CompassDirection): boolean {
  const [ax, az] = DIRECTION_VECTORS[a];
  const [bx, bz] = DIRECTION_VECTORS[b];
  return ax * bx + az * bz === 0;
}

/** Booth code for a grid slot: prefix and zero-padded number, e.g. "A-" + 17 → "A-017". */
export function gridBoothCode(grid: BoothGrid, slot: number): string {
  return `${grid.codePrefix}${String(grid.firstNumber + slot).padStart(grid.digits, '0')}`;
}

/** Booth id derived from a code: "A-017" → "booth-a-017". */
export function boothIdForCode(code: string): string {
  return `booth-${code.toLowerCase().replace(/-+/g, '-').replace(/-$/, '')}`;
}

export function expandBoothGrid(grid: BoothGrid, gridIndex: number): PlacedBooth[] {
  const booths: PlacedBooth[] = [];
  const [alongX, alongZ] = DIRECTION_VECTORS[grid.along];
  const [acrossX, acrossZ] = DIRECTION_VECTORS[grid.across];
  const [lengthAlong, lengthAcross] = grid.sizeM;
  const facings = typeof grid.facing === 'string' ? [grid.facing] : grid.facing;
  for (let row = 0; row < grid.rows; row += 1) {
    const facing = facings[row % facings.length] ?? 'south';
    const [faceX, faceZ] = DIRECTION_VECTORS[facing];
    // A booth facing across the row has its front along the row; one facing along the row has it across.
    const frontAlongRow = faceX * alongX + faceZ * alongZ === 0;
    const width = frontAlongRow ? lengthAlong : lengthAcross;
    const depth = frontAlongRow ? lengthAcross : lengthAlong;
    for (let column = 0; column < grid.columns; column += 1) {
      const slot = row * grid.columns + column;
      const stepAlong = column * (lengthAlong + grid.gapM);
      const stepAcross = row * (lengthAcross + grid.aisleM);
      const code = gridBoothCode(grid, slot);
      booths.push({
        id: boothIdForCode(code),
        code,
        zoneId: grid.zone,
        hallIndex: -1,
        exhibitorId: grid.exhibitors[slot] ?? undefined,
        template: grid.template,
        rect: {
          cx: grid.startM[0] + alongX * stepAlong + acrossX * stepAcross,
          cz: grid.startM[1] + alongZ * stepAlong + acrossZ * stepAcross,
          halfWidth: width / 2,
          halfDepth: depth / 2,
          yawRad: degToRad(FACING_ROTATION_DEG[facing]),
        },
        path: ['boothGrids', gridIndex],
        gridSlot: slot,
      });
    }
  }
  return booths;
}

/** Margin kept free at the booth edges when exhibits are arranged automatically, metres. */
const AUTO_MARGIN_M = 0.6;

/**
 * Slot centres for `count` exhibits spread evenly over a booth, in the booth's own frame, filling
 * from the back row forward so the front stays open for visitors.
 */
export function autoExhibitOffsets(count: number, widthM: number, depthM: number): [number, number][] {
  if (count === 0) return [];
  const usableWidth = Math.max(widthM - 2 * AUTO_MARGIN_M, widthM * 0.5);
  const usableDepth = Math.max(depthM - 2 * AUTO_MARGIN_M, depthM * 0.5);
  const columns = Math.max(1, Math.min(count, Math.round(Math.sqrt((count * usableWidth) / usableDepth))));
  const rows = Math.ceil(count / columns);
  const offsets: [number, number][] = [];
  for (let index = 0; index < count; index += 1) {
    const row = Math.floor(index / columns);
    const column = index % columns;
    const inRow = row === rows - 1 ? count - row * columns : columns;
    const x = ((column + 0.5) / inRow - 0.5) * usableWidth;
    const z = ((row + 0.5) / rows - 0.5) * usableDepth;
    offsets.push([x, z]);
  }
  return offsets;
}

export function layoutScene(scene: Scene): LaidOutScene {
  const zones: PlacedZone[] = [];
  scene.halls.forEach((hall: Hall, hallIndex) => {
    hall.zones.forEach((zone, zoneIndex) => zones.push({ zone, hallIndex, path: ['halls', hallIndex, 'zones', zoneIndex] }));
  });

  const booths: PlacedBooth[] = scene.booths.map((booth, index) => ({
    id: booth.id,
    code: booth.code,
    zoneId: booth.zone,
    hallIndex: -1,
    exhibitorId: booth.exhibitor,
    template: booth.template,
    rect: {
      cx: booth.positionM[0],
      cz: booth.positionM[1],
      halfWidth: booth.sizeM[0] / 2,
      halfDepth: booth.sizeM[1] / 2,
      yawRad: degToRad(booth.rotationDeg),
    },
    path: ['booths', index],
    gridSlot: undefined,
  }));
  scene.boothGrids.forEach((grid, gridIndex) => {
    for (const booth of expandBoothGrid(grid, gridIndex)) booths.push(booth);
  });

  const hallOfZone = new Map<string, number>();
  for (const placed of zones) if (!hallOfZone.has(placed.zone.id)) hallOfZone.set(placed.zone.id, placed.hallIndex);
  for (const booth of booths) booth.hallIndex = hallOfZone.get(booth.zoneId) ?? -1;

  return { scene, zones, booths, exhibits: placeExhibits(scene.exhibits, booths) };
}

function placeExhibits(exhibits: readonly Exhibit[], booths: readonly PlacedBooth[]): PlacedExhibit[] {
  const boothById = new Map<string, PlacedBooth>();
  for (const booth of booths) if (!boothById.has(booth.id)) boothById.set(booth.id, booth);

  // Exhibits without an offset share their booth's free slots in the order they are written.
  const autoCount = new Map<string, number>();
  for (const exhibit of exhibits) {
    if (!exhibit.offsetM) autoCount.set(exhibit.booth, (autoCount.get(exhibit.booth) ?? 0) + 1);
  }
  const autoSlots = new Map<string, [number, number][]>();
  const autoUsed = new Map<string, number>();

  return exhibits.map((exhibit, index) => {
    const booth = boothById.get(exhibit.booth);
    const path: JsonPath = ['exhibits', index];
    if (!booth) return { exhibit, hallIndex: -1, xM: Number.NaN, zM: Number.NaN, yawRad: 0, path };
    let offset = exhibit.offsetM;
    if (!offset) {
      let slots = autoSlots.get(booth.id);
      if (!slots) {
        slots = autoExhibitOffsets(autoCount.get(booth.id) ?? 0, booth.rect.halfWidth * 2, booth.rect.halfDepth * 2);
        autoSlots.set(booth.id, slots);
      }
      const used = autoUsed.get(booth.id) ?? 0;
      autoUsed.set(booth.id, used + 1);
      offset = slots[used] ?? [0, 0];
    }
    const [dx, dz] = rotateOffset(offset[0], offset[1], booth.rect.yawRad);
    return {
      exhibit,
      hallIndex: booth.hallIndex,
      xM: booth.rect.cx + dx,
      zM: booth.rect.cz + dz,
      yawRad: booth.rect.yawRad + degToRad(exhibit.rotationDeg),
      path,
    };
  });
}
