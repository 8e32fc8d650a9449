/**
 * A Yutu-style lunar rover (1.5 m long, 1.1 m high): a gold-foil box body on six wire-mesh wheels
 * with rocker-bogie suspension, two solar wings raised in a V, and the mast at the front with its
 * stereo camera head and a small high-gain dish. Drives along x, front at +x.
 */
import { box, byLod, cylinder, lathe, roundedBox } from '../shapes';
import type { ModelGenerator } from '../types';
import { Parts, solarPanel, strut, wheel, type Vec3 } from './vehicleParts';

const GOLD = '#dcac3c';
const GOLD_DARK = '#c0922f';
const SILVER = '#c3c7cd';
const DECK = '#e6e8eb';
const DARK = '#2c2e33';

const BODY_TOP = 0.72;
const BODY_BOTTOM = 0.38;
const HALF_Z = 0.31;
const WHEEL_R = 0.15;
const WHEEL_W = 0.15;
const WHEEL_Z = 0.5 - WHEEL_W / 2;
const WHEEL_X = [0.55, 0, -0.55];

export const lunarRover: ModelGenerator = {
  name: 'lunar-rover',
  title: 'Yutu lunar rover',
  material: { metallic: 0.35, roughness: 0.45 },
  build(lod) {
    const parts = new Parts();
    const midY = (BODY_TOP + BODY_BOTTOM) / 2;
    parts.add(GOLD_DARK, roundedBox(lod, 1.0, BODY_TOP - BODY_BOTTOM, 2 * HALF_Z, 0.02, { at: [0, midY, 0] }));
    parts.add(DECK, box(1.02, 0.03, 2 * HALF_Z + 0.02, { at: [0, BODY_TOP + 0.012, 0] }));
    if (lod < 2) {
      // Foil panels on the sides in a lighter tone, as blankets wrapped over the frame.
      for (const side of [1, -1]) {
        for (const x of [-0.25, 0.25]) parts.add(GOLD, box(0.46, 0.28, 0.012, { at: [x, midY, side * (HALF_Z + 0.006)] }));
      }
      parts.add(GOLD, box(0.012, 0.28, 0.56, { at: [0.506, midY, 0] }), box(0.012, 0.28, 0.56, { at: [-0.506, midY, 0] }));
    }

    // Rocker-bogie: per side a rocker from the body pivot to the front wheel and a bogie carrying
    // the middle and rear wheels.
    for (const side of [1, -1] as const) {
      const z = side * (HALF_Z + 0.05);
      const pivot: Vec3 = [0.1, 0.45, z];
      const bogie: Vec3 = [-0.28, 0.32, z];
      const hub = (x: number): Vec3 => [x, WHEEL_R, z];
      const r = byLod(lod, [0.018, 0.02, 0.025]);
      parts.add(SILVER, strut(lod, pivot, [0.55, 0.32, z], r), strut(lod, [0.55, 0.32, z], hub(0.55), r));
      parts.add(SILVER, strut(lod, pivot, bogie, r));
      if (lod < 2) {
        parts.add(SILVER, strut(lod, bogie, [0, 0.3, z], r), strut(lod, [0, 0.3, z], hub(0), r));
        parts.add(SILVER, strut(lod, bogie, [-0.55, 0.3, z], r), strut(lod, [-0.55, 0.3, z], hub(-0.55), r));
        parts.add(DARK, cylinder(lod, 0.035, 0.035, 0.06, { at: pivot, rotateDeg: [90, 0, 0] }, 'coarse'));
      }
      for (const x of WHEEL_X) {
        parts.push(...wheel(lod, { at: [x, WHEEL_R, side * WHEEL_Z], radius: WHEEL_R, width: WHEEL_W, side, tyre: SILVER, rim: '#8e949b', rimRatio: 0.45, spokes: 0 }));
        if (lod === 0) {
          // Grousers: the cleats across the mesh tread that give Yutu's wheels their look.
          for (let k = 0; k < 12; k += 1) {
            const a = (k / 12) * Math.PI * 2;
            parts.add('#9aa0a7', box(0.02, 0.012, WHEEL_W * 0.98, { at: [x + Math.cos(a) * WHEEL_R, WHEEL_R + Math.sin(a) * WHEEL_R, side * WHEEL_Z], rotateDeg: [0, 0, (a * 180) / Math.PI + 90] }));
          }
        }
      }
    }

    // Two solar wings hinged on the deck edges, raised into a V.
    for (const side of [1, -1] as const) {
      const wing = solarPanel(lod, 0.95, 0.34, 0.018, [5, 2]);
      for (const part of wing) part.geometry.translate(0, 0, side * 0.17).rotateX((-side * 52 * Math.PI) / 180).translate(-0.02, BODY_TOP + 0.03, side * (HALF_Z - 0.01));
      parts.push(...wing);
    }

    // The mast at the front: pole, camera bar with two lenses facing forward, high-gain dish.
    parts.add(SILVER, cylinder(lod, 0.022, 0.026, 0.3, { at: [0.36, BODY_TOP + 0.16, 0] }, 'coarse'));
    parts.add(DECK, box(0.1, 0.09, 0.3, { at: [0.38, BODY_TOP + 0.33, 0] }));
    if (lod < 2) {
      for (const z of [-0.1, 0.1]) parts.add(DARK, cylinder(lod, 0.025, 0.025, 0.03, { at: [0.44, BODY_TOP + 0.33, z], rotateDeg: [0, 0, 90] }, 'coarse'));
      parts.add(SILVER, strut(lod, [0.36, BODY_TOP + 0.12, 0], [0.28, BODY_TOP + 0.2, -0.12], 0.012));
      parts.add(DECK, lathe(lod, [
        [0.001, 0],
        [0.05, 0.005],
        [0.11, 0.035],
        [0.105, 0.04],
        [0.001, 0.012],
      ], { at: [0.28, BODY_TOP + 0.2, -0.12], rotateDeg: [-40, 0, 20] }, 'coarse'));
      // Hazard cameras and the small robotic arm folded under the front.
      parts.add(DARK, box(0.03, 0.05, 0.2, { at: [0.515, BODY_BOTTOM + 0.05, 0] }));
      parts.add(SILVER, box(0.06, 0.04, 0.3, { at: [0.53, BODY_BOTTOM - 0.02, 0.05] }));
    }
    return parts.list;
  },
};
