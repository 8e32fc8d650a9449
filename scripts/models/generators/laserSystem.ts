/**
 * A photonics laser set-up as shown at hard-tech fairs: an optical table (stainless breadboard top
 * with its grid of tapped holes, on four pneumatic isolator legs) carrying a main laser head and a
 * smaller seed/pump laser, steering mirrors and lenses on posts, a beam path drawn as bright green
 * rods from the laser through the optics to a sample stage, and an overhead shelf with the
 * control unit and its screen.
 */
import { PlaneGeometry } from 'three';
import { box, byLod, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { rod, type Vec3 } from './scienceParts';

const COLORS = {
  top: '#b9c0c7', // stainless breadboard
  legs: '#4a5a8a', // isolator legs and shelf (the exhibit's colour)
  dark: '#1f2328', // optic mounts, hole grid, table edge
  head: '#e9ecef', // laser head covers
  beam: '#3dff5a', // 532 nm green beam
  mirror: '#d4af37', // gold-coated mirrors
  screen: '#3d7fd6', // control screen
};

const TOP = 0.82; // table top surface
const BEAM = TOP + 0.14; // beam height above the table

/**
 * A steering mirror: post holder, post, square mount and gold mirror face, its normal turned to
 * `yawDeg` (0° faces +z), which bisects the incoming and outgoing beams.
 */
function mirror(lod: LodLevel, x: number, z: number, yawDeg: number, y = BEAM): ModelPart[] {
  const yaw = (yawDeg * Math.PI) / 180;
  const face = cylinder(lod, 0.03, 0.03, 0.008, { rotateDeg: [90, 0, 0] }, 'coarse')
    .rotateY(yaw)
    .translate(x + Math.sin(yaw) * 0.013, y, z + Math.cos(yaw) * 0.013);
  return [
    { color: COLORS.dark, geometry: cylinder(lod, 0.024, 0.028, 0.07, { at: [x, TOP + 0.035, z] }, 'coarse') },
    { color: COLORS.top, geometry: cylinder(lod, 0.012, 0.012, y - TOP - 0.07, { at: [x, (y + TOP + 0.07) / 2, z] }, 'coarse') },
    { color: COLORS.dark, geometry: box(0.08, 0.08, 0.02, { at: [x, y, z], rotateDeg: [0, yawDeg, 0] }) },
    { color: COLORS.mirror, geometry: face },
  ];
}

/** A lens or crystal holder on a post across a beam running along `alongX` (x if true, else z). */
function lens(lod: LodLevel, x: number, z: number, alongX: boolean): ModelPart[] {
  const turn: [number, number, number] = alongX ? [0, 0, 90] : [90, 0, 0];
  return [
    { color: COLORS.dark, geometry: cylinder(lod, 0.024, 0.028, 0.07, { at: [x, TOP + 0.035, z] }, 'coarse') },
    { color: COLORS.top, geometry: cylinder(lod, 0.012, 0.012, BEAM - TOP - 0.1, { at: [x, (BEAM + TOP + 0.1) / 2, z] }, 'coarse') },
    { color: COLORS.dark, geometry: cylinder(lod, 0.045, 0.045, 0.018, { at: [x, BEAM, z], rotateDeg: turn }, 'normal') },
    { color: COLORS.mirror, geometry: cylinder(lod, 0.03, 0.03, 0.022, { at: [x, BEAM, z], rotateDeg: turn }, 'normal') },
  ];
}

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });

  // Optical table: breadboard top with a dark edge band, on four isolator legs.
  add(COLORS.top, box(1.6, 0.04, 1.0, { at: [0, TOP - 0.02, 0] }));
  add(COLORS.dark, box(1.58, 0.18, 0.98, { at: [0, TOP - 0.13, 0] }));
  for (const [x, z] of [
    [-0.65, -0.36],
    [0.65, -0.36],
    [0.65, 0.36],
    [-0.65, 0.36],
  ] as const) {
    add(COLORS.legs, box(0.18, TOP - 0.22, 0.18, { at: [x, (TOP - 0.22) / 2, z] }));
  }
  // Overhead shelf at the back on two uprights, carrying the control unit.
  for (const x of [-0.72, 0.72]) add(COLORS.legs, box(0.05, 0.56, 0.05, { at: [x, TOP + 0.28, -0.45] }));
  add(COLORS.legs, box(1.5, 0.03, 0.3, { at: [0, TOP + 0.5, -0.38] }));
  add(COLORS.head, box(0.5, 0.12, 0.26, { at: [-0.35, TOP + 0.575, -0.38] }));
  // Main laser head.
  add(COLORS.head, box(0.6, 0.18, 0.17, { at: [-0.4, TOP + 0.11, 0.25] }));

  if (lod === 2) {
    add(COLORS.beam, box(0.7, 0.02, 0.02, { at: [0.25, BEAM, 0.25] }));
    add(COLORS.beam, box(0.02, 0.02, 0.4, { at: [0.6, BEAM, 0.05] }));
    return parts;
  }

  // Control unit front: screen and a second unit (power supply / chiller) beside it.
  add(COLORS.screen, box(0.3, 0.08, 0.005, { at: [-0.4, TOP + 0.58, -0.2475] }));
  add(COLORS.dark, box(0.4, 0.1, 0.24, { at: [0.3, TOP + 0.565, -0.38] }));
  // Main laser details: a dark base plate and the output aperture.
  add(COLORS.dark, box(0.64, 0.02, 0.21, { at: [-0.4, TOP + 0.01, 0.25] }));
  add(COLORS.dark, cylinder(lod, 0.03, 0.03, 0.04, { at: [-0.08, BEAM, 0.25], rotateDeg: [0, 0, 90] }, 'coarse'));
  // Second (seed/pump) laser at the back of the table, under the shelf.
  add(COLORS.head, box(0.34, 0.11, 0.12, { at: [-0.53, TOP + 0.055, -0.35] }));

  // Beam path: laser → mirror A → frequency-doubling crystal → mirror B → beam expander → mirror C → sample.
  const a: Vec3 = [0.6, BEAM, 0.25];
  const b: Vec3 = [0.6, BEAM, -0.15];
  const c: Vec3 = [-0.1, BEAM, -0.15];
  const sample: Vec3 = [-0.1, BEAM, 0.06];
  const beamSegments = byLod(lod, [6, 3, 3]);
  const beamRadius = byLod(lod, [0.006, 0.008, 0.01]);
  for (const [from, to] of [
    [[-0.06, BEAM, 0.25], a],
    [a, b],
    [b, c],
    [c, sample],
  ] as [Vec3, Vec3][]) {
    add(COLORS.beam, rod(from, to, beamRadius, beamSegments));
  }
  parts.push(...mirror(lod, a[0], a[2], -135), ...mirror(lod, b[0], b[2], -45), ...mirror(lod, c[0], c[2], 45));
  // Beam expander: a telescope tube on two saddles in the B–C leg.
  add(COLORS.head, cylinder(lod, 0.045, 0.045, 0.3, { at: [0.25, BEAM, -0.15], rotateDeg: [0, 0, 90] }, 'normal'));
  add(COLORS.dark, box(0.04, BEAM - TOP - 0.04, 0.08, { at: [0.15, (BEAM + TOP - 0.04) / 2, -0.15] }));
  add(COLORS.dark, box(0.04, BEAM - TOP - 0.04, 0.08, { at: [0.35, (BEAM + TOP - 0.04) / 2, -0.15] }));
  // Frequency-doubling crystal in its oven, in the A–B leg.
  add(COLORS.dark, box(0.1, 0.1, 0.1, { at: [0.6, BEAM, 0.05] }));
  // Sample stage with a target where the beam ends.
  add(COLORS.dark, box(0.16, BEAM - TOP - 0.03, 0.16, { at: [sample[0], (BEAM + TOP - 0.03) / 2, sample[2] + 0.08] }));
  add(COLORS.mirror, box(0.1, 0.1, 0.015, { at: [sample[0], BEAM, sample[2] + 0.01] }));

  if (lod === 0) {
    // Lens before the crystal, and the seed laser's beam turned by mirror D into a dump.
    parts.push(...lens(lod, 0.6, 0.16, false));
    const low = TOP + 0.07; // the seed laser's lower beam height
    add(COLORS.beam, rod([-0.35, low, -0.35], [0.35, low, -0.35], 0.004, beamSegments));
    parts.push(...mirror(lod, 0.35, -0.35, -135, low + 0.02));
    add(COLORS.beam, rod([0.35, low, -0.35], [0.35, low, -0.42], 0.004, beamSegments));
    add(COLORS.dark, box(0.08, 0.1, 0.05, { at: [0.35, TOP + 0.05, -0.46] }));
    // Breadboard hole grid: small dark squares every 10 cm, facing up.
    for (let i = 0; i < 15; i += 1) {
      for (let j = 0; j < 9; j += 1) {
        const hole = new PlaneGeometry(0.012, 0.012).rotateX(-Math.PI / 2).translate(-0.7 + i * 0.1, TOP + 0.0005, -0.4 + j * 0.1);
        add(COLORS.dark, hole);
      }
    }
    // Knobs on the control unit and a cable tray down the upright.
    for (const x of [-0.15, -0.1]) add(COLORS.dark, cylinder(lod, 0.012, 0.012, 0.01, { at: [x, TOP + 0.575, -0.245], rotateDeg: [90, 0, 0] }, 'coarse'));
    add(COLORS.dark, box(0.03, 0.5, 0.03, { at: [0.67, TOP + 0.25, -0.45] }));
  }
  return parts;
}

export const laserSystem: ModelGenerator = {
  name: 'laser-system',
  title: 'Photonics laser system on an optical table',
  material: { metallic: 0.25, roughness: 0.4 },
  build,
};
