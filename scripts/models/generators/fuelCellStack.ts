/**
 * A hydrogen PEM fuel-cell stack on a small bench frame: dozens of thin cells (dark graphite
 * bipolar plates with blue membrane/gasket edges) clamped between two thick aluminium end plates
 * by tie rods with nuts, copper current-collector plates with terminal tabs, and the manifold
 * pipes leaving one end plate: yellow hydrogen, steel air and green coolant, in and out.
 */
import { box, byLod, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { sweep, type Vec3 } from './scienceParts';

const COLORS = {
  frame: '#4b5563', // bench frame
  endPlate: '#c5ccd3', // aluminium end plates, air pipes, tie rods
  copper: '#c07a4a', // current collectors
  graphite: '#2f3338', // bipolar plates
  membrane: '#3f8fbf', // membrane/gasket edges (the exhibit's colour)
  hydrogen: '#e0b040', // hydrogen lines
  coolant: '#4caf50', // coolant lines
};

const FRAME_TOP = 0.4;
const AXIS_Y = FRAME_TOP + 0.04 + 0.25; // stack centre height (end plates rest on the frame)
const CELL_H = 0.42; // cell plate height and depth
const STACK_HALF = 0.36; // half length of the cell block along x
const END_X = STACK_HALF + 0.045; // end plate centres

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });

  // Bench frame: top plate on four legs, and a lower shelf with the stack's controller (cell-voltage
  // monitor and DC/DC converter) on it.
  add(COLORS.frame, box(1.0, 0.04, 0.76, { at: [0, FRAME_TOP + 0.02, 0] }));
  for (const [x, z] of [
    [-0.46, -0.34],
    [0.46, -0.34],
    [0.46, 0.34],
    [-0.46, 0.34],
  ] as const) {
    add(COLORS.frame, box(0.05, FRAME_TOP, 0.05, { at: [x, FRAME_TOP / 2, z] }));
  }
  add(COLORS.frame, box(0.92, 0.02, 0.68, { at: [0, 0.1, 0] }));
  if (lod < 2) add(COLORS.endPlate, box(0.4, 0.18, 0.3, { at: [-0.15, 0.2, 0] }));
  if (lod === 0) add(COLORS.membrane, box(0.12, 0.06, 0.005, { at: [-0.25, 0.22, 0.1525] }));

  // End plates.
  for (const side of [-1, 1]) add(COLORS.endPlate, box(0.06, 0.5, 0.5, { at: [side * END_X, AXIS_Y, 0] }));

  if (lod === 2) {
    // Silhouette: the cell block in its gasket blue, the colour it reads as from afar.
    add(COLORS.membrane, box(2 * STACK_HALF, CELL_H, CELL_H, { at: [0, AXIS_Y, 0] }));
    return parts;
  }

  // The cells: alternating graphite plates and blue gasket layers. Level 1 keeps a band every
  // fourth cell so the stripes still read.
  const cells = byLod(lod, [36, 9, 1]);
  const pitch = (2 * STACK_HALF - 0.04) / cells;
  const startX = -STACK_HALF + 0.02;
  for (let i = 0; i < cells; i += 1) {
    const x = startX + (i + 0.5) * pitch;
    add(COLORS.graphite, box(pitch * 0.7, CELL_H, CELL_H, { at: [x - pitch * 0.15, AXIS_Y, 0] }));
    add(COLORS.membrane, box(pitch * 0.3, CELL_H + 0.01, CELL_H + 0.01, { at: [x + pitch * 0.35, AXIS_Y, 0] }));
  }
  // Copper current collectors with terminal tabs rising above the stack.
  for (const side of [-1, 1]) {
    add(COLORS.copper, box(0.02, CELL_H + 0.02, CELL_H + 0.02, { at: [side * (STACK_HALF - 0.01), AXIS_Y, 0] }));
    add(COLORS.copper, box(0.02, 0.12, 0.08, { at: [side * (STACK_HALF - 0.01), AXIS_Y + CELL_H / 2 + 0.06, 0.12] }));
  }

  // Tie rods along the corners, through both end plates, with nuts.
  for (const [y, z] of [
    [0.225, 0.225],
    [-0.225, 0.225],
    [0.225, -0.225],
    [-0.225, -0.225],
    [0.225, 0],
    [-0.225, 0],
  ] as const) {
    if (lod === 1 && z === 0) continue;
    add(COLORS.endPlate, cylinder(lod, 0.012, 0.012, 2 * END_X + 0.12, { at: [0, AXIS_Y + y, z], rotateDeg: [0, 0, 90] }, 'coarse'));
    if (lod === 0) {
      for (const side of [-1, 1]) {
        add(COLORS.frame, cylinder(lod, 0.024, 0.024, 0.025, { at: [side * (END_X + 0.045), AXIS_Y + y, z], rotateDeg: [0, 0, 90] }, 'coarse'));
      }
    }
  }

  // Manifold pipes from the +x end plate: out, then down to the frame and back along it.
  const pipes: [string, number, number][] = [
    [COLORS.hydrogen, 0.14, 0.13],
    [COLORS.hydrogen, -0.14, -0.13],
    [COLORS.endPlate, 0.14, -0.13],
    [COLORS.endPlate, -0.14, 0.13],
    [COLORS.coolant, 0.0, 0.15],
    [COLORS.coolant, 0.0, -0.15],
  ];
  const px = END_X + 0.03;
  for (const [color, y, z] of pipes) {
    const out = 0.1 + (y + 0.14) * 0.25;
    const path: Vec3[] = [
      [px, AXIS_Y + y, z],
      [px + out, AXIS_Y + y, z],
      [px + out + 0.04, AXIS_Y + y - 0.06, z],
      [px + out + 0.05, FRAME_TOP, z * 1.6],
      [px + out + 0.05, 0.03, z * 1.8],
    ];
    if (lod === 0) add(color, sweep(path, 0.018, 8, 20));
    else add(color, sweep(path, 0.022, 4, 6));
    // Flanged fitting at the end plate.
    if (lod === 0) add(COLORS.frame, cylinder(lod, 0.03, 0.03, 0.03, { at: [px + 0.015, AXIS_Y + y, z], rotateDeg: [0, 0, 90] }, 'coarse'));
  }
  return parts;
}

export const fuelCellStack: ModelGenerator = {
  name: 'fuel-cell-stack',
  title: 'Hydrogen fuel-cell stack on a bench frame',
  material: { metallic: 0.3, roughness: 0.45 },
  build,
};
