/**
 * Geometry a curator can get wrong by typing a number: things outside their hall, booths on top
 * of each other, doors past the end of a wall, halls overlapping on the site plan or strewn beyond
 * the site, dates the wrong way round.
 *
 * The site (issue 11): every hall's floor, and the origin [0, 0], must fit within a 5,000 m ×
 * 5,000 m rectangle. A typo'd extra zero in a hall's `positionM` once passed validation and then
 * blanked the page (renderer structures sized by the site's area). One rule with one number that
 * a curator can check with a subtraction: from the westmost wall (or 0) to the eastmost wall (or 0)
 * at most 5,000 m, the same north to south. The origin counts because a hall without `positionM`
 * stands there, and because it keeps every coordinate within ±5 km, where 32-bit floats (the
 * GPU's) still place things to half a millimetre; a 3 km row of halls, the largest bench scene,
 * fits with room to spare. Halls are taken in file order, and one that would stretch the site past
 * the limit is reported and left out, so a single mistyped hall is the one named.
 *
 * Booth overlap uses sort-and-sweep on each hall's booths along x, then the exact separating-axis
 * test on the few pairs whose boxes meet: O(n log n), ~10 ms for 10,000 booths, where all pairs
 * would be 50 million tests.
 */
import type { UnplacedDiagnostic } from './diagnostics';
import {
  aabbOf,
  aabbOverlapDepth,
  formatMetres,
  overlapDepth,
  pointInAabb,
  pointInRect,
  protrusionBeyond,
  TOUCH_TOLERANCE_M,
  type Aabb,
} from './geometry';
import type { LaidOutScene, PlacedBooth } from './layout';
import { error, warning } from './checkReferences';
import type { SceneIds } from './checkIdentity';
import { echoId, echoText, formatCount } from './echoValue';
import type { Hall } from './schema';

/** The site's largest extent, east–west and north–south, metres (see the file header). */
export const MAX_SITE_M = 5000;

export function checkGeometry(layout: LaidOutScene, ids: SceneIds, out: UnplacedDiagnostic[]): void {
  checkDates(layout, out);
  checkHalls(layout, out);
  checkSite(layout, out);
  checkZones(layout, out);
  checkBooths(layout, out);
  checkExhibits(layout, ids, out);
}

function checkDates({ scene }: LaidOutScene, out: UnplacedDiagnostic[]): void {
  const { start, end } = scene.expo.dates;
  for (const [key, value] of [['start', start], ['end', end]] as const) {
    if (!isCalendarDate(value)) out.push(error('bad-date', `expo date ${key} '${value}' is not a day of the calendar`, ['expo', 'dates', key]));
  }
  if (isCalendarDate(start) && isCalendarDate(end) && end < start) {
    out.push(error('bad-date', `expo ends (${end}) before it starts (${start})`, ['expo', 'dates', 'end']));
  }
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function hallFloor(hall: Hall): Aabb {
  return { minX: 0, minZ: 0, maxX: hall.sizeM.width, maxZ: hall.sizeM.depth };
}

function hallOnSite(hall: Hall): Aabb {
  const [x, z] = hall.positionM;
  return { minX: x, minZ: z, maxX: x + hall.sizeM.width, maxZ: z + hall.sizeM.depth };
}

function checkHalls({ scene }: LaidOutScene, out: UnplacedDiagnostic[]): void {
  scene.halls.forEach((hall, hallIndex) => {
    for (let other = 0; other < hallIndex; other += 1) {
      const earlier = scene.halls[other];
      if (!earlier) continue;
      const depth = aabbOverlapDepth(hallOnSite(hall), hallOnSite(earlier));
      if (depth > 0) out.push(error('overlap', `hall '${hall.id}' overlaps hall '${earlier.id}' on the site plan by ${formatMetres(depth)}`, ['halls', hallIndex, 'positionM']));
    }
    hall.doors.forEach((door, doorIndex) => {
      for (let other = 0; other < doorIndex; other += 1) {
        const earlier = hall.doors[other];
        if (!earlier || earlier.wall !== door.wall) continue;
        const overlap = (door.widthM + earlier.widthM) / 2 - Math.abs(door.offsetM - earlier.offsetM);
        if (overlap > 1e-3) out.push(error('overlap', `door '${door.id}' of hall '${hall.id}' overlaps door '${earlier.id}' on the ${door.wall} wall by ${formatMetres(overlap)}`, ['halls', hallIndex, 'doors', doorIndex, 'offsetM']));
      }
      const wallLength = door.wall === 'north' || door.wall === 'south' ? hall.sizeM.width : hall.sizeM.depth;
      const overrun = door.offsetM + door.widthM / 2 - wallLength;
      const underrun = door.widthM / 2 - door.offsetM;
      if (overrun > 1e-3 || underrun > 1e-3) {
        out.push(error('door-outside-wall', `door '${door.id}' of hall '${hall.id}' runs past the end of its ${formatMetres(wallLength)} ${door.wall} wall by ${formatMetres(Math.max(overrun, underrun))}`, ['halls', hallIndex, 'doors', doorIndex, 'offsetM']));
      }
    });
    if (hall.id === scene.expo.defaultHall && !hall.doors.some((door) => door.leadsTo === 'outside')) {
      out.push(warning('no-entrance', `the default hall '${hall.id}' has no entrance from outside (a door with "leadsTo": "outside"); visitors will start at its centre`, ['halls', hallIndex, 'doors']));
    }
  });
}

/** Every hall, with the origin, within `MAX_SITE_M` each way; see the file header. */
function checkSite({ scene }: LaidOutScene, out: UnplacedDiagnostic[]): void {
  const site: Aabb = { minX: 0, minZ: 0, maxX: 0, maxZ: 0 };
  scene.halls.forEach((hall, hallIndex) => {
    const floor = hallOnSite(hall);
    const minX = Math.min(site.minX, floor.minX);
    const minZ = Math.min(site.minZ, floor.minZ);
    const maxX = Math.max(site.maxX, floor.maxX);
    const maxZ = Math.max(site.maxZ, floor.maxZ);
    // A millimetre over passes: positions and sizes in decimals do not always add up exactly.
    if (maxX - minX <= MAX_SITE_M + TOUCH_TOLERANCE_M && maxZ - minZ <= MAX_SITE_M + TOUCH_TOLERANCE_M) {
      Object.assign(site, { minX, minZ, maxX, maxZ });
      return;
    }
    const [x, z] = hall.positionM;
    const name = echoText(hall.name.en ?? hall.name.zh ?? '');
    out.push(
      error(
        'site-too-large',
        `hall '${echoId(hall.id)}' (${name}) at [${x}, ${z}] would stretch the site to ${siteMetres(maxX - minX)} × ${siteMetres(maxZ - minZ)}; all halls and the origin [0, 0] must fit within ${siteMetres(MAX_SITE_M)} × ${siteMetres(MAX_SITE_M)}`,
        ['halls', hallIndex, 'positionM'],
      ),
    );
  });
}

/** "100,040 m", "5,000.5 m": thousands grouped, at most two decimals. */
function siteMetres(value: number): string {
  const rounded = Number(value.toFixed(2));
  const whole = Math.trunc(rounded);
  const fraction = String(rounded).split('.')[1];
  return `${formatCount(whole)}${fraction && Number.isSafeInteger(whole) ? `.${fraction}` : ''} m`;
}

function checkZones(layout: LaidOutScene, out: UnplacedDiagnostic[]): void {
  const { scene, zones } = layout;
  zones.forEach((placed, index) => {
    const hall = scene.halls[placed.hallIndex];
    if (!hall) return;
    const { rect } = placed.zone;
    const box: Aabb = { minX: rect.x, minZ: rect.z, maxX: rect.x + rect.width, maxZ: rect.z + rect.depth };
    const floor = hallFloor(hall);
    const beyond = Math.max(floor.minX - box.minX, box.maxX - floor.maxX, floor.minZ - box.minZ, box.maxZ - floor.maxZ);
    if (beyond > 1e-3) out.push(error('outside-hall', `zone '${placed.zone.id}' extends ${formatMetres(beyond)} beyond hall '${hall.id}'`, [...placed.path, 'rect']));
    for (let other = 0; other < index; other += 1) {
      const earlier = zones[other];
      if (!earlier || earlier.hallIndex !== placed.hallIndex) continue;
      const r = earlier.zone.rect;
      const depth = aabbOverlapDepth(box, { minX: r.x, minZ: r.z, maxX: r.x + r.width, maxZ: r.z + r.depth });
      if (depth > 0) out.push(warning('zone-overlap', `zone '${placed.zone.id}' overlaps zone '${earlier.zone.id}' by ${formatMetres(depth)}`, [...placed.path, 'rect']));
    }
  });
}

function checkBooths(layout: LaidOutScene, out: UnplacedDiagnostic[]): void {
  const { scene } = layout;
  const zoneBoxById = new Map<string, Aabb>();
  for (const { zone } of layout.zones) {
    if (!zoneBoxById.has(zone.id)) zoneBoxById.set(zone.id, { minX: zone.rect.x, minZ: zone.rect.z, maxX: zone.rect.x + zone.rect.width, maxZ: zone.rect.z + zone.rect.depth });
  }
  const floors = scene.halls.map(hallFloor);
  const boothsByHall = new Map<number, { booth: PlacedBooth; box: Aabb }[]>();

  for (const booth of layout.booths) {
    const hall = scene.halls[booth.hallIndex];
    if (!hall) continue;
    const box = aabbOf(booth.rect);
    const beyondHall = protrusionBeyond(booth.rect, floors[booth.hallIndex] ?? hallFloor(hall));
    if (beyondHall > 0) {
      out.push(error('outside-hall', `booth ${booth.code} extends ${formatMetres(beyondHall)} beyond hall '${hall.id}'`, positionPath(booth)));
    } else {
      const zoneBox = zoneBoxById.get(booth.zoneId);
      const beyondZone = zoneBox ? protrusionBeyond(booth.rect, zoneBox) : 0;
      if (beyondZone > 0) out.push(warning('outside-zone', `booth ${booth.code} extends ${formatMetres(beyondZone)} beyond its zone '${booth.zoneId}'`, positionPath(booth)));
    }
    let list = boothsByHall.get(booth.hallIndex);
    if (!list) boothsByHall.set(booth.hallIndex, (list = []));
    list.push({ booth, box });
  }

  for (const list of boothsByHall.values()) {
    list.sort((a, b) => a.box.minX - b.box.minX);
    for (let i = 0; i < list.length; i += 1) {
      const a = list[i];
      if (!a) continue;
      for (let j = i + 1; j < list.length; j += 1) {
        const b = list[j];
        if (!b || b.box.minX >= a.box.maxX) break;
        if (b.box.minZ >= a.box.maxZ || b.box.maxZ <= a.box.minZ) continue;
        const depth = overlapDepth(a.booth.rect, b.booth.rect);
        if (depth === 0) continue;
        // Report at the booth written later, naming the earlier one, so the message sits on the line to fix.
        const [first, second] = isWrittenBefore(a.booth, b.booth) ? [a.booth, b.booth] : [b.booth, a.booth];
        out.push(error('overlap', `booth ${first.code} overlaps booth ${second.code} by ${formatMetres(depth)}`, positionPath(second)));
      }
    }
  }
}

function isWrittenBefore(a: PlacedBooth, b: PlacedBooth): boolean {
  const order = (booth: PlacedBooth) => (booth.path[0] === 'booths' ? 0 : 1);
  if (order(a) !== order(b)) return order(a) < order(b);
  if (a.path[1] !== b.path[1]) return Number(a.path[1]) < Number(b.path[1]);
  return (a.gridSlot ?? 0) < (b.gridSlot ?? 0);
}

function positionPath(booth: PlacedBooth): (string | number)[] {
  return booth.gridSlot === undefined ? [...booth.path, 'positionM'] : [...booth.path, 'startM'];
}

/** "2.5 m beyond its south wall": the side a point is farthest past. */
function beyondWhichWall(x: number, z: number, hall: Hall): string {
  const past: [string, number][] = [
    ['west', -x],
    ['east', x - hall.sizeM.width],
    ['north', -z],
    ['south', z - hall.sizeM.depth],
  ];
  const [wall, distance] = past.reduce((worst, side) => (side[1] > worst[1] ? side : worst));
  return `${formatMetres(distance)} beyond its ${wall} wall`;
}

function checkExhibits(layout: LaidOutScene, ids: SceneIds, out: UnplacedDiagnostic[]): void {
  const { scene } = layout;
  const floors = scene.halls.map(hallFloor);
  for (const placed of layout.exhibits) {
    const hall = scene.halls[placed.hallIndex];
    const floor = floors[placed.hallIndex];
    const booth = layout.booths[ids.booths.get(placed.exhibit.booth) ?? -1];
    if (!hall || !floor || !booth) continue;
    const path = [...placed.path, placed.exhibit.offsetM ? 'offsetM' : 'booth'];
    if (!pointInAabb(placed.xM, placed.zM, floor)) {
      out.push(error('outside-hall', `exhibit '${placed.exhibit.id}' lies outside hall '${hall.id}' (${beyondWhichWall(placed.xM, placed.zM, hall)})`, path));
    } else if (!pointInRect(placed.xM, placed.zM, booth.rect)) {
      out.push(warning('outside-booth', `exhibit '${placed.exhibit.id}' stands outside its booth ${booth.code}`, path));
    }
  }
}
