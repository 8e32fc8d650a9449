/**
 * Colours of the placeholder expo, chosen on the screenshot: a light neutral site so the zone
 * colours read as the only strong colours, booths in their zone's colour, white booth walls.
 */
import { Color } from 'three';

export const PALETTE = {
  background: '#e9ecef',
  /** Outline of the exhibit under the pointer, and of the one selected. */
  hover: '#228be6',
  selected: '#f08c00',
  ground: '#cfd4da',
  floor: '#f3f4f6',
  wall: '#b4bcc5',
  glass: '#d6e6f3',
  boothWall: '#fbfbfc',
  /** Hemisphere light: sky and ground colours. */
  sky: '#ffffff',
  skyGround: '#b7b2a8',
} as const;

/** How far a zone's floor colour is blended towards the hall floor (0 = pure zone colour). */
const ZONE_FLOOR_BLEND = 0.55;
/** How much of the zone colour tints the booth walls. */
const BOOTH_WALL_TINT = 0.12;

const _floor = new Color();

/** The colour of a zone's floor area: the zone colour, softened towards the floor. */
export function zoneFloorColor(zoneColor: string, target: Color): Color {
  return target.set(zoneColor).lerp(_floor.set(PALETTE.floor), ZONE_FLOOR_BLEND);
}

/** The colour of a booth platform: its zone colour. */
export function boothPlatformColor(zoneColor: string, target: Color): Color {
  return target.set(zoneColor);
}

/** The colour of a booth's walls: white with a hint of its zone. */
export function boothWallColor(zoneColor: string, target: Color): Color {
  return target.set(PALETTE.boothWall).lerp(_floor.set(zoneColor), BOOTH_WALL_TINT);
}
