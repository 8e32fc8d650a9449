/**
 * The fixed camera path of `npm run bench:render`: poses computed from a laid-out scene, the same
 * for the app and for every peer renderer. Pure: no three, no clock, no randomness.
 *
 * Per visited hall (the first, the middle and the last, so 1–3 halls whatever the scene's size):
 * an entrance pose at eye height just inside its outside door, poses along its aisles at eye height
 * (aisles are found as the gaps between the booths' footprints across the hall, so nothing here
 * knows the stress generator's constants), and an elevated overview from outside its entrance
 * wall. Then two worst cases for a renderer without occlusion culling: at eye height inside the
 * first hall looking down the row of halls, and from above its west end looking along the row.
 *
 * Every pose looks down by at least `MIN_PITCH_DOWN_DEG`: the app's orbit controls keep the camera
 * at most 0.47π from the vertical (5.4° below the horizon) and would move a level pose up, so the
 * app would see something other than the peers.
 */
import type { CompassDirection, Hall, LaidOutScene } from '../src/scene';
import { aabbOf, type Aabb } from '../src/scene';
import { siteBounds } from '../src/render/siteBounds';
import { EYE_HEIGHT_M } from '../src/navigation/cameraPose';

export type Vec3 = [number, number, number];

export type PoseKind = 'entrance' | 'aisle' | 'overview' | 'row';

export interface CameraPose {
  /** Readable and unique within a path, e.g. `hall-1 aisle z=38.5 east`. */
  name: string;
  kind: PoseKind;
  positionM: Vec3;
  targetM: Vec3;
}

export interface CameraPathOptions {
  /** Aisle poses in all, shared out over the visited halls (default 18). */
  aislePoses?: number;
}

/** A visitor's eye, metres above the floor: the walking visitor's own. */
export { EYE_HEIGHT_M };
/** See the module note: a little more than the 5.4° the app's orbit controls require. */
export const MIN_PITCH_DOWN_DEG = 6;
/** How far ahead an eye-level pose aims; only the direction matters. */
const LOOK_AHEAD_M = 20;
/** A gap between booth footprints at least this wide is an aisle a visitor walks. */
const MIN_AISLE_M = 1.5;
/** Eye-level poses at an aisle's end stand this far inside its first booth edge. */
const AISLE_END_INSET_M = 1;
/** Entrance poses stand this far inside the door. */
const ENTRANCE_INSET_M = 2;
/** Row poses: eye-level one this far inside the first hall's west wall; elevated one this far west of it and this high. */
const ROW_INSET_M = 2;
const ROW_BACK_M = 20;
const ROW_HEIGHT_M = 60;
const ROW_PITCH_DOWN_DEG = 8;
/** Overview: height and distance behind the entrance wall, as fractions of the hall's longer side. */
const OVERVIEW_HEIGHT = 0.35;
const OVERVIEW_BACK = 0.35;

const OUTWARD: Record<CompassDirection, readonly [number, number]> = {
  north: [0, -1],
  east: [1, 0],
  south: [0, 1],
  west: [-1, 0],
};

const DROP_PER_M = Math.tan((MIN_PITCH_DOWN_DEG * Math.PI) / 180);
const round3 = (value: number): number => Math.round(value * 1000) / 1000;
const vec = (x: number, y: number, z: number): Vec3 => [round3(x), round3(y), round3(z)];

/** An eye-level pose at world (x, z) looking along (dx, dz), a unit vector on the floor. */
function eyePose(name: string, kind: PoseKind, x: number, z: number, dx: number, dz: number): CameraPose {
  return {
    name,
    kind,
    positionM: vec(x, EYE_HEIGHT_M, z),
    targetM: vec(x + dx * LOOK_AHEAD_M, EYE_HEIGHT_M - DROP_PER_M * LOOK_AHEAD_M, z + dz * LOOK_AHEAD_M),
  };
}

/** Gaps of at least `MIN_AISLE_M` between the merged intervals, as [start, end] pairs. */
function gapsBetween(intervals: readonly [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const gaps: [number, number][] = [];
  let reach = sorted[0]?.[1] ?? 0;
  for (const [start, end] of sorted.slice(1)) {
    if (start - reach >= MIN_AISLE_M) gaps.push([reach, start]);
    reach = Math.max(reach, end);
  }
  return gaps;
}

/** Candidate eye-level poses in the aisles of `hall`, world metres, in a fixed order. */
function aisleCandidates(hall: Hall, hallName: string, boxes: readonly Aabb[]): CameraPose[] {
  if (boxes.length === 0) return [];
  const [hx, hz] = hall.positionM;
  const minX = Math.min(...boxes.map((box) => box.minX));
  const maxX = Math.max(...boxes.map((box) => box.maxX));
  const minZ = Math.min(...boxes.map((box) => box.minZ));
  const maxZ = Math.max(...boxes.map((box) => box.maxZ));
  const poses: CameraPose[] = [];
  // East–west aisles: walk in from each end, and stand in the middle facing the booths on each side.
  for (const [start, end] of gapsBetween(boxes.map((box) => [box.minZ, box.maxZ]))) {
    const z = hz + (start + end) / 2;
    const label = `${hallName} aisle z=${round3(z)}`;
    const middleX = hx + (minX + maxX) / 2;
    poses.push(eyePose(`${label} east`, 'aisle', hx + minX + AISLE_END_INSET_M, z, 1, 0));
    poses.push(eyePose(`${label} west`, 'aisle', hx + maxX - AISLE_END_INSET_M, z, -1, 0));
    poses.push(eyePose(`${label} middle north`, 'aisle', middleX, z, 0, -1));
    poses.push(eyePose(`${label} middle south`, 'aisle', middleX, z, 0, 1));
  }
  // North–south aisles (between blocks of booths): walk in from each end.
  for (const [start, end] of gapsBetween(boxes.map((box) => [box.minX, box.maxX]))) {
    const x = hx + (start + end) / 2;
    const label = `${hallName} aisle x=${round3(x)}`;
    poses.push(eyePose(`${label} south`, 'aisle', x, hz + minZ + AISLE_END_INSET_M, 0, 1));
    poses.push(eyePose(`${label} north`, 'aisle', x, hz + maxZ - AISLE_END_INSET_M, 0, -1));
  }
  return poses;
}

/** `count` items spread evenly over `items` (all of them when there are fewer). */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, index) => items[Math.floor(((index + 0.5) * items.length) / count)] as T);
}

/** Just inside the hall's first outside door (the middle of its south wall without one), looking in. */
function entrancePose(hall: Hall, hallName: string): CameraPose {
  const [hx, hz] = hall.positionM;
  const { width, depth } = hall.sizeM;
  const door = hall.doors.find((candidate) => candidate.leadsTo === 'outside');
  const wall = door?.wall ?? 'south';
  const alongX = wall === 'north' || wall === 'south';
  const offset = door?.offsetM ?? (alongX ? width : depth) / 2;
  const [outX, outZ] = OUTWARD[wall];
  const doorX = wall === 'west' ? hx : wall === 'east' ? hx + width : hx + offset;
  const doorZ = wall === 'north' ? hz : wall === 'south' ? hz + depth : hz + offset;
  return eyePose(`${hallName} entrance`, 'entrance', doorX - outX * ENTRANCE_INSET_M, doorZ - outZ * ENTRANCE_INSET_M, -outX, -outZ);
}

/** Above and outside the entrance wall, looking down at the hall's centre. */
function overviewPose(hall: Hall, hallName: string): CameraPose {
  const [hx, hz] = hall.positionM;
  const { width, depth } = hall.sizeM;
  const wall = hall.doors.find((door) => door.leadsTo === 'outside')?.wall ?? 'south';
  const [outX, outZ] = OUTWARD[wall];
  const side = Math.max(width, depth);
  const centreX = hx + width / 2;
  const centreZ = hz + depth / 2;
  // From the centre to the entrance wall, then further out.
  const toWall = Math.abs(outX) * (width / 2) + Math.abs(outZ) * (depth / 2);
  const back = toWall + OVERVIEW_BACK * side;
  return {
    name: `${hallName} overview`,
    kind: 'overview',
    positionM: vec(centreX + outX * back, OVERVIEW_HEIGHT * side, centreZ + outZ * back),
    targetM: vec(centreX, 0, centreZ),
  };
}

/** The path for `layout`: entrances, aisles and overviews of up to three halls, then the two row poses. */
export function createCameraPath(layout: LaidOutScene, { aislePoses = 18 }: CameraPathOptions = {}): CameraPose[] {
  const { halls } = layout.scene;
  if (halls.length === 0) return [];
  const visited = [...new Set([0, Math.floor((halls.length - 1) / 2), halls.length - 1])];
  const boxesByHall = halls.map((): Aabb[] => []);
  for (const booth of layout.booths) boxesByHall[booth.hallIndex]?.push(aabbOf(booth.rect));

  const poses: CameraPose[] = [];
  visited.forEach((hallIndex, order) => {
    const hall = halls[hallIndex] as Hall;
    const name = hall.id;
    // The aisle budget shared out evenly; the first halls take the remainder.
    const share = Math.floor(aislePoses / visited.length) + (order < aislePoses % visited.length ? 1 : 0);
    poses.push(entrancePose(hall, name));
    poses.push(...spread(aisleCandidates(hall, name, boxesByHall[hallIndex] ?? []), share));
    poses.push(overviewPose(hall, name));
  });

  const site = siteBounds(layout.scene);
  const first = halls[0] as Hall;
  const rowZ = first.positionM[1] + first.sizeM.depth / 2;
  poses.push(eyePose('row of halls, eye level', 'row', site.minX + ROW_INSET_M, rowZ, 1, 0));
  const rowAhead = ROW_HEIGHT_M / Math.tan((ROW_PITCH_DOWN_DEG * Math.PI) / 180);
  poses.push({
    name: 'row of halls, from above',
    kind: 'row',
    positionM: vec(site.minX - ROW_BACK_M, ROW_HEIGHT_M, rowZ),
    targetM: vec(site.minX - ROW_BACK_M + rowAhead, 0, rowZ),
  });
  return poses;
}

/**
 * The pose for frame `frame` (0, 1, …) at one stop: moved sideways by 2 mm per frame, position and
 * target alike, so each frame is a real camera change (the app renders on demand) that alters
 * neither what is in view nor any level of detail.
 */
export function nudgePose(pose: CameraPose, frame: number): { positionM: Vec3; targetM: Vec3 } {
  const dx = frame * 0.002;
  const [px, py, pz] = pose.positionM;
  const [tx, ty, tz] = pose.targetM;
  return { positionM: [px + dx, py, pz], targetM: [tx + dx, ty, tz] };
}
