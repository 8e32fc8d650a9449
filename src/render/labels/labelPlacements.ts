/**
 * Where the expo's signs go and what they say, as plain data in world metres (no three, no DOM):
 * one sign per zone, hanging from the ceiling, one sign over every door of every hall, in both
 * languages, and one fascia per booth with the exhibitor's name and the booth code.
 * `createLabelMeshes` turns the list into a few instanced batches.
 *
 * Signs by booth template (booth frame: x along the front, z towards the front, y up from the floor;
 * see boothPanels):
 * - inline: a header board along the front edge between the side walls, at the top of the walls
 *   (2.22–2.92 m, the walls end at 2.62 m), like a shell-scheme fascia;
 * - corner: the same, from the one side wall to a post at the open front corner;
 * - peninsula (back wall only): the board stands on the back wall, facing the front;
 * - island, pavilion (open all round): a double-sided board on a post at the middle of the front
 *   edge, above head height, kept 0.3 m inside the edge (auto-arranged exhibits keep 0.6 m free);
 * - kiosk: a double-sided board on a post standing on the counter.
 * Zone signs hang 6 m up (above booth walls and the default expo's tallest exhibit, 4 m), near the
 * zone's edge on the side of the hall entrance nearest to it, facing that entrance; they are
 * double-sided so visitors walking back out can read them too.
 *
 * Door signs (issue 10): one over every door of every hall, so an opening between two halls is
 * signed on both sides, each hall's sign saying where its side leads. The board is on the inside
 * face of the door's wall (the floor edge: walls stand just outside the floor), centred on the
 * opening, facing into the hall, single-sided. Openings run the full wall height (no lintel), so the
 * board spans the opening and bears 0.6 m on the wall either side where the wall is long enough.
 * Its bottom is 4.3 m up, above the solid walls (4 m) and the tallest exhibit (4 m) as the zone signs
 * are, so booth walls (2.62 m) do not hide it from down an aisle; in a low hall it drops to stay
 * 0.3 m under the ceiling, never below 2.5 m (the visitor walks under it).
 *
 * Sizes were chosen for reading at eye height: a zone name 1.2 m high is ~2.3° at 30 m, about 30
 * screen pixels in a 720 px tall 50° view; a fascia name 0.32 m high reads from across an aisle and
 * along a row of booths. A door sign's title is 0.9 m (~25 px at 30 m, ~18 px from the middle of
 * an 84 m deep hall, so a door reads from across the hall), its second language 0.45 m (~12 px at
 * 30 m: read on the way there); both at the zone signs' 80 atlas px per metre, as they are seen
 * from the same distances. The board is 2 m high and as wide as the longer line needs (estimated
 * from character widths, 4–16 m), never narrower than the opening.
 *
 * Vacant booths get a fascia with their code only (wayfinding: "find booth A-017"), placed after
 * every exhibitor's fascia so an atlas cap drops them first. Order, which is the keep order when the
 * atlas is full: zone signs, then door signs (wayfinding) of the default hall and then the other
 * halls in hall order, then exhibitor fascias of the default hall, then of the other halls in hall
 * order, then vacant booths in the same hall order; booths keep the layout order within a hall.
 */
import { doorSignLine, localizedString, rotateOffset, type Door, type Hall, type LaidOutScene, type Language, type PlacedBooth, type PlacedZone } from '../../scene';
import { BOOTH_PLATFORM_HEIGHT_M, BOOTH_WALL_HEIGHT_M, BOOTH_WALL_THICKNESS_M, KIOSK_COUNTER_DEPTH_M, KIOSK_COUNTER_HEIGHT_M } from '../../scene';
import { darkenToLuminance } from './signColors';

export type LabelKind = 'zone' | 'door' | 'fascia';
/** `translation`: a door sign's smaller second line, in the language not chosen. */
export type LabelLineRole = 'title' | 'code' | 'translation';

export interface LabelLine {
  /** What the line says: plain text, never markup (canvas `fillText` draws it as is). */
  text: string;
  role: LabelLineRole;
  /** Font size (em) on the board, metres. */
  emM: number;
  /** Font size in atlas pixels for that em: the raster resolution, chosen with the viewing distance. */
  fontPx: number;
  /** CSS font weight. */
  weight: number;
  /** Height of the line's centre above the board's centre, metres. */
  offsetYM: number;
  /** Widest the line may be drawn, metres; longer text shrinks, then is cut short with "…". */
  maxWidthM: number;
  /** `#rrggbb`. */
  color: string;
}

/** A box in world metres, turned about y; posts and hanging cables. */
export interface LabelBox {
  xM: number;
  yM: number;
  zM: number;
  yawRad: number;
  sizeXM: number;
  sizeYM: number;
  sizeZM: number;
}

export interface LabelPlacement {
  kind: LabelKind;
  /** The zone or booth id; for a door sign the door's id, unique only within its hall (`hallIndex`). */
  id: string;
  hallIndex: number;
  /** Lines from top to bottom; never empty. */
  lines: LabelLine[];
  /** The board: centre in world metres, turned about y; its front (+z before the turn) shows the text. */
  board: LabelBox;
  /** Whether the text is repeated on the back of the board (hanging signs, boards on posts). */
  doubleSided: boolean;
  /** Board colour, `#rrggbb`: dark enough for white text. */
  boardColor: string;
  /** Posts and cables holding the board, drawn in `SUPPORT_COLOR`. */
  supports: LabelBox[];
}

/** Colour of posts and cables. */
export const SUPPORT_COLOR = '#3a3f47';
/** Board colour when a booth's zone is unknown. */
const FALLBACK_BOARD_COLOR = '#2b3440';
/** Highest relative luminance of a board behind white text (see signColors). */
export const BOARD_MAX_LUMINANCE = 0.045;

const TITLE_COLOR = '#ffffff';
const CODE_COLOR = '#e3e7ec';

const WALL_TOP_M = BOOTH_PLATFORM_HEIGHT_M + BOOTH_WALL_HEIGHT_M;
const BOARD_DEPTH_M = 0.06;
const POST_SIZE_M = 0.08;

/** Shell-scheme fascia: 0.7 m high, its bottom 0.4 m below the wall tops. */
const FASCIA = { heightM: 0.7, bottomM: WALL_TOP_M - 0.4, nameEmM: 0.32, namePx: 40, codeEmM: 0.14, codePx: 20, vacantEmM: 0.3, vacantPx: 36, marginM: 0.12 };
/** Board on a post for open booths: larger, above head height, readable across the booth. */
const POST_BOARD = { heightM: 0.9, bottomM: WALL_TOP_M, minWidthM: 3, maxWidthM: 8, widthShare: 0.6, nameEmM: 0.42, namePx: 48, codeEmM: 0.18, codePx: 22, vacantEmM: 0.4, vacantPx: 44, marginM: 0.15, insetM: 0.3 };
/** Kiosk board, on a post standing on the counter. */
const KIOSK_BOARD = { heightM: 0.5, bottomM: BOOTH_PLATFORM_HEIGHT_M + 2, minWidthM: 1.6, nameEmM: 0.22, namePx: 32, codeEmM: 0.1, codePx: 16, vacantEmM: 0.22, vacantPx: 32, marginM: 0.08 };
/** Zone sign hanging from the ceiling. */
const ZONE_SIGN = { heightM: 2.4, depthM: 0.12, bottomM: 6, maxWidthM: 24, widthShare: 0.8, insetM: 8, emM: 1.2, fontPx: 96, marginM: 0.5, cableM: 0.03 };
/** Door sign over an opening, on the wall's inside face (see the module note). */
const DOOR_SIGN = {
  heightM: 2,
  depthM: 0.1,
  bottomM: 4.3,
  minBottomM: 2.5,
  ceilingGapM: 0.3,
  minWidthM: 4,
  maxWidthM: 16,
  bearingM: 0.6,
  titleEmM: 0.9,
  titlePx: 72,
  secondEmM: 0.45,
  secondPx: 36,
  marginM: 0.4,
};
/** Wayfinding blue, darkened like zone boards for white text. */
const DOOR_BOARD_COLOR = darkenToLuminance('#1f4e8c', BOARD_MAX_LUMINANCE);
/** Gap between a name and the code below it, metres per metre of name em. */
const LINE_GAP_EM = 0.2;

/** The signs of a laid-out scene, in keep order (see the module note), texts in `language`. */
export function labelPlacements(layout: LaidOutScene, language: Language): LabelPlacement[] {
  const { halls, exhibitors } = layout.scene;
  const zones: LabelPlacement[] = [];
  for (const placed of layout.zones) {
    const sign = zoneSign(placed, halls[placed.hallIndex], language);
    if (sign) zones.push(sign);
  }

  const exhibitorNames = new Map<string, string>();
  for (const exhibitor of exhibitors) {
    if (!exhibitorNames.has(exhibitor.id)) exhibitorNames.set(exhibitor.id, sanitizeLabelText(localizedString(exhibitor.name, language)));
  }
  const zoneColors = new Map<string, string>();
  for (const placed of layout.zones) if (!zoneColors.has(placed.zone.id)) zoneColors.set(placed.zone.id, placed.zone.color);

  const defaultHallIndex = Math.max(0, halls.findIndex((hall) => hall.id === layout.scene.expo.defaultHall));
  const hallRank = (hallIndex: number): number => (hallIndex === defaultHallIndex ? -1 : hallIndex);

  const doors: LabelPlacement[] = [];
  const hallOrder = halls.map((_, index) => index).sort((a, b) => hallRank(a) - hallRank(b));
  for (const hallIndex of hallOrder) {
    for (const door of halls[hallIndex]?.doors ?? []) {
      const sign = doorSign(halls, hallIndex, door, language);
      if (sign) doors.push(sign);
    }
  }
  const ranked: { placement: LabelPlacement; rank: number; order: number }[] = [];
  layout.booths.forEach((booth, order) => {
    const hall = halls[booth.hallIndex];
    if (!hall || !isFiniteRect(booth)) return;
    const name = booth.exhibitorId === undefined ? '' : (exhibitorNames.get(booth.exhibitorId) ?? '');
    const zoneColor = zoneColors.get(booth.zoneId);
    const boardColor = zoneColor ? darkenToLuminance(zoneColor, BOARD_MAX_LUMINANCE) : FALLBACK_BOARD_COLOR;
    const placement = boothFascia(booth, hall, name, sanitizeLabelText(booth.code), boardColor);
    if (!placement) return;
    // Vacant booths after all exhibitors; then the default hall first, then hall order.
    const rank = (name === '' ? halls.length + 1 : 0) + hallRank(booth.hallIndex);
    ranked.push({ placement, rank, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return [...zones, ...doors, ...ranked.map((entry) => entry.placement)];
}

/**
 * Text safe to draw as a single line: control characters and line breaks become spaces, bidi
 * embedding and override controls (which could reorder what follows) are removed, runs of white
 * space collapse to one. Markup such as `<img onerror=…>` is left as the characters it is.
 */
export function sanitizeLabelText(text: string): string {
  return text
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function zoneSign(placed: PlacedZone, hall: Hall | undefined, language: Language): LabelPlacement | undefined {
  if (!hall) return undefined;
  const { zone } = placed;
  const text = sanitizeLabelText(localizedString(zone.name, language));
  const { x, z, width, depth } = zone.rect;
  if (text === '' || !Number.isFinite(x + z + width + depth)) return undefined;
  const centreX = x + width / 2;
  const centreZ = z + depth / 2;
  const facing = entranceSide(hall, centreX, centreZ);
  // Along the facing edge (its length) and across it (the zone's extent away from the entrance).
  const edgeLength = facing === 'north' || facing === 'south' ? width : depth;
  const extent = facing === 'north' || facing === 'south' ? depth : width;
  const inset = Math.min(ZONE_SIGN.insetM, extent / 2);
  const [outX, outZ] = OUTWARD[facing];
  const signX = centreX + outX * (extent / 2 - inset);
  const signZ = centreZ + outZ * (extent / 2 - inset);

  const widthM = Math.min(ZONE_SIGN.maxWidthM, edgeLength * ZONE_SIGN.widthShare);
  const ceiling = hall.sizeM.height;
  // Low halls: below the ceiling, but never lower than just above the booth walls.
  const bottom = Math.max(WALL_TOP_M + 1, Math.min(ZONE_SIGN.bottomM, ceiling - 0.5 - ZONE_SIGN.heightM));
  const yawRad = FACING_YAW[facing];
  const worldX = hall.positionM[0] + signX;
  const worldZ = hall.positionM[1] + signZ;
  const board: LabelBox = { xM: worldX, yM: bottom + ZONE_SIGN.heightM / 2, zM: worldZ, yawRad, sizeXM: widthM, sizeYM: ZONE_SIGN.heightM, sizeZM: ZONE_SIGN.depthM };

  const supports: LabelBox[] = [];
  const top = bottom + ZONE_SIGN.heightM;
  if (ceiling - top > 0.05) {
    for (const side of [-1, 1]) {
      const [dx, dz] = rotateOffset(side * (widthM / 2 - 0.4), 0, yawRad);
      supports.push({ xM: worldX + dx, yM: (top + ceiling) / 2, zM: worldZ + dz, yawRad, sizeXM: ZONE_SIGN.cableM, sizeYM: ceiling - top, sizeZM: ZONE_SIGN.cableM });
    }
  }
  return {
    kind: 'zone',
    id: zone.id,
    hallIndex: placed.hallIndex,
    lines: [
      {
        text,
        role: 'title',
        emM: ZONE_SIGN.emM,
        fontPx: ZONE_SIGN.fontPx,
        weight: 700,
        offsetYM: 0,
        maxWidthM: widthM - 2 * ZONE_SIGN.marginM,
        color: TITLE_COLOR,
      },
    ],
    board,
    doubleSided: true,
    boardColor: darkenToLuminance(zone.color, BOARD_MAX_LUMINANCE),
    supports,
  };
}

/** The other language of the two. */
function otherLanguage(language: Language): Language {
  return language === 'zh' ? 'en' : 'zh';
}

/** Width of `text` in ems, estimated without measuring: CJK and full-width characters 1 em, others 0.55 (common sans-serif fonts). */
export function estimateTextEms(text: string): number {
  let ems = 0;
  for (const character of text) ems += WIDE_CHARACTER.test(character) ? 1 : 0.55;
  return ems;
}

/** CJK ideographs, kana, Hangul and full-width forms. */
const WIDE_CHARACTER = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** What a door's sign says in `language` (empty when nothing), as plain text for the atlas. */
function doorSignText(halls: readonly Hall[], door: Door, language: Language): string {
  return sanitizeLabelText(doorSignLine(halls, door, language));
}

/** The sign over a door, inside the hall `hallIndex` (see the module note). */
function doorSign(halls: readonly Hall[], hallIndex: number, door: Door, language: Language): LabelPlacement | undefined {
  const hall = halls[hallIndex];
  if (!hall) return undefined;
  const texts: string[] = [];
  for (const text of [doorSignText(halls, door, language), doorSignText(halls, door, otherLanguage(language))]) {
    if (text !== '' && !texts.includes(text)) texts.push(text);
  }
  const [title, second] = texts;
  const { width, depth } = hall.sizeM;
  if (title === undefined || !Number.isFinite(door.offsetM + door.widthM + width + depth)) return undefined;

  const wallLength = door.wall === 'north' || door.wall === 'south' ? width : depth;
  const textWidth = Math.max(estimateTextEms(title) * DOOR_SIGN.titleEmM, second === undefined ? 0 : estimateTextEms(second) * DOOR_SIGN.secondEmM);
  const wanted = Math.max(clamp(textWidth + 2 * DOOR_SIGN.marginM, DOOR_SIGN.minWidthM, DOOR_SIGN.maxWidthM), door.widthM + 2 * DOOR_SIGN.bearingM);
  // Centred on the opening and kept on the wall; never narrower than the opening itself.
  const room = 2 * Math.min(door.offsetM, wallLength - door.offsetM);
  const widthM = Math.max(door.widthM, Math.min(wanted, room));

  if (!(widthM > 2 * DOOR_SIGN.marginM)) return undefined;

  // Its back on the wall's inside face (the floor edge), its depth inside the hall.
  const [edgeX, edgeZ] = doorPosition(hall, door);
  const [outX, outZ] = OUTWARD[door.wall];
  const halfDepth = DOOR_SIGN.depthM / 2;
  const bottom = Math.max(DOOR_SIGN.minBottomM, Math.min(DOOR_SIGN.bottomM, hall.sizeM.height - DOOR_SIGN.ceilingGapM - DOOR_SIGN.heightM));
  const board: LabelBox = {
    xM: hall.positionM[0] + edgeX - outX * halfDepth,
    yM: bottom + DOOR_SIGN.heightM / 2,
    zM: hall.positionM[1] + edgeZ - outZ * halfDepth,
    yawRad: FACING_YAW[OPPOSITE[door.wall]],
    sizeXM: widthM,
    sizeYM: DOOR_SIGN.heightM,
    sizeZM: DOOR_SIGN.depthM,
  };

  // The chosen language large, the other below it smaller; centred as a block, as fascias are.
  const maxWidthM = widthM - 2 * DOOR_SIGN.marginM;
  const titleLine: LabelLine = { text: title, role: 'title', emM: DOOR_SIGN.titleEmM, fontPx: DOOR_SIGN.titlePx, weight: 700, offsetYM: 0, maxWidthM, color: TITLE_COLOR };
  const lines = [titleLine];
  if (second !== undefined) {
    const total = DOOR_SIGN.titleEmM * (1 + LINE_GAP_EM) + DOOR_SIGN.secondEmM;
    titleLine.offsetYM = total / 2 - DOOR_SIGN.titleEmM / 2;
    lines.push({ text: second, role: 'translation', emM: DOOR_SIGN.secondEmM, fontPx: DOOR_SIGN.secondPx, weight: 500, offsetYM: -total / 2 + DOOR_SIGN.secondEmM / 2, maxWidthM, color: CODE_COLOR });
  }
  return { kind: 'door', id: door.id, hallIndex, lines, board, doubleSided: false, boardColor: DOOR_BOARD_COLOR, supports: [] };
}

type Side = Door['wall'];

const OPPOSITE: Record<Side, Side> = { north: 'south', east: 'west', south: 'north', west: 'east' };

const OUTWARD: Record<Side, readonly [number, number]> = { north: [0, -1], east: [1, 0], south: [0, 1], west: [-1, 0] };
/** Yaw turning a board's front (+z) towards each side; as the booth rotation: 0 faces south. */
const FACING_YAW: Record<Side, number> = { south: 0, east: Math.PI / 2, north: Math.PI, west: (3 * Math.PI) / 2 };

/** The wall of the hall entrance nearest to a point: doors to the outside first, else any door, else south. */
function entranceSide(hall: Hall, x: number, z: number): Side {
  const outside = hall.doors.filter((door) => door.leadsTo === 'outside');
  const doors = outside.length > 0 ? outside : hall.doors;
  let best: Side = 'south';
  let bestDistanceSq = Infinity;
  for (const door of doors) {
    const [doorX, doorZ] = doorPosition(hall, door);
    const distanceSq = (doorX - x) ** 2 + (doorZ - z) ** 2;
    if (distanceSq < bestDistanceSq) {
      bestDistanceSq = distanceSq;
      best = door.wall;
    }
  }
  return best;
}

function doorPosition(hall: Hall, door: Door): [number, number] {
  const { width, depth } = hall.sizeM;
  switch (door.wall) {
    case 'north':
      return [door.offsetM, 0];
    case 'south':
      return [door.offsetM, depth];
    case 'west':
      return [0, door.offsetM];
    case 'east':
      return [width, door.offsetM];
  }
}

interface BoardSpec {
  heightM: number;
  nameEmM: number;
  namePx: number;
  codeEmM: number;
  codePx: number;
  vacantEmM: number;
  vacantPx: number;
  marginM: number;
}

/** Board and supports of a booth in its own frame (y from the floor), then turned into the world. */
function boothFascia(booth: PlacedBooth, hall: Hall, name: string, code: string, boardColor: string): LabelPlacement | undefined {
  if (name === '' && code === '') return undefined;
  const { halfWidth, halfDepth } = booth.rect;
  const t = BOOTH_WALL_THICKNESS_M;
  let spec: BoardSpec;
  let local: LabelBox;
  const supports: LabelBox[] = [];
  let doubleSided = false;
  switch (booth.template) {
    case 'inline':
    case 'corner':
    case 'peninsula': {
      spec = FASCIA;
      const y = FASCIA.bottomM + FASCIA.heightM / 2;
      if (booth.template === 'inline') {
        local = box(0, y, halfDepth - BOARD_DEPTH_M / 2, 2 * (halfWidth - t), FASCIA.heightM, BOARD_DEPTH_M);
      } else if (booth.template === 'corner') {
        // The side wall is at -x (boothPanels `side(-1)`); a post holds the open corner.
        local = box(t / 2, y, halfDepth - BOARD_DEPTH_M / 2, 2 * halfWidth - t, FASCIA.heightM, BOARD_DEPTH_M);
        const postHeight = FASCIA.bottomM - BOOTH_PLATFORM_HEIGHT_M;
        supports.push(box(halfWidth - POST_SIZE_M / 2, BOOTH_PLATFORM_HEIGHT_M + postHeight / 2, halfDepth - POST_SIZE_M / 2, POST_SIZE_M, postHeight, POST_SIZE_M));
      } else {
        // On the back wall, in front of its face, rising above it.
        const bottom = WALL_TOP_M - 0.1;
        local = box(0, bottom + FASCIA.heightM / 2, -halfDepth + t + BOARD_DEPTH_M / 2, 2 * halfWidth, FASCIA.heightM, BOARD_DEPTH_M);
      }
      break;
    }
    case 'island':
    case 'pavilion': {
      spec = POST_BOARD;
      doubleSided = true;
      const width = Math.min(2 * halfWidth, clamp(2 * halfWidth * POST_BOARD.widthShare, POST_BOARD.minWidthM, POST_BOARD.maxWidthM));
      const z = halfDepth - Math.min(POST_BOARD.insetM, halfDepth);
      local = box(0, POST_BOARD.bottomM + POST_BOARD.heightM / 2, z, width, POST_BOARD.heightM, BOARD_DEPTH_M);
      const postHeight = POST_BOARD.bottomM - BOOTH_PLATFORM_HEIGHT_M;
      supports.push(box(0, BOOTH_PLATFORM_HEIGHT_M + postHeight / 2, z, POST_SIZE_M, postHeight, POST_SIZE_M));
      break;
    }
    case 'kiosk': {
      spec = KIOSK_BOARD;
      doubleSided = true;
      const counterWidth = halfWidth * 1.2;
      const width = Math.max(counterWidth, Math.min(2 * halfWidth, KIOSK_BOARD.minWidthM));
      local = box(0, KIOSK_BOARD.bottomM + KIOSK_BOARD.heightM / 2, 0, width, KIOSK_BOARD.heightM, BOARD_DEPTH_M);
      const counterTop = BOOTH_PLATFORM_HEIGHT_M + KIOSK_COUNTER_HEIGHT_M;
      const postHeight = KIOSK_BOARD.bottomM - counterTop;
      // Behind the board's centre, on the counter (its depth is at most KIOSK_COUNTER_DEPTH_M).
      supports.push(box(0, counterTop + postHeight / 2, -Math.min(KIOSK_COUNTER_DEPTH_M, halfDepth) / 4, POST_SIZE_M, postHeight, POST_SIZE_M));
      break;
    }
  }
  if (!(local.sizeXM > 2 * spec.marginM)) return undefined;

  const originX = hall.positionM[0] + booth.rect.cx;
  const originZ = hall.positionM[1] + booth.rect.cz;
  const yawRad = booth.rect.yawRad;
  const toWorld = (part: LabelBox): LabelBox => {
    const [dx, dz] = rotateOffset(part.xM, part.zM, yawRad);
    return { ...part, xM: originX + dx, zM: originZ + dz, yawRad };
  };
  return {
    kind: 'fascia',
    id: booth.id,
    hallIndex: booth.hallIndex,
    lines: boardLines(spec, name, code, local.sizeXM - 2 * spec.marginM),
    board: toWorld(local),
    doubleSided,
    boardColor,
    supports: supports.map(toWorld),
  };
}

/** A name over a small code, or the code alone (larger) for a vacant booth; centred as a block. */
function boardLines(spec: BoardSpec, name: string, code: string, maxWidthM: number): LabelLine[] {
  if (name === '') {
    return [{ text: code, role: 'code', emM: spec.vacantEmM, fontPx: spec.vacantPx, weight: 600, offsetYM: 0, maxWidthM, color: CODE_COLOR }];
  }
  const title: LabelLine = { text: name, role: 'title', emM: spec.nameEmM, fontPx: spec.namePx, weight: 700, offsetYM: 0, maxWidthM, color: TITLE_COLOR };
  if (code === '') return [title];
  const gap = spec.nameEmM * LINE_GAP_EM;
  const total = spec.nameEmM + gap + spec.codeEmM;
  title.offsetYM = total / 2 - spec.nameEmM / 2;
  return [
    title,
    { text: code, role: 'code', emM: spec.codeEmM, fontPx: spec.codePx, weight: 500, offsetYM: -total / 2 + spec.codeEmM / 2, maxWidthM, color: CODE_COLOR },
  ];
}

function box(xM: number, yM: number, zM: number, sizeXM: number, sizeYM: number, sizeZM: number): LabelBox {
  return { xM, yM, zM, yawRad: 0, sizeXM, sizeYM, sizeZM };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function isFiniteRect(booth: PlacedBooth): boolean {
  const { cx, cz, halfWidth, halfDepth, yawRad } = booth.rect;
  return Number.isFinite(cx + cz + halfWidth + halfDepth + yawRad);
}
