/**
 * A compact medical cyclotron of the kind Jiuyiyuan (玖谊源) built as China's first domestic one,
 * for PET isotopes: the squat round magnet yoke split at the median plane (the copper main coil
 * showing in the gap), hydraulic lift jacks that open it, the RF and vacuum equipment on the lid,
 * a short beamline to the target station, and the control cabinet linked by an RF feed line.
 */
import { box, byLod, cylinder, roundedBox } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { around, polar, ring, rod, sweep } from './scienceParts';

const COLORS = {
  floor: '#9aa3ab', // floor plate
  yoke: '#4a86b8', // painted magnet steel
  dark: '#2b3440', // median-plane gap, screen, hoses
  steel: '#c9ced3', // vacuum and beamline hardware
  cabinet: '#e6e9ec', // control cabinet
  copper: '#b87333', // main coil and RF line
  warning: '#e8b923', // radiation warning plates
};

const YOKE: [number, number] = [0.32, -0.2]; // yoke centre (x, z)
const YOKE_R = 0.82;
const BASE_TOP = 0.22; // top of the floor plate and yoke plinth
const GAP_Y = BASE_TOP + 0.55; // median plane
const LID = GAP_Y + 0.57; // top of the upper yoke half and its rim
const CAB_X = -0.86; // control cabinet centre (x, z) and front face
const CAB_Z = -0.6;
const CAB_FRONT = CAB_Z + 0.25;

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });
  const [yx, yz] = YOKE;
  const at = (y: number): [number, number, number] => [yx, y, yz];

  add(COLORS.floor, box(2.5, 0.08, 2.5, { at: [0, 0.04, 0] }));
  // Yoke plinth.
  add(COLORS.dark, cylinder(lod, YOKE_R - 0.05, YOKE_R - 0.05, 0.14, { at: at(0.15) }, 'fine'));

  // Magnet yoke: two halves meeting at the median plane.
  add(COLORS.yoke, cylinder(lod, YOKE_R, YOKE_R, 0.53, { at: at(BASE_TOP + 0.265) }, 'fine'));
  add(COLORS.yoke, cylinder(lod, YOKE_R, YOKE_R, 0.53, { at: at(GAP_Y + 0.02 + 0.265) }, 'fine'));
  add(COLORS.copper, cylinder(lod, YOKE_R - 0.03, YOKE_R - 0.03, 0.04, { at: at(GAP_Y + 0.01) }, 'fine'));

  // Control cabinet to the left, its front turned to the visitor.
  add(COLORS.cabinet, roundedBox(lod, 0.72, 1.95, 0.5, 0.03, { at: [CAB_X, 0.08 + 0.975, CAB_Z] }));

  if (lod === 2) return parts;

  const segments = byLod(lod, [48, 14, 6]);
  // Raised rims on the halves (the pole-cap edges) and the lid.
  add(COLORS.yoke, ring(segments, YOKE_R + 0.03, YOKE_R - 0.02, 0.05, { at: at(GAP_Y + 0.55 - 0.03) }));
  add(COLORS.yoke, ring(segments, YOKE_R + 0.03, YOKE_R - 0.02, 0.05, { at: at(BASE_TOP + 0.03) }));

  // Hydraulic lift jacks on four sides of the yoke.
  const jacks = around(4, (deg) => deg, 45);
  for (const angle of jacks) {
    const [x, , z] = polar(YOKE_R + 0.08, angle);
    add(COLORS.steel, cylinder(lod, 0.06, 0.06, LID - BASE_TOP, { at: [yx + x, (LID + BASE_TOP) / 2, yz + z] }, 'coarse'));
    if (lod === 0) add(COLORS.dark, box(0.14, 0.12, 0.14, { at: [yx + x, LID - 0.02, yz + z], rotateDeg: [0, angle, 0] }));
  }

  // On the lid: vacuum pump, RF cavity stems, the RF feed rising to the cabinet.
  const lid = LID;
  add(COLORS.steel, cylinder(lod, 0.16, 0.16, 0.3, { at: [yx + 0.25, lid + 0.15, yz + 0.2] }, 'coarse'));
  add(COLORS.dark, cylinder(lod, 0.18, 0.18, 0.05, { at: [yx + 0.25, lid + 0.32, yz + 0.2] }, 'coarse'));
  for (const dz of [-0.3, -0.08]) add(COLORS.copper, cylinder(lod, 0.07, 0.07, 0.18, { at: [yx - 0.3, lid + 0.09, yz + dz] }, 'coarse'));
  if (lod === 0) {
    add(
      COLORS.copper,
      sweep(
        [
          [yx - 0.3, lid + 0.16, yz - 0.19],
          [yx - 0.35, lid + 0.45, yz - 0.3],
          [CAB_X + 0.2, 2.03 + 0.12, CAB_Z - 0.05],
          [CAB_X + 0.1, 2.03, CAB_Z - 0.05],
        ],
        0.05,
        8,
        20,
      ),
    );
  }

  // Beamline: out of the median plane to the front right, through a valve, into the target station.
  const exit = 22;
  const start = polar(YOKE_R, exit, GAP_Y);
  const end = polar(YOKE_R + 0.42, exit, GAP_Y);
  add(COLORS.steel, rod([yx + start[0], GAP_Y, yz + start[2]], [yx + end[0], GAP_Y, yz + end[2]], 0.06, byLod(lod, [12, 6, 4])));
  add(COLORS.steel, rod([yx + start[0], GAP_Y, yz + start[2]], [yx + start[0] * 1.06, GAP_Y, yz + start[2] * 1.06], 0.11, byLod(lod, [12, 6, 4])));
  const station = polar(YOKE_R + 0.55, exit);
  add(COLORS.steel, box(0.3, 0.42, 0.36, { at: [yx + station[0], GAP_Y - 0.04, yz + station[2]], rotateDeg: [0, exit, 0] }));
  add(COLORS.dark, box(0.22, 0.56, 0.28, { at: [yx + station[0], 0.08 + 0.28, yz + station[2]], rotateDeg: [0, exit, 0] }));
  if (lod === 0) {
    // Target holders on the station's face and radiation warning plates.
    for (const dy of [-0.12, 0, 0.12]) {
      const face = polar(YOKE_R + 0.72, exit);
      add(COLORS.copper, rod([yx + face[0], GAP_Y - 0.04 + dy, yz + face[2]], [yx + face[0] * 1.08, GAP_Y - 0.04 + dy, yz + face[2] * 1.08], 0.035, 8));
    }
    const plate = polar(YOKE_R + 0.005, 0, GAP_Y + 0.3);
    add(COLORS.warning, box(0.18, 0.18, 0.01, { at: [yx + plate[0], plate[1], yz + plate[2]] }));
    add(COLORS.warning, box(0.2, 0.2, 0.01, { at: [CAB_X, 1.75, CAB_FRONT + 0.005] }));
  }

  // Cabinet front: screen, keyboard shelf, door seam.
  add(COLORS.dark, box(0.5, 0.34, 0.02, { at: [CAB_X, 1.35, CAB_FRONT] }));
  add(COLORS.dark, box(0.6, 0.03, 0.16, { at: [CAB_X, 1.0, CAB_FRONT + 0.07] }));
  if (lod === 0) add(COLORS.dark, box(0.01, 0.7, 0.015, { at: [CAB_X, 0.5, CAB_FRONT] }));
  return parts;
}

export const medicalCyclotron: ModelGenerator = {
  name: 'medical-cyclotron',
  title: 'Compact medical cyclotron for PET isotopes (Jiuyiyuan)',
  material: { metallic: 0.25, roughness: 0.5 },
  build,
};
