/**
 * A semiconductor showcase: a teal pedestal whose top is a green circuit board with gold traces,
 * carrying a few chip packages (a large BGA, two QFPs with pins on four sides, a DIP), and behind
 * them a 300 mm-class wafer standing in a cradle, tilted back, its face a checkerboard of dies in
 * two iridescent tones. The die grid is what makes the disc a wafer: LOD1 draws it as grid lines,
 * LOD2 leaves a plain disc.
 */
import type { BufferGeometry } from 'three';
import { box, cylinder, roundedBox } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { part, softBox } from './furnitureParts';

const PEDESTAL = '#3d7a6a';
const BOARD = '#1f6b4a';
const GOLD = '#d4af37';
const PACKAGE = '#1c1d21';
const PIN = '#c0c4c8';
const WAFER = '#a9b4d0';
const DIE_A = '#7d8fc4';
const DIE_B = '#c7b8e6';

const TOP_Y = 0.8;
/** Pedestal front face; front details stand up to 5 mm proud, within the catalogue's 0.6 m. */
const FRONT = 0.295;
const BOARD_T = 0.02;
const DECK = TOP_Y + BOARD_T;
const WAFER_R = 0.21;
const WAFER_T = 0.01;
const WAFER_Y = 1.3 - WAFER_R - 0.005;
const WAFER_Z = -0.12;
const WAFER_TILT = -10;

/** Places a part given in the wafer's own frame (disc in x-y, face +z) on the tilted wafer. */
function onWafer(geometry: BufferGeometry): BufferGeometry {
  return geometry.rotateX((WAFER_TILT * Math.PI) / 180).translate(0, WAFER_Y, WAFER_Z);
}

/** The die checkerboard: every die cell wholly inside the usable disc, alternating tones. */
function dies(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const face = WAFER_T / 2 + 0.0015;
  if (lod === 1) {
    // Grid lines (the scribe streets) stand for the dies.
    const pitch = 0.05;
    for (let k = -3; k <= 3; k += 1) {
      const offset = k * pitch;
      const half = Math.sqrt(WAFER_R * WAFER_R - offset * offset) - 0.015;
      parts.push(part(onWafer(box(2 * half, 0.004, 0.003, { at: [0, offset, face] })), DIE_A));
      parts.push(part(onWafer(box(0.004, 2 * half, 0.003, { at: [offset, 0, face] })), DIE_A));
    }
    return parts;
  }
  const pitch = 0.034;
  const size = 0.03;
  const usable = WAFER_R - 0.012;
  for (let row = -6; row <= 6; row += 1) {
    for (let column = -6; column <= 6; column += 1) {
      const x = column * pitch;
      const y = row * pitch;
      // Keep a cell only if its farthest corner is on the disc.
      if (Math.hypot(Math.abs(x) + size / 2, Math.abs(y) + size / 2) > usable) continue;
      parts.push(part(onWafer(box(size, size, 0.002, { at: [x, y, face] })), (row + column) % 2 === 0 ? DIE_A : DIE_B));
    }
  }
  return parts;
}

/** A flat chip package with `pinsPerSide` pins on the given sides (x sides, and z sides if quad). */
function chip(lod: LodLevel, at: [number, number], width: number, depth: number, height: number, pinsPerSide: number, quad: boolean): ModelPart[] {
  const [x, z] = at;
  const parts: ModelPart[] = [part(box(width, height, depth, { at: [x, DECK + 0.004 + height / 2, z] }), PACKAGE)];
  if (lod === 2 || pinsPerSide === 0) return parts;
  if (lod === 1) {
    // One silver slab under the body stands for the pin rows.
    parts.push(part(box(width + 0.016, 0.004, quad ? depth + 0.016 : depth - 0.01, { at: [x, DECK + 0.002, z] }), PIN));
    return parts;
  }
  const pitch = (depth - 0.012) / (pinsPerSide - 1);
  for (let pin = 0; pin < pinsPerSide; pin += 1) {
    const along = -depth / 2 + 0.006 + pin * pitch;
    for (const side of [-1, 1]) {
      parts.push(part(box(0.014, 0.004, 0.004, { at: [x + side * (width / 2 + 0.005), DECK + 0.004, z + along] }), PIN));
      if (quad) parts.push(part(box(0.004, 0.004, 0.014, { at: [x + along * (width / depth), DECK + 0.004, z + side * (depth / 2 + 0.005)] }), PIN));
    }
  }
  return parts;
}

export const chipShowcase: ModelGenerator = {
  name: 'chip-showcase',
  title: 'Semiconductor chip showcase',
  // Lacquered pedestal, silicon and metal pins: a little metal, fairly smooth.
  material: { metallic: 0.3, roughness: 0.35 },
  build(lod) {
    const parts: ModelPart[] = [
      part(roundedBox(lod, 1.0, TOP_Y, 2 * FRONT, 0.025, { at: [0, TOP_Y / 2, 0] }), PEDESTAL),
      part(box(0.96, BOARD_T, 0.56, { at: [0, TOP_Y + BOARD_T / 2, 0] }), BOARD),
      part(onWafer(cylinder(lod, WAFER_R, WAFER_R, WAFER_T, { rotateDeg: [90, 0, 0] }, 'fine')), WAFER),
      // Cradle: a block the wafer's lower edge sits in.
      part(softBox(lod, 0.26, 0.06, 0.08, 0.01, { at: [0, DECK + 0.03, WAFER_Z + 0.015] }), PACKAGE),
      ...chip(lod, [-0.25, 0.12], 0.14, 0.14, 0.016, 0, false),
      ...chip(lod, [0.06, 0.15], 0.09, 0.09, 0.012, 7, true),
      ...chip(lod, [0.3, 0.06], 0.07, 0.07, 0.012, 5, true),
      ...chip(lod, [0.3, 0.2], 0.05, 0.14, 0.018, 7, false),
      ...(lod === 2 ? [] : dies(lod)),
    ];
    if (lod < 2) {
      // The pedestal's light band.
      parts.push(part(box(1.0 - 0.05, 0.03, 0.006, { at: [0, TOP_Y - 0.08, FRONT + 0.002] }), GOLD));
    }
    if (lod === 0) {
      // Gold traces between the packages, and a chip icon on the pedestal front.
      const traces: [number, number, number, number][] = [
        [-0.17, 0.12, 0.12, 0.004],
        [0.18, 0.15, 0.18, 0.004],
        [-0.25, 0.22, 0.004, 0.06],
        [0.3, -0.02, 0.004, 0.1],
        [-0.05, -0.05, 0.3, 0.004],
        [-0.2, -0.15, 0.004, 0.2],
        [0.2, -0.18, 0.25, 0.004],
        [-0.38, 0.0, 0.004, 0.3],
        [0.42, 0.05, 0.004, 0.3],
      ];
      for (const [x, z, w, d] of traces) parts.push(part(box(w, 0.002, d, { at: [x, DECK + 0.001, z] }), GOLD));
      for (const [x, z] of [
        [-0.38, -0.15],
        [0.42, -0.1],
        [-0.2, -0.25],
        [0.32, -0.18],
      ] as const) {
        parts.push(part(cylinder(lod, 0.012, 0.012, 0.003, { at: [x, DECK + 0.0015, z] }, 'coarse'), GOLD));
      }
      parts.push(part(box(0.12, 0.12, 0.006, { at: [0, 0.42, FRONT + 0.002] }), PACKAGE));
      for (let pin = 0; pin < 3; pin += 1) {
        for (const side of [-1, 1]) {
          parts.push(part(box(0.03, 0.012, 0.004, { at: [side * 0.075, 0.385 + pin * 0.035, FRONT + 0.002] }), PIN));
          parts.push(part(box(0.012, 0.03, 0.004, { at: [-0.035 + pin * 0.035, 0.42 + side * 0.075, FRONT + 0.002] }), PIN));
        }
      }
    }
    return parts;
  },
};
