/**
 * A robotaxi SUV (Apollo Go / Waymo style): a tall white crossover with blue livery, a roof sensor
 * rack with a spinning lidar on top, corner lidars on the wings and cameras round the rack. Runs
 * along x with its nose at +x. The roof lidar is what tells it apart from the sedan at a glance.
 */
import { box, byLod, cylinder, roundedBox } from '../shapes';
import type { ModelGenerator } from '../types';
import { carWheels, curve, every, loft, Parts, stationsAlong } from './vehicleParts';

const WHITE = '#f1f3f5';
const BLUE = '#2f6fb0'; // the catalogue colour, used as livery
const GLASS = '#18202a';
const BLACK = '#15171a';

const BODY_PROFILE: [number, number][] = [
  [0, 0],
  [0.88, 0],
  [0.96, 0.06],
  [0.995, 0.16],
  [1, 0.32],
  [1, 0.55],
  [0.985, 0.78],
  [0.94, 0.92],
  [0.8, 0.985],
  [0.4, 1],
  [0, 1],
];

/** Boxier than the sedan's cabin; the top points carry the white roof. */
const CABIN_PROFILE: [number, number][] = [
  [0, 0],
  [1, 0],
  [0.98, 0.3],
  [0.93, 0.62],
  [0.88, 0.8],
  [0.84, 0.88],
  [0.7, 0.97],
  [0.4, 1],
  [0, 1],
];

const bodyTop = curve([
  [-2.46, 0.9],
  [-2.4, 0.97],
  [-2.2, 1.0],
  [0.9, 0.98],
  [1.6, 0.93],
  [2.1, 0.86],
  [2.35, 0.77],
  [2.46, 0.64],
]);
const bodyBottom = curve([
  [-2.46, 0.42],
  [-2.25, 0.26],
  [-1.9, 0.22],
  [1.9, 0.22],
  [2.25, 0.27],
  [2.46, 0.38],
]);
const bodyHalfWidth = curve([
  [-2.46, 0.76],
  [-2.36, 0.88],
  [-2.0, 0.93],
  [1.5, 0.935],
  [2.15, 0.89],
  [2.38, 0.78],
  [2.46, 0.66],
]);
// Upright tailgate, long flat roof, windscreen less raked than the sedan's.
const cabinHeight = curve([
  [-2.36, 0],
  [-2.25, 0.44],
  [-2.05, 0.6],
  [-1.6, 0.635],
  [0.1, 0.635],
  [0.5, 0.47],
  [1.05, 0],
]);
const ROOF = 0.985 + 0.635;
/** Profile points kept at LOD1: the ends of the cladding and of the blue band stay put. */
const BODY_LOD1 = [0, 1, 3, 4, 5, 7, 9, 10].map((index) => BODY_PROFILE[index] as [number, number]);

export const autonomousCar: ModelGenerator = {
  name: 'autonomous-car',
  title: 'Robotaxi SUV with roof lidar',
  material: { metallic: 0.2, roughness: 0.35 },
  build(lod) {
    const parts = new Parts();
    const body = stationsAlong(-2.46, 2.46, byLod(lod, [40, 14, 6]), (x) => ({ y: bodyBottom(x), height: bodyTop(x) - bodyBottom(x), halfWidth: bodyHalfWidth(x) }));
    parts.push(
      ...loft(byLod(lod, [BODY_PROFILE, BODY_LOD1, every(BODY_PROFILE, 2)]), body, ({ u, v, x }) => {
        if (v < 0.05) return BLACK;
        // Black cladding round the wheel line, a blue livery band along the doors.
        if (v < 0.2) return '#2a2e33';
        if (x > 2.2 && u > 0.9 && v > 0.55 && v < 0.92) return '#dde6ee';
        if (x < -2.25 && u > 0.5 && v > 0.55 && v < 0.92) return '#b3121b';
        if (v > 0.32 && v < 0.55 && x > -2.2 && x < 2.1) return BLUE;
        return WHITE;
      }),
    );
    const cabin = stationsAlong(-2.36, 1.05, byLod(lod, [30, 10, 5]), (x) => ({ y: bodyTop(x) - 0.03, height: cabinHeight(x) + 0.03, halfWidth: 0.86 }));
    // A white roof panel over dark glass all round; on the sloping windscreen and tailgate the top
    // of the profile is glass too.
    parts.push(...loft(lod === 2 ? every(CABIN_PROFILE, 2) : CABIN_PROFILE, cabin, ({ v, x }) => (v > 0.85 && x > -2.0 && x < 0.15 ? WHITE : GLASS)));

    carWheels(lod, parts, { frontX: 1.5, rearX: -1.45, radius: 0.37, width: 0.255, bodyHalfWidth: 0.935, rim: '#8d949b', spokes: lod === 0 ? 6 : 0 });

    // Roof sensor rack and the lidar: the tallest thing, kept at every level as the silhouette cue.
    parts.add(WHITE, roundedBox(lod, 1.2, 0.1, 1.2, 0.04, { at: [-0.5, ROOF + 0.03, 0] }));
    parts.add(BLACK, cylinder(lod, 0.19, 0.21, 0.1, { at: [-0.5, ROOF + 0.13, 0] }, 'normal'));
    parts.add('#3b4754', cylinder(lod, 0.18, 0.18, 0.1, { at: [-0.5, ROOF + 0.23, 0] }, 'normal'));
    parts.add(BLACK, cylinder(lod, 0.19, 0.18, 0.04, { at: [-0.5, ROOF + 0.3, 0] }, 'normal'));
    if (lod < 2) {
      // Cameras facing out from the rack, and a blue status light strip on its front.
      for (const [x, z, turn] of [
        [0.12, 0, 0],
        [-0.5, 0.62, 90],
        [-0.5, -0.62, -90],
        [-1.12, 0, 180],
      ] as const) {
        parts.add(BLACK, box(0.1, 0.08, 0.16, { at: [x, ROOF + 0.1, z], rotateDeg: [0, turn, 0] }));
      }
      parts.add(BLUE, box(0.02, 0.03, 0.9, { at: [0.11, ROOF + 0.04, 0] }));
      // Corner lidars on the front wings and a forward radar/lidar in the bumper.
      for (const side of [1, -1]) {
        parts.add(BLACK, cylinder(lod, 0.07, 0.08, 0.14, { at: [1.75, 0.98, side * 0.84] }, 'coarse'));
        parts.add(BLACK, cylinder(lod, 0.06, 0.07, 0.12, { at: [-2.05, 1.06, side * 0.84] }, 'coarse'));
        parts.add(WHITE, box(0.16, 0.09, 0.14, { at: [0.95, 1.03, side * 0.95] }));
      }
      parts.add(BLACK, box(0.06, 0.12, 0.5, { at: [2.44, 0.45, 0] }), box(0.06, 0.1, 1.3, { at: [-2.44, 0.46, 0] }));
    }
    return parts.list;
  },
};
