/**
 * A Tesla-style electric sedan (Model 3 proportions: 4.7 m long, 1.44 m high, 2.88 m wheelbase),
 * running along x with its nose at +x. The body and the all-glass cabin are lofts, so the smooth
 * fastback silhouette that makes the car recognisable comes from a few height and width curves.
 */
import { box, byLod } from '../shapes';
import type { ModelGenerator } from '../types';
import { carWheels, curve, every, loft, Parts, stationsAlong, type LoftStation } from './vehicleParts';

const PAINT = '#b0312f'; // Tesla "Ultra Red", the catalogue colour
const GLASS = '#1a2129';
const TRIM = '#16181b';

/** Half a body cross-section, bottom centre round the side to the top centre (see loft()). */
const BODY_PROFILE: [number, number][] = [
  [0, 0],
  [0.86, 0],
  [0.95, 0.06],
  [0.99, 0.2],
  [1, 0.42],
  [0.995, 0.6],
  [0.975, 0.78],
  [0.93, 0.92],
  [0.8, 0.985],
  [0.45, 1],
  [0, 1],
];

/** The cabin: vertical-ish at the beltline, curving in to the roof (tumblehome). */
const CABIN_PROFILE: [number, number][] = [
  [0, 0],
  [1, 0],
  [0.985, 0.2],
  [0.94, 0.5],
  [0.86, 0.78],
  [0.74, 0.93],
  [0.5, 0.99],
  [0, 1],
];

// Side view of the body: the hood drops to a low nose, the deck stays high over the short trunk.
const bodyTop = curve([
  [-2.36, 0.74],
  [-2.3, 0.86],
  [-2.1, 0.93],
  [-1.7, 0.96],
  [-1.0, 0.95],
  [0.8, 0.91],
  [1.5, 0.83],
  [2.0, 0.74],
  [2.25, 0.64],
  [2.36, 0.52],
]);
const bodyBottom = curve([
  [-2.36, 0.36],
  [-2.2, 0.22],
  [-1.9, 0.17],
  [1.9, 0.16],
  [2.2, 0.2],
  [2.36, 0.3],
]);
// Plan view: rounded corners at both ends.
const bodyHalfWidth = curve([
  [-2.36, 0.68],
  [-2.28, 0.84],
  [-2.0, 0.91],
  [-1.2, 0.935],
  [0.5, 0.935],
  [1.6, 0.92],
  [2.1, 0.86],
  [2.3, 0.72],
  [2.36, 0.6],
]);
// Cabin height above the body: raked windscreen, long glass roof, fastback rear window.
const cabinHeight = curve([
  [-1.85, 0],
  [-1.5, 0.2],
  [-1.15, 0.38],
  [-0.8, 0.48],
  [-0.4, 0.51],
  [0.0, 0.48],
  [0.45, 0.27],
  [0.95, 0],
]);

export const electricCar: ModelGenerator = {
  name: 'electric-car',
  title: 'Electric sedan (Tesla-style)',
  // Glossy automotive paint: a clear coat over a non-metal base.
  material: { metallic: 0.25, roughness: 0.3 },
  build(lod) {
    const parts = new Parts();
    const body: LoftStation[] = stationsAlong(-2.36, 2.36, byLod(lod, [44, 14, 6]), (x) => ({
      y: bodyBottom(x),
      height: bodyTop(x) - bodyBottom(x),
      halfWidth: bodyHalfWidth(x),
    }));
    const bodyProfile = lod === 0 ? BODY_PROFILE : every(BODY_PROFILE, 2);
    // Lights are paint on the shell: slim headlights wrapping the front corners, a red bar at the
    // back. Painted rather than added as boxes, they follow the curve instead of sticking out.
    parts.push(
      ...loft(bodyProfile, body, ({ u, v, x }) => {
        if (v < 0.05) return TRIM;
        if (x > 2.1 && u > 0.9 && v > 0.6 && v < 0.92) return '#dde5ec';
        if (x < -2.05 && u > 0.5 && v > 0.6 && v < 0.92) return '#b3121b';
        return PAINT;
      }),
    );

    const cabin = stationsAlong(-1.8, 0.95, byLod(lod, [30, 10, 5]), (x) => ({
      y: bodyTop(x) - 0.03,
      height: cabinHeight(x) + 0.03,
      halfWidth: 0.8 - 0.06 * Math.abs(x + 0.4),
    }));
    parts.push(...loft(lod === 2 ? every(CABIN_PROFILE, 3) : CABIN_PROFILE, cabin, () => GLASS));

    carWheels(lod, parts, { frontX: 1.45, rearX: -1.43, radius: 0.34, width: 0.235, bodyHalfWidth: 0.935, rim: '#b9bec4', spokes: lod === 0 ? 5 : 0 });

    if (lod < 2) {
      // Mirrors at the foot of the A-pillar.
      for (const side of [1, -1]) parts.add(PAINT, box(0.16, 0.09, 0.14, { at: [0.68, 0.97, side * 0.93] }));
      // Lower front air intake and rear diffuser.
      parts.add(TRIM, box(0.06, 0.1, 0.9, { at: [2.3, 0.3, 0] }), box(0.06, 0.1, 1.2, { at: [-2.3, 0.32, 0] }));
    }
    return parts.list;
  },
};
