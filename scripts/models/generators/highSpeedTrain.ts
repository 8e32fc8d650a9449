/**
 * The lead car of a CRRC Fuxing (CR400AF-style) bullet train on a stretch of slab track: a long
 * streamlined nose with a wrap-round windscreen, a dark window band, the red livery stripe, two
 * bogies on the rails. Runs along x, nose at +x. Modelled at real size (3.36 m wide, 4.05 m over
 * rail) over 13 m; the pipeline scales it into the 12 m catalogue box.
 */
import { box, byLod, cylinder } from '../shapes';
import type { ModelGenerator } from '../types';
import { curve, loft, Parts, stationsAlong, wheel, type LoftStation } from './vehicleParts';

const WHITE = '#f4f5f6';
const RED = '#c8102e';
const GLASS = '#1b2430';
const SKIRT = '#8d939a';
const DARK = '#2f343a';

const RAIL_TOP = 0.35;
const BODY_BOTTOM = 0.6;
const BODY_HEIGHT = 3.8;
const HALF_WIDTH = 1.68;
const TAIL = -6.4;
const TIP = 6.5;

/** Half the car's cross-section: skirt, bulging sides, the stripe and window lines, round roof. */
const PROFILE: [number, number][] = [
  [0, 0],
  [0.8, 0],
  [0.92, 0.03],
  [0.975, 0.09],
  [0.995, 0.2],
  [1, 0.27],
  [1, 0.33],
  [0.995, 0.46],
  [0.98, 0.63],
  [0.95, 0.76],
  [0.86, 0.88],
  [0.68, 0.96],
  [0.38, 0.995],
  [0, 1],
];
/** Fewer points for LOD1, keeping the stripe and window boundaries. */
const PROFILE_LOD1 = [0, 2, 4, 5, 6, 7, 8, 10, 13].map((index) => PROFILE[index] as [number, number]);
const PROFILE_LOD2 = [0, 3, 7, 9, 11, 13].map((index) => PROFILE[index] as [number, number]);

// The nose in side view: the roof line falls in a long S to a low rounded tip.
const noseTop = curve([
  [0.5, BODY_BOTTOM + BODY_HEIGHT],
  [1.5, 4.36],
  [2.5, 4.15],
  [3.5, 3.65],
  [4.5, 2.85],
  [5.5, 2.0],
  [6.1, 1.5],
  [6.4, 1.22],
  [TIP, 1.05],
]);
const noseBottom = curve([
  [4.5, BODY_BOTTOM],
  [5.5, 0.64],
  [6.2, 0.74],
  [TIP, 0.86],
]);
// In plan the nose stays full width for a while, then rounds off like a bullet.
const noseHalfWidth = curve([
  [0.5, HALF_WIDTH],
  [3.0, 1.66],
  [4.5, 1.52],
  [5.5, 1.22],
  [6.1, 0.86],
  [6.4, 0.5],
  [TIP, 0.28],
]);

export const highSpeedTrain: ModelGenerator = {
  name: 'high-speed-train',
  title: 'Fuxing high-speed train lead car (CRRC)',
  // Painted aluminium body.
  material: { metallic: 0.3, roughness: 0.35 },
  build(lod) {
    const parts = new Parts();
    // The body is one loft: a few stations along the straight part (it does not change there,
    // but the paint needs span boundaries where the window band ends) and many round the nose.
    const straight: LoftStation[] = [TAIL, -6.2, -2.0, 0.5].map((x) => ({ x, y: BODY_BOTTOM, height: BODY_HEIGHT, halfWidth: HALF_WIDTH }));
    const nose = stationsAlong(0.5, TIP, byLod(lod, [48, 14, 5]), (x) => {
      const bottom = noseBottom(x);
      return { y: bottom, height: noseTop(x) - bottom, halfWidth: noseHalfWidth(x) };
    }).slice(1);
    parts.push(
      ...loft(byLod(lod, [PROFILE, PROFILE_LOD1, PROFILE_LOD2]), [...straight, ...nose], ({ u, v, x }) => {
        if (v < 0.01) return DARK;
        if (v < 0.2) return SKIRT;
        // The wrap-round cab windscreen on the upper slope of the nose.
        if (x > 2.7 && x < 4.4 && v > 0.7) return GLASS;
        // Headlights low on the nose, either side of the tip.
        if (x > 5.3 && x < 6.05 && v > 0.33 && v < 0.46 && u > 0.5) return '#e6edf4';
        // The red livery line, following the nose down to the tip (LOD2's coarse profile has no
        // segment that narrow, so it goes without).
        if (lod < 2 && v > 0.27 && v < 0.33) return RED;
        if (x > -6.2 && x < 1.8 && v > 0.46 && v < 0.63) return GLASS;
        return WHITE;
      }),
    );
    // Gangway bellows at the cut end, where the next car would couple.
    parts.add(DARK, box(0.2, 3.0, 2.5, { at: [TAIL - 0.1, BODY_BOTTOM + 1.9, 0] }));

    // Slab track: a concrete base, the precast slab, two rails.
    const length = TIP - TAIL + 0.4;
    const centreX = (TIP + TAIL - 0.2) / 2;
    parts.add('#9c9890', box(length, 0.08, 3.36, { at: [centreX, 0.04, 0] }));
    parts.add('#c4c1b9', box(length, 0.12, 2.6, { at: [centreX, 0.14, 0] }));
    for (const side of [1, -1]) parts.add('#71767c', box(length, 0.15, 0.08, { at: [centreX, RAIL_TOP - 0.075, side * 0.7175] }));

    if (lod < 2) {
      // Bogies: a frame with four wheels each, the wheels standing on the rails. LOD2 shows none:
      // the skirt and track already make the silhouette.
      for (const bogieX of [-4.6, 3.4]) {
        parts.add(DARK, box(3.0, 0.32, 2.1, { at: [bogieX, 0.95, 0] }));
        for (const axleX of [-1.25, 1.25]) {
          for (const side of [1, -1] as const) {
            parts.push(...wheel(lod, { at: [bogieX + axleX, RAIL_TOP + 0.46, side * 0.72], radius: 0.46, width: 0.14, side, tyre: '#55595f', rim: '#6c7177', rimRatio: 0.8, spokes: 0 }));
          }
          if (lod === 0) parts.add('#4a4f55', cylinder(lod, 0.09, 0.09, 1.3, { at: [bogieX + axleX, RAIL_TOP + 0.46, 0], rotateDeg: [90, 0, 0] }, 'coarse'));
        }
      }
    }
    if (lod === 0) {
      // White window pillars split the band into windows; dark door outlines behind the cab and
      // at the far end; rail fastenings along the slab.
      const sideZ = HALF_WIDTH * 0.992;
      for (const side of [1, -1]) {
        for (let x = -5.2; x < 1.6; x += 1.15) parts.add(WHITE, box(0.14, 0.68, 0.03, { at: [x, BODY_BOTTOM + 0.545 * BODY_HEIGHT, side * sideZ] }));
        for (const doorX of [-5.75, 2.15]) {
          parts.add(DARK, box(0.9, 0.035, 0.03, { at: [doorX, BODY_BOTTOM + 2.55, side * (sideZ + 0.005)] }));
          for (const edge of [-0.45, 0.45]) parts.add(DARK, box(0.035, 2.0, 0.03, { at: [doorX + edge, BODY_BOTTOM + 1.56, side * (sideZ + 0.005)] }));
        }
        for (let x = TAIL; x < TIP + 0.2; x += 0.65) {
          for (const offset of [-0.09, 0.09]) parts.add('#3c4046', box(0.12, 0.06, 0.08, { at: [x, 0.23, side * 0.7175 + offset] }));
        }
      }
    }
    return parts.list;
  },
};
