/**
 * An industrial metal additive-manufacturing machine (laser powder-bed fusion, EOS/BLT style): a
 * light grey cabinet on a dark plinth with an anthracite top band, a process-chamber door whose
 * window shows the build plate, the recoater and a part glowing under the laser, glove ports under
 * the window, a touch-screen control panel on the right and a signal light tower on top. The glass
 * is left open (the pipeline has one opaque material) with a few glare strips to read as glass.
 */
import { box, cylinder, roundedBox, torus } from '../shapes';
import type { ModelGenerator } from '../types';
import { Parts } from './vehicleParts';

const CABINET = '#d9dde2';
const ANTHRACITE = '#3b4047';
const DOOR = '#a4abb3';
const INTERIOR = '#59616a';
const STEEL = '#c3c8ce';
const SCREEN = '#1c2733';
const GLOW = '#ff8a2a';

// The cabinet runs from BACK to FRONT; door, handle and screen stand proud of FRONT, and all of it
// fits the catalogue's 1.0 m depth.
const FRONT = 0.5;
const BACK = -0.44;
const TOP = 1.58;
// The chamber window, off-centre to the left to leave room for the control panel.
const WIN = { x0: -0.42, x1: 0.2, y0: 0.86, y1: 1.36 };
const RECESS = 0.26;

export const printer3d: ModelGenerator = {
  name: '3d-printer',
  title: 'Industrial metal 3D printer (powder-bed fusion)',
  // Powder-coated sheet steel.
  material: { metallic: 0.15, roughness: 0.5 },
  build(lod) {
    const parts = new Parts();
    const winW = WIN.x1 - WIN.x0;
    const winH = WIN.y1 - WIN.y0;
    const winX = (WIN.x0 + WIN.x1) / 2;
    const winY = (WIN.y0 + WIN.y1) / 2;
    const back = FRONT - 0.04 - RECESS; // the chamber's back wall

    if (lod === 2) {
      // From across the hall: the cabinet, its top band, the dark window and the light tower.
      parts.add(ANTHRACITE, box(1.16, 0.1, FRONT - BACK - 0.04, { at: [0, 0.05, (FRONT + BACK) / 2 - 0.02] }), box(1.2, 0.18, FRONT - BACK, { at: [0, TOP - 0.09, (FRONT + BACK) / 2] }));
      parts.add(CABINET, box(1.2, TOP - 0.28, FRONT - BACK - 0.04, { at: [0, (TOP - 0.18 + 0.1) / 2, (FRONT + BACK) / 2 - 0.02] }));
      parts.add(INTERIOR, box(winW, winH, 0.02, { at: [winX, winY, FRONT - 0.03] }));
      parts.add(ANTHRACITE, box(0.3, 0.24, 0.04, { at: [0.42, 1.18, FRONT - 0.02] }));
      parts.add('#f2b01e', box(0.06, 0.2, 0.06, { at: [0.45, TOP + 0.1, -0.25] }));
      return parts.list;
    }

    // Plinth, cabinet and the anthracite top band.
    // Rounded edges close up: sheet-metal cabinets have folded, radiused corners.
    parts.add(ANTHRACITE, roundedBox(lod, 1.16, 0.1, FRONT - BACK - 0.04, 0.02, { at: [0, 0.05, (FRONT + BACK) / 2 - 0.02] }));
    parts.add(ANTHRACITE, roundedBox(lod, 1.2, 0.18, FRONT - BACK, 0.03, { at: [0, TOP - 0.09, (FRONT + BACK) / 2] }));
    // The cabinet body stops short of the front where the chamber is, and is built round it:
    // back block, then slabs below, above, left and right of the window.
    const bodyTop = TOP - 0.18;
    parts.add(CABINET, box(1.2, bodyTop - 0.1, back - BACK, { at: [0, (bodyTop + 0.1) / 2, (back + BACK) / 2] }));
    const depth = FRONT - 0.04 - back;
    const frontZ = back + depth / 2;
    parts.add(CABINET, box(1.2, WIN.y0 - 0.1, depth, { at: [0, (WIN.y0 + 0.1) / 2, frontZ] }));
    parts.add(CABINET, box(1.2, bodyTop - WIN.y1, depth, { at: [0, (bodyTop + WIN.y1) / 2, frontZ] }));
    parts.add(CABINET, box(WIN.x0 + 0.6, winH, depth, { at: [(WIN.x0 - 0.6) / 2, winY, frontZ] }));
    parts.add(CABINET, box(0.6 - WIN.x1, winH, depth, { at: [(WIN.x1 + 0.6) / 2, winY, frontZ] }));
    // Chamber: darker walls inside the recess.
    parts.add(INTERIOR, box(winW, winH, 0.01, { at: [winX, winY, back + 0.005] }));

    // Door: a frame round the window standing proud of the cabinet.
    const doorZ = FRONT - 0.02;
    const rim = 0.07;
    parts.add(DOOR, box(winW + 2 * rim, rim, 0.04, { at: [winX, WIN.y1 + rim / 2, doorZ] }));
    parts.add(DOOR, box(winW + 2 * rim, 0.34, 0.04, { at: [winX, WIN.y0 - 0.17, doorZ] }));
    for (const x of [WIN.x0 - rim / 2, WIN.x1 + rim / 2]) parts.add(DOOR, box(rim, winH, 0.04, { at: [x, winY, doorZ] }));

    // Control panel on the right: a tilted touch screen in an anthracite bezel.
    parts.add(ANTHRACITE, box(0.3, 0.24, 0.05, { at: [0.42, 1.18, FRONT + 0.02], rotateDeg: [-12, 0, 0] }));
    parts.add(SCREEN, box(0.26, 0.2, 0.01, { at: [0.42, 1.18, FRONT + 0.047], rotateDeg: [-12, 0, 0] }));

    // Signal light tower on the top band: green, amber, red.
    parts.add(STEEL, cylinder(lod, 0.018, 0.018, 0.05, { at: [0.45, TOP + 0.025, -0.25] }, 'coarse'));
    const lamps = ['#2fbf5b', '#f2b01e', '#e0352b'];
    lamps.forEach((colour, index) => parts.add(colour, cylinder(lod, 0.035, 0.035, 0.045, { at: [0.45, TOP + 0.075 + index * 0.047, -0.25] }, 'coarse')));
    parts.add(STEEL, cylinder(lod, 0.03, 0.035, 0.012, { at: [0.45, TOP + 0.076 + 3 * 0.047 - 0.017, -0.25] }, 'coarse'));

    // Inside the chamber: the build plate, a part being built glowing where the laser hits,
    // and the recoater blade parked at the back.
    const floor = WIN.y0 + 0.005;
    parts.add(STEEL, box(winW * 0.9, 0.02, depth * 0.8, { at: [winX, floor + 0.01, frontZ] }));
    parts.add('#8f959c', box(winW * 0.5, 0.03, depth * 0.5, { at: [winX, floor + 0.035, frontZ] }));
    parts.add(GLOW, cylinder(lod, 0.035, 0.05, 0.1, { at: [winX - 0.06, floor + 0.1, frontZ] }, 'normal'));
    parts.add('#b08d57', cylinder(lod, 0.03, 0.03, 0.07, { at: [winX + 0.09, floor + 0.085, frontZ - 0.03] }, 'normal'));
    parts.add(ANTHRACITE, box(winW * 0.95, 0.05, 0.05, { at: [winX, floor + 0.05, back + 0.05] }));
    // Glove ports under the window and the door handle.
    for (const dx of [-0.16, 0.16]) {
      parts.add(ANTHRACITE, cylinder(lod, 0.065, 0.065, 0.03, { at: [winX + dx, WIN.y0 - 0.17, doorZ + 0.025], rotateDeg: [90, 0, 0] }, 'normal'));
      if (lod === 0) parts.add(STEEL, torus(lod, 0.068, 0.012, { at: [winX + dx, WIN.y0 - 0.17, doorZ + 0.04] }, 'normal'));
    }
    parts.add(STEEL, box(0.03, 0.3, 0.04, { at: [WIN.x1 + 0.035, winY, doorZ + 0.04] }));
    // Lower service doors and the maker's label strip on the top band.
    for (const x of [-0.3, 0.3]) parts.add('#c9ced4', box(0.56, 0.62, 0.01, { at: [x, 0.43, FRONT - 0.035] }));
    parts.add(STEEL, box(0.36, 0.06, 0.01, { at: [-0.3, TOP - 0.09, FRONT + 0.005] }));
    if (lod === 0) {
      // Glare strips across the (open) window so it reads as glass; handles on the service doors;
      // vent slots on the side.
      for (const [dx, w] of [
        [-0.12, 0.05],
        [0.02, 0.025],
      ] as const) {
        parts.add('#e8f1fa', box(w, winH * 0.95, 0.004, { at: [winX + dx, winY, doorZ - 0.01], rotateDeg: [0, 0, -28] }));
      }
      for (const x of [-0.05, 0.05]) parts.add(STEEL, box(0.02, 0.12, 0.025, { at: [x, 0.45, FRONT - 0.02] }));
      for (const side of [1, -1]) for (let i = 0; i < 8; i += 1) parts.add(ANTHRACITE, box(0.004, 0.02, 0.4, { at: [side * 0.599, 0.35 + i * 0.05, -0.1] }));
      // Bolts round the chamber door.
      for (const [x, y] of [
        [WIN.x0 - 0.035, WIN.y1 + 0.035],
        [WIN.x1 + 0.035, WIN.y1 + 0.035],
        [WIN.x0 - 0.035, WIN.y0 - 0.3],
        [WIN.x1 + 0.035, WIN.y0 - 0.3],
      ] as const) {
        parts.add(STEEL, cylinder(lod, 0.012, 0.012, 0.01, { at: [x, y, doorZ + 0.022], rotateDeg: [90, 0, 0] }, 'coarse'));
      }
    }
    return parts.list;
  },
};
