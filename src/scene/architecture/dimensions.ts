/**
 * Heights and thicknesses of the placeholder architecture, metres. The hall walls are drawn low
 * (solid up to 4 m, glass above) so the orbit camera sees into a hall over its walls; the glass
 * keeps the hall's real height readable.
 */
export const FLOOR_THICKNESS_M = 0.15;
export const WALL_THICKNESS_M = 0.2;
export const SOLID_WALL_HEIGHT_M = 4;
/** Zones are drawn this far above the floor; polygon offset does the rest against z-fighting. */
export const ZONE_LIFT_M = 0.01;
export const BOOTH_PLATFORM_HEIGHT_M = 0.12;
export const BOOTH_WALL_HEIGHT_M = 2.5;
export const BOOTH_WALL_THICKNESS_M = 0.08;
/** Kiosk counter: depth and height; its width is 60 % of the booth width. */
export const KIOSK_COUNTER_DEPTH_M = 0.6;
export const KIOSK_COUNTER_HEIGHT_M = 1.05;
/** Site ground around the halls, metres beyond the outermost hall. */
export const GROUND_MARGIN_M = 400;
