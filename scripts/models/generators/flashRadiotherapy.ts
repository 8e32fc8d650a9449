/**
 * A FLASH radiotherapy machine (Mianyang Zhongjiu Flash Medical Technology) shown as a medical
 * linac: the drive stand (base cabinet) with the gantry disc turning about a horizontal axis, the
 * C-arm reaching over the isocentre with the treatment head and its collimator pointing down, the
 * portal imager arm below, kV imaging arms at the sides, and the patient couch on its pedestal.
 * The gantry's rotation axis runs along x so the classic side view faces the visitor.
 */
import { box, byLod, cylinder, roundedBox } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { ring } from './scienceParts';

const COLORS = {
  shell: '#f2f4f6', // white covers
  grey: '#c8cfd6', // trim, floor plate
  dark: '#2b3440', // collimator face, imager panels, couch top
  accent: '#2f7fc1', // the manufacturer's blue light ring and stripes
  pad: '#3a4a5e', // couch mattress
};

const ISO: [number, number, number] = [0.1, 1.2, 0]; // isocentre, where the beams cross
const DISC_X = -0.72; // gantry disc centre along the axis

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });
  const [ix, iy] = ISO;
  const axis = { rotateDeg: [0, 0, 90] as [number, number, number] }; // turns a y-axis cylinder onto x

  // Floor plate.
  add(COLORS.grey, box(3.0, 0.04, 2.3, { at: [0, 0.02, 0] }));
  // Drive stand / base cabinet behind the gantry.
  add(COLORS.shell, roundedBox(lod, 0.7, 2.05, 1.35, 0.06, { at: [-1.13, 0.04 + 1.025, 0] }));
  // Gantry disc.
  add(COLORS.shell, cylinder(lod, 1.02, 1.02, 0.32, { at: [DISC_X, iy, 0], ...axis }, 'fine'));
  // C-arm: over the top to the treatment head, and the imager arm below.
  add(COLORS.shell, roundedBox(lod, 1.05, 0.42, 0.62, 0.08, { at: [DISC_X + 0.52, iy + 0.92, 0] }));
  add(COLORS.shell, roundedBox(lod, 0.52, 0.5, 0.58, 0.08, { at: [ix, iy + 0.78, 0] }));
  // Couch: tabletop on a lifting column and foot.
  add(COLORS.dark, box(2.05, 0.06, 0.52, { at: [0.42, iy - 0.2, 0] }));
  add(COLORS.shell, box(0.42, iy - 0.3, 0.5, { at: [1.05, 0.04 + (iy - 0.3) / 2, 0] }));
  if (lod === 2) return parts;

  const segments = byLod(lod, [32, 12, 6]);
  // Light ring and trim on the gantry face.
  add(COLORS.accent, ring(segments, 0.86, 0.8, 0.02, { at: [DISC_X + 0.165, iy, 0], ...axis }));
  add(COLORS.grey, cylinder(lod, 0.3, 0.3, 0.03, { at: [DISC_X + 0.17, iy, 0], ...axis }, 'normal'));
  // Collimator under the head, its dark face over the isocentre.
  add(COLORS.grey, cylinder(lod, 0.22, 0.24, 0.12, { at: [ix, iy + 0.47, 0] }, 'normal'));
  add(COLORS.dark, cylinder(lod, 0.2, 0.2, 0.02, { at: [ix, iy + 0.405, 0] }, 'normal'));
  // Portal imager arm and panel below the couch.
  add(COLORS.grey, box(0.9, 0.1, 0.22, { at: [DISC_X + 0.55, iy - 0.82, 0] }));
  add(COLORS.dark, box(0.5, 0.06, 0.5, { at: [ix, iy - 0.75, 0] }));
  // Mattress, and the couch foot.
  add(COLORS.pad, box(1.7, 0.05, 0.46, { at: [0.5, iy - 0.145, 0] }));
  add(COLORS.grey, box(0.8, 0.08, 0.62, { at: [1.05, 0.08, 0] }));
  // Blue stripe down the stand's front.
  add(COLORS.accent, box(0.05, 1.5, 0.02, { at: [-1.33, 1.0, 0.68] }));

  if (lod === 0) {
    // kV imaging: source and flat panel on arms at either side of the isocentre.
    add(COLORS.grey, box(0.7, 0.06, 0.06, { at: [DISC_X + 0.5, iy, 0.9] }));
    add(COLORS.grey, box(0.7, 0.06, 0.06, { at: [DISC_X + 0.5, iy, -0.9] }));
    add(COLORS.shell, roundedBox(lod, 0.26, 0.26, 0.2, 0.04, { at: [ix, iy, 0.9] }));
    add(COLORS.dark, box(0.42, 0.42, 0.1, { at: [ix, iy, -0.9] }));
    // Hand controls and a screen on the couch side.
    add(COLORS.dark, box(0.3, 0.18, 0.03, { at: [1.05, 0.75, 0.27] }));
    // Status display on the stand's front.
    add(COLORS.dark, box(0.3, 0.2, 0.02, { at: [-1.1, 1.7, 0.68] }));
  }
  return parts;
}

export const flashRadiotherapy: ModelGenerator = {
  name: 'flash-radiotherapy',
  title: 'FLASH radiotherapy linac model (Zhongjiu Flash Medical)',
  material: { metallic: 0.1, roughness: 0.45 },
  build,
};
