/**
 * An "Optimus"-style humanoid robot standing at 1.73 m: white shell panels over black joints, a
 * helmet head with a glossy black face plate, a tapered chest over a black waist, arms hanging
 * slightly away from the body with black hands. Faces +z.
 */
import { box, byLod, roundedBox, sphere } from '../shapes';
import type { LodLevel, ModelGenerator } from '../types';
import { every, limb, loft, Parts, stationsAlong, type Vec3 } from './vehicleParts';

const WHITE = '#eceef0';
const BLACK = '#1a1b1e';
const SILVER = '#aeb4bb';
const GREY = '#4a4f56';

/** A rounded-rectangle half section for the chest and pelvis lofts. */
const SHELL_PROFILE: [number, number][] = [
  [0, 0],
  [0.55, 0],
  [0.85, 0.05],
  [0.97, 0.18],
  [1, 0.35],
  [1, 0.65],
  [0.97, 0.82],
  [0.85, 0.95],
  [0.55, 1],
  [0, 1],
];

/**
 * A shell whose width and depth change with height: a loft along x turned upright. Section
 * `shape(t)` gives [half width (x), half depth (z), depth offset] at t from 0 (bottom) to 1 (top).
 */
function upright(lod: LodLevel, bottom: number, top: number, shape: (t: number) => [number, number, number], colourOf: (t: number, u: number, v: number) => string) {
  const stations = stationsAlong(0, 1, byLod(lod, [14, 6, 3]), (t) => {
    const [halfWidth, halfDepth] = shape(t);
    // Loft y is the side-to-side axis here; turning +x up maps loft y to -x.
    return { y: -halfWidth, height: 2 * halfWidth, halfWidth: halfDepth };
  });
  const profile = lod === 2 ? every(SHELL_PROFILE, 3) : SHELL_PROFILE;
  const parts = loft(profile, stations, ({ x, u, v }) => colourOf(x, u, v));
  for (const { geometry } of parts) {
    // Scale the unit x run to the shell's height, stand it up, then push each part forward by
    // the depth offset at its height (used to give the chest its forward lean).
    geometry.scale(top - bottom, 1, 1).rotateZ(Math.PI / 2).translate(0, bottom, 0);
    const position = geometry.attributes.position;
    if (position) {
      for (let i = 0; i < position.count; i += 1) {
        const t = (position.getY(i) - bottom) / (top - bottom);
        position.setZ(i, position.getZ(i) + shape(t)[2]);
      }
    }
  }
  return parts;
}

export const humanoidRobot: ModelGenerator = {
  name: 'humanoid-robot',
  title: 'Humanoid robot ("Optimus"-style)',
  // Satin-painted shells over metal joints.
  material: { metallic: 0.25, roughness: 0.35 },
  build(lod) {
    const parts = new Parts();
    const joint = (at: Vec3, r: number) => parts.add(BLACK, sphere(lod, r, { at }, 'coarse'));

    // Legs: black feet, white shins and thighs, black ankle and knee joints.
    for (const side of [1, -1]) {
      const x = side * 0.1;
      parts.add(BLACK, roundedBox(lod, 0.1, 0.06, 0.25, 0.02, { at: [x, 0.03, 0.03] }));
      if (lod < 2) parts.add(SILVER, box(0.09, 0.03, 0.08, { at: [x, 0.07, 0.11] }));
      joint([x, 0.1, 0], 0.045);
      parts.add(WHITE, limb(lod, [x, 0.1, 0], [x, 0.5, 0.005], 0.05, 0.068));
      joint([x, 0.51, 0.005], 0.058);
      parts.add(WHITE, limb(lod, [x, 0.52, 0.005], [side * 0.105, 0.9, 0], 0.07, 0.088));
      if (lod === 0) {
        // Kneecap plate and the shin's actuator ridge.
        parts.add(GREY, box(0.07, 0.08, 0.03, { at: [x, 0.52, 0.055] }));
        parts.add(SILVER, box(0.04, 0.22, 0.03, { at: [x, 0.3, -0.06] }));
      }
    }

    // Pelvis (white), waist (black), chest (white, widest at the shoulders, leaning slightly
    // forward at the pecs), with a black band across the lower chest like Optimus's.
    parts.push(...upright(lod, 0.86, 1.0, (t) => [0.15 + 0.02 * t, 0.1, 0], () => WHITE));
    parts.add(BLACK, limb(lod, [0, 0.98, 0], [0, 1.1, 0], 0.11, 0.12));
    parts.push(
      ...upright(
        lod,
        1.08,
        1.44,
        (t) => [0.13 + 0.07 * Math.sin((t * Math.PI) / 1.6), 0.1 + 0.015 * Math.sin(t * Math.PI), 0.012 * Math.sin(t * Math.PI)],
        (t) => (lod < 2 && t < 0.18 ? GREY : WHITE),
      ),
    );

    // Neck and head: a white helmet with a black face plate protruding at the front.
    parts.add(BLACK, limb(lod, [0, 1.42, -0.01], [0, 1.52, 0], 0.045, 0.04));
    parts.add(WHITE, sphere(lod, 1, { at: [0, 1.61, 0], scale: [0.095, 0.12, 0.11] }, byLod(lod, ['normal', 'normal', 'coarse'])));
    parts.add(BLACK, sphere(lod, 1, { at: [0, 1.6, 0.035], scale: [0.085, 0.092, 0.09] }, byLod(lod, ['normal', 'coarse', 'coarse'])));

    // Arms hang slightly away from the body, elbows a little bent, hands turned in.
    for (const side of [1, -1]) {
      const shoulder: Vec3 = [side * 0.215, 1.38, 0];
      const elbow: Vec3 = [side * 0.25, 1.1, -0.01];
      const wrist: Vec3 = [side * 0.255, 0.85, 0.04];
      joint(shoulder, 0.065);
      parts.add(WHITE, limb(lod, shoulder, elbow, 0.055, 0.047));
      joint(elbow, 0.045);
      parts.add(WHITE, limb(lod, elbow, wrist, 0.047, 0.038));
      // Hand: palm and, close up, four fingers and a thumb slightly curled.
      parts.add(BLACK, box(0.03, 0.09, 0.075, { at: [side * 0.257, 0.79, 0.045], rotateDeg: [0, 0, side * 3] }));
      if (lod === 0) {
        for (let f = 0; f < 4; f += 1) {
          const z = 0.018 + f * 0.019;
          parts.add(BLACK, limb(lod, [side * 0.257, 0.75, z], [side * 0.252, 0.685 + f * 0.006 - (f === 3 ? 0.015 : 0), z + 0.008], 0.008, 0.007, 'coarse'));
        }
        parts.add(BLACK, limb(lod, [side * 0.245, 0.78, 0.08], [side * 0.232, 0.74, 0.1], 0.009, 0.008, 'coarse'));
        parts.add(GREY, box(0.012, 0.02, 0.07, { at: [side * 0.255, 0.85, 0.04] }));
      }
    }
    if (lod === 0) {
      // Shoulder caps and the chest's side seams.
      for (const side of [1, -1]) parts.add(WHITE, sphere(lod, 1, { at: [side * 0.215, 1.405, 0], scale: [0.07, 0.045, 0.07] }, 'coarse'));
    }
    return parts.list;
  },
};
