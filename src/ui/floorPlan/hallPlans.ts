/**
 * What the floor plan draws for each hall, in site metres: the floor, the walls with their door
 * openings (the same boxes the 3D view builds), the doors with where they lead, the zones in their
 * colours and the booths with their codes. Plain data built once per layout; the component only
 * maps it to SVG.
 */
import { doorSignLine, wallSegments, WALL_THICKNESS_M, type LaidOutScene, type LocalizedText } from '../../scene';


export interface PlanRect {
  x: number;
  z: number;
  width: number;
  depth: number;
}

export interface PlanDoor {
  id: string;
  /** The opening's middle, on the wall line. */
  xM: number;
  zM: number;
  /** Which way is out of the hall, unit [x, z]. */
  outX: number;
  outZ: number;
  widthM: number;
  /** The hall it leads to, or undefined for a door to the street. */
  leadsTo: string | undefined;
  label: LocalizedText;
}

export interface PlanZone extends PlanRect {
  id: string;
  color: string;
  name: LocalizedText;
}

export interface PlanBooth {
  id: string;
  code: string;
  cx: number;
  cz: number;
  width: number;
  depth: number;
  /** SVG rotation, degrees (clockwise on the page): the booth's turn seen from above. */
  rotateDeg: number;
  color: string;
  exhibitor: LocalizedText | undefined;
}

export interface HallPlan {
  id: string;
  name: LocalizedText;
  floor: PlanRect;
  walls: PlanRect[];
  doors: PlanDoor[];
  zones: PlanZone[];
  booths: PlanBooth[];
}

const OUT: Record<'north' | 'south' | 'east' | 'west', [number, number]> = { north: [0, -1], south: [0, 1], east: [1, 0], west: [-1, 0] };

export function buildHallPlans(layout: LaidOutScene): HallPlan[] {
  const { scene } = layout;
  const plans: HallPlan[] = scene.halls.map((hall) => {
    const [x0, z0] = hall.positionM;
    const { width, depth } = hall.sizeM;
    return {
      id: hall.id,
      name: hall.name,
      floor: { x: x0, z: z0, width, depth },
      walls: wallSegments(hall, WALL_THICKNESS_M).map((wall) => ({ x: x0 + wall.cx - wall.sizeX / 2, z: z0 + wall.cz - wall.sizeZ / 2, width: wall.sizeX, depth: wall.sizeZ })),
      doors: hall.doors.map((door) => {
        const [outX, outZ] = OUT[door.wall];
        const along = door.wall === 'north' || door.wall === 'south';
        return {
          id: door.id,
          xM: x0 + (along ? door.offsetM : door.wall === 'east' ? width : 0),
          zM: z0 + (along ? (door.wall === 'south' ? depth : 0) : door.offsetM),
          outX,
          outZ,
          widthM: door.widthM,
          leadsTo: door.leadsTo === 'outside' ? undefined : door.leadsTo,
          label: { zh: doorSignLine(scene.halls, door, 'zh'), en: doorSignLine(scene.halls, door, 'en') },
        };
      }),
      zones: [],
      booths: [],
    };
  });
  const zoneColors = new Map<string, string>();
  for (const placed of layout.zones) {
    const plan = plans[placed.hallIndex];
    const hall = scene.halls[placed.hallIndex];
    if (!plan || !hall) continue;
    const { rect } = placed.zone;
    zoneColors.set(placed.zone.id, placed.zone.color);
    plan.zones.push({ id: placed.zone.id, x: hall.positionM[0] + rect.x, z: hall.positionM[1] + rect.z, width: rect.width, depth: rect.depth, color: placed.zone.color, name: placed.zone.name });
  }
  const exhibitors = new Map(scene.exhibitors.map((exhibitor) => [exhibitor.id, exhibitor.name] as const));
  for (const booth of layout.booths) {
    const plan = plans[booth.hallIndex];
    const hall = scene.halls[booth.hallIndex];
    if (!plan || !hall) continue;
    const { cx, cz, halfWidth, halfDepth, yawRad } = booth.rect;
    plan.booths.push({
      id: booth.id,
      code: booth.code,
      cx: hall.positionM[0] + cx,
      cz: hall.positionM[1] + cz,
      width: halfWidth * 2,
      depth: halfDepth * 2,
      rotateDeg: (-yawRad * 180) / Math.PI,
      color: zoneColors.get(booth.zoneId) ?? '#9aa4b1',
      exhibitor: booth.exhibitorId === undefined ? undefined : exhibitors.get(booth.exhibitorId),
    });
  }
  return plans;
}

