/**
 * The fixed parts of a booth by template, as boxes in the booth's own frame (x along the front,
 * z towards the front, y up from the platform top): walls for shell-scheme booths, a counter for a
 * kiosk, nothing for open island and pavilion space.
 */
import type { BoothTemplate } from '../schema';
import { BOOTH_WALL_HEIGHT_M, BOOTH_WALL_THICKNESS_M, KIOSK_COUNTER_DEPTH_M, KIOSK_COUNTER_HEIGHT_M } from './dimensions';

export interface PanelBox {
  /** Centre in the booth frame, metres (y from the platform top). */
  x: number;
  y: number;
  z: number;
  sizeX: number;
  sizeY: number;
  sizeZ: number;
}

/** Panels of a booth of the given half extents; `out` is appended to and returned. */
export function boothPanels(template: BoothTemplate, halfWidth: number, halfDepth: number, out: PanelBox[] = []): PanelBox[] {
  const t = BOOTH_WALL_THICKNESS_M;
  const h = BOOTH_WALL_HEIGHT_M;
  const back = (): void => {
    out.push({ x: 0, y: h / 2, z: -halfDepth + t / 2, sizeX: halfWidth * 2, sizeY: h, sizeZ: t });
  };
  const side = (sign: 1 | -1): void => {
    out.push({ x: sign * (halfWidth - t / 2), y: h / 2, z: t / 2, sizeX: t, sizeY: h, sizeZ: halfDepth * 2 - t });
  };
  switch (template) {
    case 'inline':
      back();
      side(-1);
      side(1);
      break;
    case 'corner':
      back();
      side(-1);
      break;
    case 'peninsula':
      back();
      break;
    case 'kiosk': {
      const depth = Math.min(KIOSK_COUNTER_DEPTH_M, halfDepth);
      out.push({ x: 0, y: KIOSK_COUNTER_HEIGHT_M / 2, z: 0, sizeX: halfWidth * 1.2, sizeY: KIOSK_COUNTER_HEIGHT_M, sizeZ: depth });
      break;
    }
    case 'island':
    case 'pavilion':
      break;
  }
  return out;
}
