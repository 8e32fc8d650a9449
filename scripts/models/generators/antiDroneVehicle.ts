/**
 * A vehicle-mounted anti-drone system (the kind Jiuzhou Group shows): an olive 6x6 military truck
 * with a forward cab and an equipment shelter on the back, on whose roof a turret carries a flat
 * phased-array radar, jammer antennas and an electro-optical ball, with a telescopic antenna mast
 * at the rear. Runs along x, cab at +x; the turret is turned to face the visitor at +z.
 */
import { box, byLod, cylinder, sphere } from '../shapes';
import type { ModelGenerator } from '../types';
import { extrudeProfile, Parts, wheel } from './vehicleParts';

const OLIVE = '#5f6b3a'; // the catalogue colour
const OLIVE_DARK = '#4b552e';
const BLACK = '#1c1d1f';
const GLASS = '#26313a';
const METAL = '#7b8087';
const PANEL = '#3a4131';

const WHEEL_R = 0.55;
const AXLES = [2.15, -0.85, -2.2];

export const antiDroneVehicle: ModelGenerator = {
  name: 'anti-drone-vehicle',
  title: 'Vehicle-mounted anti-drone system',
  // Matte military paint.
  material: { metallic: 0.1, roughness: 0.75 },
  build(lod) {
    const parts = new Parts();
    // Chassis frame and wheels; the tyres are the dark mass under everything.
    parts.add(BLACK, box(6.2, 0.25, 1.1, { at: [-0.05, 0.85, 0] }));
    for (const x of AXLES) {
      for (const side of [1, -1] as const) {
        parts.push(...wheel(lod, { at: [x, WHEEL_R, side * 1.02], radius: WHEEL_R, width: 0.42, side, tyre: '#202124', rim: OLIVE_DARK, rimRatio: 0.55, spokes: 0 }));
      }
    }

    // Forward cab from a side profile: bumper, bonnet line, raked windscreen, flat roof.
    const cabProfile: [number, number][] = [
      [1.5, 0.95],
      [3.2, 0.95],
      [3.25, 1.55],
      [3.1, 1.72],
      [2.88, 2.45],
      [1.5, 2.5],
    ];
    parts.add(OLIVE, extrudeProfile(lod, cabProfile, 2.4, byLod(lod, [0.04, 0.04, 0])));
    // Windscreen and side windows are dark glass set just proud of the cab.
    const slope = Math.atan2(2.45 - 1.72, 2.88 - 3.1);
    parts.add(GLASS, box(0.02, 0.62, 2.1, { at: [3.0, 2.08, 0], rotateDeg: [0, 0, (slope * 180) / Math.PI - 90] }));
    for (const side of [1, -1]) parts.add(GLASS, box(0.9, 0.5, 0.02, { at: [2.25, 2.1, side * 1.205] }));
    // Wheel arches over the front axle, and the shelter on the back.
    for (const side of [1, -1]) parts.add(OLIVE_DARK, box(1.3, 0.12, 0.5, { at: [2.15, 1.2, side * 1.02] }));
    parts.add(OLIVE, box(4.5, 1.15, 2.4, { at: [-0.9, 1.525, 0] }));

    if (lod < 2) {
      // Cab front: grille, bumper, headlights. Shelter: door, ladder, stowage boxes.
      parts.add(BLACK, box(0.04, 0.45, 1.3, { at: [3.245, 1.3, 0] }), box(0.25, 0.2, 2.3, { at: [3.25, 0.95, 0] }));
      for (const side of [1, -1]) parts.add('#d9dcc8', box(0.04, 0.14, 0.22, { at: [3.245, 1.4, side * 0.9] }));
      parts.add(OLIVE_DARK, box(0.9, 0.95, 0.03, { at: [-0.2, 1.5, 1.21] }));
      parts.add(OLIVE_DARK, box(0.03, 0.95, 0.9, { at: [-3.16, 1.5, 0.4] }));
      for (const x of [0.95, -1.6]) parts.add(OLIVE_DARK, box(0.7, 0.35, 0.3, { at: [x, 0.78, 1.05] }));
    }

    // Turret on the shelter roof: turntable, pedestal, then the radar panel facing +z with a
    // jammer antenna array on either side and an electro-optical ball on top.
    const roof = 2.1;
    const tilt = (15 * Math.PI) / 180;
    const radarY = roof + 0.66;
    parts.add(METAL, cylinder(lod, 0.55, 0.6, 0.1, { at: [-0.5, roof + 0.05, 0] }, 'normal'));
    parts.add(OLIVE, box(0.5, 0.2, 0.5, { at: [-0.5, roof + 0.2, 0] }));
    parts.add(PANEL, box(1.45, 0.76, 0.12, { at: [-0.5, radarY, 0.1], rotateDeg: [-15, 0, 0] }));
    if (lod < 2) {
      parts.add(OLIVE, box(1.53, 0.84, 0.08, { at: [-0.5, radarY, 0.03], rotateDeg: [-15, 0, 0] }));
      if (lod === 0) {
        // Radiating elements of the array as a grid of raised tiles.
        for (let i = 0; i < 7; i += 1) {
          for (let j = 0; j < 3; j += 1) {
            const y = radarY + (j - 1) * 0.235 * Math.cos(tilt);
            const z = 0.1 + 0.065 - (j - 1) * 0.235 * Math.sin(tilt);
            parts.add('#56604a', box(0.18, 0.2, 0.02, { at: [-0.5 + (i - 3) * 0.2, y, z], rotateDeg: [-15, 0, 0] }));
          }
        }
      }
      for (const side of [1, -1]) {
        // Jammer antennas: a stack of three horns on either side of the radar, pointing out.
        for (let k = 0; k < 3; k += 1) {
          parts.add(METAL, cylinder(lod, 0.085, 0.04, 0.24, { at: [-0.5 + side * 0.95, roof + 0.4 + k * 0.21, 0.12], rotateDeg: [-90, 0, 0] }, 'coarse'));
        }
        parts.add(OLIVE_DARK, box(0.1, 0.7, 0.1, { at: [-0.5 + side * 0.95, roof + 0.6, -0.02] }));
      }
      // Electro-optical ball (camera and laser rangefinder) on a post above the right-hand horns.
      parts.add(OLIVE_DARK, box(0.12, 0.12, 0.12, { at: [-1.45, roof + 1.0, -0.02] }));
      parts.add('#cdd3d8', sphere(lod, 0.11, { at: [-1.45, roof + 1.12, 0] }, 'coarse'));
      parts.add(GLASS, cylinder(lod, 0.045, 0.045, 0.04, { at: [-1.45, roof + 1.12, 0.1], rotateDeg: [90, 0, 0] }, 'coarse'));
    }

    // Telescopic mast at the back: three sections narrowing upwards, an antenna cap on top.
    const mastX = -2.75;
    const sections = [
      [0.11, roof, roof + 0.4],
      [0.08, roof + 0.4, roof + 0.7],
      [0.055, roof + 0.7, roof + 0.95],
    ] as const;
    for (const [r, y0, y1] of sections) parts.add(METAL, cylinder(lod, r, r, y1 - y0, { at: [mastX, (y0 + y1) / 2, -0.6] }, 'coarse'));
    parts.add(OLIVE_DARK, cylinder(lod, 0.14, 0.14, 0.08, { at: [mastX, roof + 0.99, -0.6] }, 'coarse'));
    parts.add(METAL, cylinder(lod, 0.015, 0.015, 0.1, { at: [mastX, roof + 1.08, -0.6] }, 'coarse'));
    return parts.list;
  },
};
