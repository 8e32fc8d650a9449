/**
 * What the doors of a hall mean for walking. `wallSegments` leaves a gap for every door; here a gap
 * is closed again unless it leads somewhere a visitor may go: doors to the street are shut (the
 * visit stays inside the halls), and a door to another hall stays open, with a walled corridor
 * across the space between the halls when they do not abut.
 *
 * A visitor gets through only where both halls' walls are open: where a door of one hall and a
 * door of the other lead to each other and overlap, within both halls' walls (`doorOpenings`, the
 * openings the route finder crosses and the floor plan draws).
 */
import { DIRECTION_VECTORS, type CompassDirection, type Door, type Hall } from '../scene';

/** Receives one obstacle rectangle, site metres. */
export type PushRect = (minX: number, minZ: number, maxX: number, maxZ: number) => void;

/** Halls whose facing walls are at most this far apart abut: the door leads straight through. */
export const ABUT_TOLERANCE_M = 0.5;

const OPPOSITE: Record<CompassDirection, CompassDirection> = { north: 'south', south: 'north', east: 'west', west: 'east' };

interface Floor {
  minX: number;
  minZ: number;
  maxX: number;
  maxZ: number;
}

function floorOf(hall: Hall): Floor | undefined {
  const [x, z] = hall.positionM;
  const floor = { minX: x, minZ: z, maxX: x + hall.sizeM.width, maxZ: z + hall.sizeM.depth };
  return Number.isFinite(floor.maxX) && Number.isFinite(floor.maxZ) && Number.isFinite(x) && Number.isFinite(z) ? floor : undefined;
}

/** Where the wall on `side` of a floor stands: the floor edge across it, and its extent along it. */
function wallLine(floor: Floor, side: CompassDirection): { face: number; from: number; to: number } {
  switch (side) {
    case 'north':
      return { face: floor.minZ, from: floor.minX, to: floor.maxX };
    case 'south':
      return { face: floor.maxZ, from: floor.minX, to: floor.maxX };
    case 'west':
      return { face: floor.minX, from: floor.minZ, to: floor.maxZ };
    case 'east':
      return { face: floor.maxX, from: floor.minZ, to: floor.maxZ };
  }
}

/** Obstacles that close or wall in the door openings of every hall. */
export function passageObstacles(halls: readonly Hall[], thicknessM: number, push: PushRect): void {
  const floors = halls.map(floorOf);
  const indexById = new Map<string, number>();
  halls.forEach((hall, index) => {
    if (!indexById.has(hall.id)) indexById.set(hall.id, index);
  });
  halls.forEach((hall, index) => {
    const floor = floors[index];
    if (!floor) return;
    for (const door of hall.doors) {
      const target = door.leadsTo === 'outside' ? undefined : indexById.get(door.leadsTo);
      const other = target === undefined || target === index ? undefined : floors[target];
      doorObstacles(hall, floor, door, other, thicknessM, push);
    }
  });
}

/** An open way between two halls, from the first hall's side. */
export interface DoorOpening {
  /** Indices into the halls: the first (the lower index) and the one across. */
  from: number;
  to: number;
  /** The wall of `from` it is in. */
  wall: CompassDirection;
  /** The open stretch along the wall, site metres on the wall's axis (x for north and south walls, z otherwise). */
  alongFromM: number;
  alongToM: number;
  /** Where each hall's floor edge is across the wall, site metres on the other axis. */
  faceM: number;
  otherFaceM: number;
}

/**
 * The openings a visitor can pass between halls: each pair of doors, one in each hall, leading to
 * each other from facing walls, whose halls abut or are joined by a corridor (as
 * `passageObstacles` builds them), clipped to where both doors and both walls are.
 */
export function doorOpenings(halls: readonly Hall[], thicknessM: number): DoorOpening[] {
  const floors = halls.map(floorOf);
  const indexById = new Map<string, number>();
  halls.forEach((hall, index) => {
    if (!indexById.has(hall.id)) indexById.set(hall.id, index);
  });
  const openings: DoorOpening[] = [];
  halls.forEach((hall, from) => {
    const floor = floors[from];
    if (!floor || indexById.get(hall.id) !== from) return;
    for (const door of hall.doors) {
      const to = door.leadsTo === 'outside' ? undefined : indexById.get(door.leadsTo);
      const otherHall = to === undefined ? undefined : halls[to];
      const other = to === undefined ? undefined : floors[to];
      // Each pair once, from the hall listed first.
      if (to === undefined || to <= from || !otherHall || !other) continue;
      const side = door.wall;
      const [outX, outZ] = DIRECTION_VECTORS[side];
      const sign = outX + outZ;
      const own = wallLine(floor, side);
      const facing = wallLine(other, OPPOSITE[side]);
      if ((facing.face - own.face) * sign < -ABUT_TOLERANCE_M) continue;
      const [start, end] = doorSpan(hall, door, thicknessM);
      for (const back of otherHall.doors) {
        if (back.leadsTo !== hall.id || back.wall !== OPPOSITE[side]) continue;
        const [backStart, backEnd] = doorSpan(otherHall, back, thicknessM);
        const alongFromM = Math.max(own.from + start, facing.from + backStart, own.from, facing.from);
        const alongToM = Math.min(own.from + end, facing.from + backEnd, own.to, facing.to);
        if (alongToM > alongFromM) openings.push({ from, to, wall: side, alongFromM, alongToM, faceM: own.face, otherFaceM: facing.face });
      }
    }
  });
  return openings;
}

/** A door's opening along its wall, metres from the wall's start, as `wallSegments` cuts it. */
function doorSpan(hall: Hall, door: Door, t: number): [number, number] {
  const alongX = door.wall === 'north' || door.wall === 'south';
  // North and south walls run one thickness past each corner.
  const length = alongX ? hall.sizeM.width : hall.sizeM.depth;
  return [Math.max(alongX ? -t : 0, door.offsetM - door.widthM / 2), Math.min(alongX ? length + t : length, door.offsetM + door.widthM / 2)];
}

function doorObstacles(hall: Hall, floor: Floor, door: Door, other: Floor | undefined, t: number, push: PushRect): void {
  const side = door.wall;
  const alongX = side === 'north' || side === 'south';
  // Away from the floor, along the axis the wall faces.
  const [outX, outZ] = DIRECTION_VECTORS[side];
  const sign = outX + outZ;
  const { face, from } = wallLine(floor, side);
  const [spanStart, spanEnd] = doorSpan(hall, door, t);
  const start = from + spanStart;
  const end = from + spanEnd;
  if (!(end > start)) return;
  // A rectangle given along the wall and across it (across measured on the axis the wall faces).
  const rect = (along0: number, along1: number, across0: number, across1: number): void => {
    const a0 = Math.min(along0, along1);
    const a1 = Math.max(along0, along1);
    const c0 = Math.min(across0, across1);
    const c1 = Math.max(across0, across1);
    if (alongX) push(a0, c0, a1, c1);
    else push(c0, a0, c1, a1);
  };
  const close = (): void => rect(start, end, face, face + sign * t);

  if (!other) {
    close();
    return;
  }
  const facing = wallLine(other, OPPOSITE[side]);
  const gap = (facing.face - face) * sign;
  const overlap = Math.min(end, facing.to) - Math.max(start, facing.from);
  // The other hall is not across this wall, or not opposite the opening: a door to nowhere.
  if (gap < -ABUT_TOLERANCE_M || !(overlap > 0)) {
    close();
    return;
  }
  if (gap <= ABUT_TOLERANCE_M) {
    // Straight through, but only where the other hall is: an opening wider than its wall is shut beyond it.
    if (start < facing.from) rect(start, facing.from, face, face + sign * t);
    if (end > facing.to) rect(facing.to, end, face, face + sign * t);
    return;
  }
  // A corridor across the gap: side walls along both edges of the opening, from wall to wall.
  rect(start - t, start, face, facing.face);
  rect(end, end + t, face, facing.face);
  // Where the opening reaches past the other hall's wall, the corridor end is shut too.
  const otherWall = (a0: number, a1: number): void => rect(a0, a1, facing.face - sign * t, facing.face);
  if (start < facing.from) otherWall(start, facing.from);
  if (end > facing.to) otherWall(facing.to, end);
}
