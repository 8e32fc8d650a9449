/**
 * China's first domestic F-class 50 MW heavy-duty gas turbine on its skid. The casing is one solid
 * of revolution along x whose diameter follows the machine: the compressor narrowing towards the
 * combustor, the combustor wrapper with a ring of combustion cans leaning upstream, the turbine
 * widening again, and the exhaust diffuser cone. The inlet plenum (air comes in from above) sits on
 * the cold end, the exhaust collector on the hot end; flanges mark the casing joints, a horizontal
 * split flange runs along the side, and a yellow fuel-gas manifold feeds the cans.
 */
import { box, byLod, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { extrude, polar, revolve, ring, rod, sweep, type Vec2, type Vec3 } from './scienceParts';

const COLORS = {
  skid: '#2f3a45', // base frame
  casing: '#a0a7ad', // cold casing
  hot: '#8d7b68', // heat-tinted turbine and exhaust casing
  flange: '#6b737b', // flanges, supports
  inlet: '#d5dade', // inlet plenum and exhaust collector cladding
  fuel: '#e0b040', // fuel-gas piping
  can: '#c4c9ce', // combustion cans
};

const AXIS_Y = 2.05; // shaft centreline height
const SKID_TOP = 0.45;

/** A casing profile [radius, x] revolved about the x axis (the lathe's y axis turned onto x). */
function casing(segments: number, profile: readonly Vec2[]) {
  return revolve(segments, profile, { at: [0, AXIS_Y, 0], rotateDeg: [0, 0, -90] });
}

/** A ring round the shaft axis at position x (a flange). */
function flange(segments: number, x: number, rOuter: number, rInner: number, width: number) {
  return ring(segments, rOuter, rInner, width, { at: [x, AXIS_Y, 0], rotateDeg: [0, 0, -90] });
}

/** A point at radius r and angle (0° is up) around the shaft, at axial position x. */
function aroundShaft(x: number, r: number, angleDeg: number): Vec3 {
  const [sz, , sy] = polar(r, angleDeg);
  return [x, AXIS_Y + sy, sz];
}

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });
  const segments = byLod(lod, [40, 12, 6]);

  // Skid: a deck on two long main beams.
  add(COLORS.skid, box(9.0, 0.16, 3.0, { at: [0, SKID_TOP - 0.08, 0] }));
  add(COLORS.skid, box(9.0, 0.3, 0.3, { at: [0, 0.15, 1.3] }));
  add(COLORS.skid, box(9.0, 0.3, 0.3, { at: [0, 0.15, -1.3] }));

  // Inlet plenum with its upward-facing intake duct.
  add(COLORS.inlet, box(1.25, 3.0, 3.2, { at: [-3.9, SKID_TOP + 1.5, 0] }));
  add(
    COLORS.inlet,
    extrude(
      [
        [-4.5, SKID_TOP + 3.0],
        [-3.3, SKID_TOP + 3.0],
        [-3.5, 4.0],
        [-4.35, 4.0],
      ],
      2.6,
    ),
  );
  // Exhaust collector at the hot end.
  add(COLORS.inlet, box(0.9, 3.1, 3.4, { at: [4.05, SKID_TOP + 1.55, 0] }));

  if (lod === 2) {
    add(COLORS.casing, casing(segments, [[0, -3.3], [1.0, -3.3], [0.8, -0.6], [1.2, -0.6], [1.2, 0.7], [1.05, 0.8], [1.55, 3.6], [0, 3.6]]));
    return parts;
  }

  // The casing: compressor (narrowing), combustor wrapper, turbine (widening), exhaust diffuser.
  add(
    COLORS.casing,
    casing(segments, [
      [0, -3.3],
      [1.0, -3.3],
      [0.96, -2.4],
      [0.86, -1.4],
      [0.8, -0.6],
      [1.15, -0.6],
      [1.2, -0.4],
      [1.2, 0.5],
      [1.15, 0.7],
      [0, 0.7],
    ]),
  );
  add(
    COLORS.hot,
    casing(segments, [
      [0, 0.7],
      [1.02, 0.7],
      [1.12, 1.4],
      [1.18, 2.0],
      [1.32, 2.5],
      [1.5, 3.2],
      [1.55, 3.62],
      [0, 3.62],
    ]),
  );
  // Joint flanges.
  for (const [x, r] of [
    [-3.2, 1.06],
    [-2.4, 1.02],
    [-1.4, 0.93],
    [-0.6, 1.2],
    [0.72, 1.25],
    [1.4, 1.18],
    [2.0, 1.24],
    [3.55, 1.6],
  ] as const) {
    add(COLORS.flange, flange(segments, x, r + 0.05, r - 0.1, 0.08));
  }
  // Horizontal split flange along both sides of the compressor and turbine.
  for (const side of [1, -1]) {
    add(COLORS.flange, box(3.9, 0.08, 0.12, { at: [-1.45, AXIS_Y, side * 0.93] }));
    add(COLORS.flange, box(1.3, 0.08, 0.12, { at: [1.35, AXIS_Y, side * 1.18] }));
  }

  // Supports from the skid to the casing, at the compressor and the exhaust end.
  add(COLORS.flange, box(0.35, AXIS_Y - 0.9 - SKID_TOP, 1.4, { at: [-2.8, (AXIS_Y - 0.9 + SKID_TOP) / 2, 0] }));
  add(COLORS.flange, box(0.35, AXIS_Y - 1.1 - SKID_TOP, 1.8, { at: [2.9, (AXIS_Y - 1.1 + SKID_TOP) / 2, 0] }));

  // Combustion cans: twelve around the wrapper, leaning upstream, each with an end cover.
  const cans = 12;
  const canSegments = byLod(lod, [14, 6, 4]);
  for (let i = 0; i < cans; i += 1) {
    const angle = (360 * i) / cans + 15;
    const inner = aroundShaft(0.25, 1.05, angle);
    const outer = aroundShaft(-0.3, 1.55, angle);
    add(COLORS.can, rod(inner, outer, 0.15, canSegments));
    if (lod === 0) {
      const cover = aroundShaft(-0.34, 1.61, angle);
      add(COLORS.flange, rod(outer, cover, 0.19, canSegments));
      // Fuel-gas pigtail from the manifold to the end cover.
      add(COLORS.fuel, sweep([aroundShaft(-0.75, 1.5, angle), aroundShaft(-0.6, 1.72, angle), aroundShaft(-0.42, 1.68, angle)], 0.025, 5, 6));
    }
  }
  if (lod === 0) {
    // Fuel-gas manifold ring round the compressor discharge, and its feed from the skid.
    const manifold: Vec3[] = Array.from({ length: 24 }, (_, i) => aroundShaft(-0.75, 1.5, i * 15));
    add(COLORS.fuel, sweep(manifold, 0.05, 8, 48, { closed: true }));
    add(COLORS.fuel, sweep([[-0.75, SKID_TOP, 1.2], [-0.75, 0.9, 1.2], [-0.75, 1.3, 1.05], aroundShaft(-0.75, 1.5, 125)], 0.06, 8, 14));
    // Compressor bleed pipes to the exhaust.
    for (const side of [1, -1]) {
      add(
        COLORS.casing,
        sweep(
          [
            [-1.6, AXIS_Y + 0.85, side * 0.2],
            [-1.5, AXIS_Y + 1.15, side * 0.45],
            [1.0, AXIS_Y + 1.35, side * 0.55],
            [2.4, AXIS_Y + 1.3, side * 0.5],
            [2.6, AXIS_Y + 1.15, side * 0.35],
          ],
          0.07,
          8,
          24,
        ),
      );
    }
    // Exhaust collector outlet flange on top, and the inlet duct's mouth.
    add(COLORS.flange, box(0.75, 0.06, 2.6, { at: [4.05, SKID_TOP + 3.13, 0] }));
    add(COLORS.flange, box(0.8, 0.04, 2.5, { at: [-3.92, 4.02, 0] }));
    // Shaft coupling guard out of the cold end, towards the generator.
    add(COLORS.flange, cylinder(lod, 0.3, 0.3, 0.12, { at: [-4.56, AXIS_Y, 0], rotateDeg: [0, 0, 90] }, 'normal'));
  }
  return parts;
}

export const gasTurbine: ModelGenerator = {
  name: 'gas-turbine',
  title: 'F-class 50 MW heavy-duty gas turbine',
  material: { metallic: 0.3, roughness: 0.5 },
  build,
};
