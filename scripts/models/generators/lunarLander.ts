/**
 * A Chang'e-3/4-style lunar lander: an octagonal body wrapped in gold thermal foil, four splayed
 * landing legs with footpads, the descent engine's nozzle underneath, and on the top deck a solar
 * wing, a high-gain dish, the terrain camera mast and whip antennas. Front faces +z.
 */
import { byLod, box, cylinder, lathe, sphere } from '../shapes';
import type { ModelGenerator } from '../types';
import { Parts, prism, solarPanel, strut, type Vec3 } from './vehicleParts';

const GOLD = '#e2b443';
const GOLD_DARK = '#c69a35';
const SILVER = '#c9ccd1';
const DECK = '#e3e5e8';
const DARK = '#3a3b3f';

const BODY_R = 1.15; // circumradius of the octagon
const BODY_BOTTOM = 1.05;
const BODY_TOP = 2.25;
const APOTHEM = BODY_R * Math.cos(Math.PI / 8);
const FACE = 2 * BODY_R * Math.sin(Math.PI / 8);

export const lunarLander: ModelGenerator = {
  name: 'lunar-lander',
  title: "Chang'e lunar lander",
  // Foil and bare aluminium: mostly metal, crinkled so not mirror-smooth.
  material: { metallic: 0.35, roughness: 0.45 },
  build(lod) {
    const parts = new Parts();
    const bodyHeight = BODY_TOP - BODY_BOTTOM;
    // The octagonal core, turned so a flat face looks forward; faceted so each face shades flat.
    parts.add(GOLD_DARK, prism(8, BODY_R, bodyHeight, { at: [0, (BODY_BOTTOM + BODY_TOP) / 2, 0], rotateDeg: [0, 22.5, 0] }));
    // Foil panels on the faces in two tones, which is how wrinkled foil catches the light.
    if (lod < 2) {
      for (let face = 0; face < 8; face += 1) {
        const angle = face * 45;
        const rad = (angle * Math.PI) / 180;
        const colour = face % 2 === 0 ? GOLD : shadeFor(face);
        parts.add(colour, box(FACE * 0.9, bodyHeight * 0.86, 0.04, { at: [Math.sin(rad) * APOTHEM, (BODY_BOTTOM + BODY_TOP) / 2, Math.cos(rad) * APOTHEM], rotateDeg: [0, angle, 0] }));
      }
    }
    // Top deck plate, the engine and its bell.
    parts.add(DECK, prism(8, BODY_R * 1.02, 0.06, { at: [0, BODY_TOP + 0.03, 0], rotateDeg: [0, 22.5, 0] }));
    parts.add(DARK, lathe(lod, [
      [0.42, 0.55],
      [0.36, 0.7],
      [0.22, 0.88],
      [0.14, 1.0],
      [0.2, BODY_BOTTOM + 0.01],
    ], {}, 'normal'));

    // Four legs along the axes: a main strut with a shock absorber, two side struts, a footpad.
    for (let leg = 0; leg < 4; leg += 1) {
      const a = (leg * Math.PI) / 2;
      const dir = (r: number, y: number, turn = 0): Vec3 => [Math.sin(a + turn) * r, y, Math.cos(a + turn) * r];
      const foot = dir(1.82, 0.2);
      const knee = dir(1.55, 0.75);
      if (lod === 2) {
        // From across the hall a leg is one rod and a disc.
        parts.add(SILVER, strut(lod, dir(APOTHEM - 0.05, BODY_TOP - 0.25), foot, 0.07, 'coarse'));
        parts.add(SILVER, cylinder(lod, 0.3, 0.3, 0.12, { at: [foot[0], 0.06, foot[2]] }, 'coarse'));
        continue;
      }
      parts.add(SILVER, strut(lod, dir(APOTHEM - 0.05, BODY_TOP - 0.25), knee, 0.075, 'coarse'));
      parts.add(SILVER, strut(lod, knee, foot, 0.05, 'coarse'));
      parts.add(DARK, strut(lod, knee, dir(1.7, 0.45), 0.085, 'coarse'));
      for (const side of [-1, 1]) parts.add(SILVER, strut(lod, dir(APOTHEM * 0.92, BODY_BOTTOM + 0.05, side * 0.42), knee, 0.04, 'coarse'));
      // Footpad: a shallow bowl, wide enough that it reads at a distance.
      parts.add(SILVER, lathe(lod, [
        [0.001, 0.02],
        [0.2, 0.02],
        [0.3, 0.1],
        [0.31, 0.16],
        [0.08, 0.2],
        [0.001, 0.2],
      ], { at: [foot[0], 0, foot[2]] }, lod === 0 ? 'normal' : 'coarse'));
    }

    // Solar wing standing up from the back edge of the deck, leaning back 20 degrees so its cells
    // face the visitor in front as well as the sun.
    const wing = solarPanel(lod, 1.8, 1.25, 0.05, [6, 4]);
    for (const part of wing) part.geometry.rotateX((70 * Math.PI) / 180).translate(0, BODY_TOP + 0.62, -APOTHEM - 0.22);
    parts.push(...wing);
    parts.add(SILVER, box(0.6, 0.16, 0.14, { at: [0, BODY_TOP + 0.1, -APOTHEM + 0.05] }));

    // High-gain dish on a short mast on the right, facing up and forward.
    parts.add(SILVER, cylinder(lod, 0.04, 0.04, 0.55, { at: [0.7, BODY_TOP + 0.3, -0.05] }, 'coarse'));
    parts.add(DECK, lathe(lod, [
      [0.001, 0],
      [0.12, 0.01],
      [0.3, 0.07],
      [0.42, 0.15],
      [0.4, 0.16],
      [0.001, 0.04],
    ], { at: [0.7, BODY_TOP + 0.58, -0.05], rotateDeg: [35, 0, -25] }, byLod(lod, ['normal', 'coarse', 'coarse'])));

    // The camera mast at the front, with its two-eyed head: the tallest part.
    parts.add(SILVER, cylinder(lod, 0.045, 0.05, 1.15, { at: [0.3, BODY_TOP + 0.6, 0.6] }, 'coarse'));
    parts.add(DECK, box(0.34, 0.18, 0.2, { at: [0.3, BODY_TOP + 1.25, 0.62] }));
    if (lod < 2) {
      for (const side of [-1, 1]) parts.add(DARK, cylinder(lod, 0.045, 0.045, 0.05, { at: [0.3 + side * 0.09, BODY_TOP + 1.25, 0.74], rotateDeg: [90, 0, 0] }, 'coarse'));
      // Instrument boxes on the deck and two whip antennas.
      parts.add(DECK, box(0.45, 0.25, 0.35, { at: [-0.2, BODY_TOP + 0.18, 0.45] }), box(0.3, 0.18, 0.3, { at: [0.35, BODY_TOP + 0.12, -0.05] }));
      parts.add(GOLD, box(0.5, 0.3, 0.4, { at: [-0.5, BODY_TOP + 0.2, -0.2] }));
      for (const [x, z] of [
        [0.85, 0.45],
        [-0.75, 0.3],
      ] as const) {
        parts.add(SILVER, cylinder(lod, 0.012, 0.015, 0.7, { at: [x, BODY_TOP + 0.38, z] }, 'coarse'));
      }
      // Attitude thrusters round the bottom edge.
      if (lod === 0) {
        for (let face = 0; face < 8; face += 1) {
          const rad = ((face * 45 + 22.5) * Math.PI) / 180;
          parts.add(DARK, sphere(lod, 0.06, { at: [Math.sin(rad) * BODY_R * 0.95, BODY_BOTTOM + 0.08, Math.cos(rad) * BODY_R * 0.95] }, 'coarse'));
        }
      }
    }
    return parts.list;
  },
};

function shadeFor(face: number): string {
  return face % 4 === 1 ? GOLD_DARK : '#c9972f';
}
