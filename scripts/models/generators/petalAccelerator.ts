/**
 * CAEP's high-power "petal" electron accelerator (大功率花瓣加速器), a Rhodotron-type machine: the
 * electrons cross a round coaxial RF cavity again and again through its centre; after each pass a
 * bending magnet outside turns them back in, so the beam pipes outside the cavity draw a flower of
 * petals in the mid-plane. Shown: the cavity drum with its ribbed walls and domed lids, nine petal
 * beam loops each ending in a bending magnet, the RF power amplifier on top, the electron gun, the
 * extraction line with its scanning horn, all on a plinth.
 */
import { box, byLod, cylinder, roundedBox } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { extrude, polar, revolve, ring, rod, sweep, type Vec2, type Vec3 } from './scienceParts';

const COLORS = {
  base: '#3f4652', // plinth
  cavity: '#c9ced3', // stainless cavity
  rib: '#9aa3ab', // stiffening ribs, lids' rims
  beam: '#6ec6f0', // beam pipes, painted light blue so the petals read
  magnet: '#8e7cc3', // bending magnets (the exhibit's colour)
  coil: '#b87333', // magnet coils, RF coax
  dark: '#2b2f36', // amplifier housing, gun
};

const BASE_TOP = 0.3;
const CAVITY_R = 0.8;
const CAVITY_BOTTOM = 0.5;
const CAVITY_H = 1.05;
const MID = CAVITY_BOTTOM + CAVITY_H / 2; // the beam's mid-plane
const PETALS = 9;
const MAGNET_R = 1.38; // centre of the bending magnets' poles

/**
 * The beam path of one petal outside the cavity, in the petal's own frame (u along its radius, v
 * across): out of the cavity wall, widening to the bending magnet, round its tip and back in.
 */
function petalPath(angle: number): Vec3[] {
  const w = 0.17;
  const local: Vec2[] = [
    [CAVITY_R - 0.02, -w * 0.75],
    [1.0, -w],
    [1.22, -w * 1.15],
    [1.38, -w * 0.85],
    [1.44, 0],
    [1.38, w * 0.85],
    [1.22, w * 1.15],
    [1.0, w],
    [CAVITY_R - 0.02, w * 0.75],
  ];
  const [rx, , rz] = polar(1, angle);
  const [tx, , tz] = polar(1, angle + 90);
  return local.map(([u, v]) => [u * rx + v * tx, MID, u * rz + v * tz] as Vec3);
}

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });
  const segments = byLod(lod, [48, 14, 6]);
  // The first petal points at the extraction side; leave the front (0°) free for the extraction line.
  const petalAngles = Array.from({ length: PETALS }, (_, i) => 20 + (320 * i) / (PETALS - 1));

  add(COLORS.base, roundedBox(lod, 2.9, BASE_TOP, 2.9, 0.04, { at: [0, BASE_TOP / 2, 0] }));
  // Cavity drum with shallow domed lids (a lathe: bottom dome, wall, top dome).
  const domeSteps = byLod(lod, [6, 3, 1]);
  const lidPoints = (top: boolean): Vec2[] =>
    Array.from({ length: domeSteps + 1 }, (_, i) => {
      const a = (i / domeSteps) * (Math.PI / 2);
      const r = CAVITY_R * Math.cos(a);
      const rise = 0.16 * Math.sin(a);
      return top ? ([r, CAVITY_BOTTOM + CAVITY_H + rise] as Vec2) : ([r, CAVITY_BOTTOM - rise] as Vec2);
    });
  add(COLORS.cavity, revolve(segments, [...lidPoints(false).reverse(), ...lidPoints(true)], {}, { creaseDeg: 30 }));
  // Stand under the cavity.
  add(COLORS.rib, cylinder(lod, 0.5, 0.6, CAVITY_BOTTOM - BASE_TOP, { at: [0, (CAVITY_BOTTOM + BASE_TOP) / 2, 0] }));

  if (lod === 2) {
    // Silhouette: the petal field as a flat ring, the magnets, the amplifier.
    add(COLORS.beam, ring(segments, MAGNET_R, CAVITY_R, 0.05, { at: [0, MID, 0] }));
    for (const angle of petalAngles) add(COLORS.magnet, box(0.42, 0.2, 0.3, { at: polar(MAGNET_R + 0.03, angle, MID), rotateDeg: [0, angle, 0] }));
    add(COLORS.dark, cylinder(lod, 0.32, 0.32, 0.5, { at: [0, CAVITY_BOTTOM + CAVITY_H + 0.4, 0] }, 'coarse'));
    return parts;
  }

  // Ribs around the drum, either side of the mid-plane, and flanges at the lid seams.
  for (const y of [CAVITY_BOTTOM + 0.02, MID - 0.18, MID + 0.18, CAVITY_BOTTOM + CAVITY_H - 0.02]) {
    add(COLORS.rib, ring(segments, CAVITY_R + 0.04, CAVITY_R - 0.01, 0.05, { at: [0, y, 0] }));
  }

  // The petals and their bending magnets: pole plates above and below the beam plane joined by a
  // yoke behind the petal's tip, copper coils on the poles, a stand underneath.
  for (const angle of petalAngles) {
    add(COLORS.beam, sweep(petalPath(angle), 0.035, byLod(lod, [8, 4, 3]), byLod(lod, [28, 10, 4]), { tension: 0.3 }));
    for (const dy of [0.075, -0.075]) add(COLORS.magnet, box(0.4, 0.06, 0.15, { at: polar(MAGNET_R, angle, MID + dy), rotateDeg: [0, angle, 0] }));
    add(COLORS.magnet, box(0.4, 0.21, 0.05, { at: polar(MAGNET_R + 0.1, angle, MID), rotateDeg: [0, angle, 0] }));
    if (lod === 0) {
      add(COLORS.coil, box(0.32, 0.04, 0.12, { at: polar(MAGNET_R, angle, MID + 0.125), rotateDeg: [0, angle, 0] }));
      add(COLORS.rib, box(0.08, MID - 0.1 - BASE_TOP, 0.08, { at: polar(MAGNET_R + 0.1, angle, (MID - 0.1 + BASE_TOP) / 2) }));
    }
  }

  // RF power amplifier on the top lid, fed by a copper coaxial line.
  const top = CAVITY_BOTTOM + CAVITY_H + 0.16;
  add(COLORS.rib, cylinder(lod, 0.22, 0.22, 0.12, { at: [0, top + 0.04, 0] }));
  add(COLORS.dark, cylinder(lod, 0.32, 0.32, 0.48, { at: [0, top + 0.34, 0] }, 'normal'));
  add(COLORS.rib, cylinder(lod, 0.34, 0.34, 0.04, { at: [0, top + 0.6, 0] }, 'normal'));
  if (lod === 0) {
    add(COLORS.coil, sweep([[0.3, top + 0.3, 0], [0.6, top + 0.2, 0], [0.7, top - 0.05, 0], [0.72, top - 0.15, 0]], 0.045, 10, 14));
    // Vacuum pumps on the lid.
    for (const angle of [135, 225]) add(COLORS.cavity, cylinder(lod, 0.09, 0.09, 0.22, { at: polar(0.55, angle, top - 0.02) }, 'coarse'));
  }

  // Electron gun on the back, pointing in along a radius.
  add(COLORS.dark, rod(polar(CAVITY_R, 180, MID + 0.3), polar(CAVITY_R + 0.3, 180, MID + 0.3), 0.09, byLod(lod, [14, 6, 4])));

  // Extraction line to the front and the scanning horn fanning down towards the product conveyor.
  const exitStart = polar(CAVITY_R - 0.02, 0, MID);
  const exitEnd: Vec3 = [0, MID, 1.25];
  add(COLORS.beam, rod(exitStart, exitEnd, 0.04, byLod(lod, [12, 6, 4])));
  add(COLORS.magnet, box(0.3, 0.3, 0.26, { at: [0, MID, 1.2] }));
  const hornTop = MID - 0.15;
  const hornBottom = BASE_TOP + 0.12;
  add(
    COLORS.cavity,
    extrude(
      [
        [-0.06, hornTop],
        [-0.42, hornBottom],
        [0.42, hornBottom],
        [0.06, hornTop],
      ],
      0.14,
      { at: [0, 0, 1.2] },
    ),
  );
  // The scan window's frame at the horn's mouth.
  add(COLORS.rib, box(0.9, 0.06, 0.2, { at: [0, hornBottom - 0.03, 1.2] }));
  add(COLORS.rib, box(0.9, BASE_TOP, 0.2, { at: [0, BASE_TOP / 2, 1.2] }));
  return parts;
}

export const petalAccelerator: ModelGenerator = {
  name: 'petal-accelerator',
  title: 'CAEP high-power "petal" (Rhodotron-type) electron accelerator',
  material: { metallic: 0.3, roughness: 0.45 },
  build,
};
