/**
 * HL-2M tokamak, the "artificial sun" (人造太阳) of the Southwestern Institute of Physics, as an expo
 * cutaway: a D-section torus vacuum vessel with a wedge cut out facing the visitor so the pink
 * plasma ring and the dark first wall show inside, 20 D-shaped copper toroidal-field coils, the
 * central solenoid, poloidal-field rings above and below, midplane and top ports with diagnostic
 * ducts, gravity-support legs and a round platform.
 */
import { box, byLod, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { around, extrude, polar, revolve, ring, rod, sweep, type Vec2, type Vec3 } from './scienceParts';

const COLORS = {
  vessel: '#b9c1c9', // stainless steel vacuum vessel
  firstWall: '#3b4048', // graphite/tungsten tiles lining the inside
  plasma: '#e45ad6', // the glowing plasma column
  coil: '#b8733a', // copper TF coils
  pfCoil: '#3f6e9e', // insulated PF coil windings
  solenoid: '#2e4a68', // central solenoid
  port: '#d3d8dd', // ports, flanges, ducts
  base: '#4b5563', // platform and supports
};

/** Torus centre height and the vessel's D section (HL-2M: R 1.78 m, a 0.65 m, elongated, triangular). */
const YC = 2.2;
const R0 = 1.6;
const CUT_HALF_DEG = 42; // half-width of the cutaway wedge, centred on +z (the front)

/** A plasma-shaped D: R = R0 + a·cos(θ + δ·sin θ), Z = κ·a·sin θ, counter-clockwise from the outer midplane. */
function dSection(a: number, kappa: number, delta: number, count: number): Vec2[] {
  const points = Array.from({ length: count }, (_, i) => {
    const theta = (i / count) * Math.PI * 2;
    return [R0 + a * Math.cos(theta + delta * Math.sin(theta)), YC + kappa * a * Math.sin(theta)] as Vec2;
  });
  return [...points, points[0] as Vec2];
}

/** One TF coil's D outline in the (R, y) plane: straight inner leg, half-ellipse outer limb. */
function coilOutline(inset: number, count: number): Vec2[] {
  const rIn = 0.78 + inset;
  const w = 1.82 - 2 * inset;
  const h = 1.45 - inset;
  return Array.from({ length: count + 1 }, (_, i) => {
    const theta = -Math.PI / 2 + (i / count) * Math.PI;
    return [rIn + w * Math.cos(theta), YC + h * Math.sin(theta)] as Vec2;
  });
}

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });
  const segments = byLod(lod, [48, 16, 8]);
  const dCount = byLod(lod, [24, 12, 8]);

  // Round platform the machine stands on.
  add(COLORS.base, cylinder(lod, 2.95, 3.0, 0.25, { at: [0, 0.125, 0] }, 'fine'));

  if (lod === 2) {
    // Silhouette: a closed torus, ten coils, the solenoid.
    add(COLORS.vessel, revolve(segments, dSection(0.62, 1.6, 0.4, dCount)));
    for (const angle of around(10, (deg) => deg, 9)) {
      add(COLORS.coil, extrude([...coilOutline(0, 3)], 0.2, { rotateDeg: [0, angle - 90, 0] }, [coilOutline(0.18, 3)]));
    }
    add(COLORS.solenoid, cylinder(lod, 0.5, 0.5, 3.2, { at: [0, 2.2, 0] }));
    return parts;
  }

  // Vacuum vessel: outer skin and the dark first wall inside, both cut back to leave the front wedge open.
  const phi = { phiStartDeg: CUT_HALF_DEG, phiLengthDeg: 360 - 2 * CUT_HALF_DEG };
  const wedgeSegments = Math.round((segments * (360 - 2 * CUT_HALF_DEG)) / 360);
  const outer = dSection(0.62, 1.6, 0.4, dCount);
  const inner = dSection(0.55, 1.6, 0.4, dCount);
  add(COLORS.vessel, revolve(wedgeSegments, outer, {}, phi));
  add(COLORS.firstWall, revolve(wedgeSegments, [...inner].reverse(), {}, phi));
  // The cut faces of the wall: a thin D-shaped annulus closing each side of the wedge.
  for (const side of [CUT_HALF_DEG, -CUT_HALF_DEG]) {
    add(COLORS.vessel, extrude(outer.slice(0, -1), 0.02, { rotateDeg: [0, side - 90, 0] }, [inner.slice(0, -1)]));
  }
  // The plasma ring, whole, seen through the cut.
  add(COLORS.plasma, revolve(segments, dSection(0.36, 1.7, 0.35, byLod(lod, [18, 10, 6]))));

  // 20 toroidal-field coils, except those that would cover the cutaway.
  const coilCount = byLod(lod, [14, 5, 3]);
  for (const angle of around(20, (deg) => deg, 9)) {
    const wrapped = ((angle + 180) % 360) - 180;
    if (Math.abs(wrapped) < CUT_HALF_DEG + 8) continue;
    add(COLORS.coil, extrude(coilOutline(0, coilCount), 0.16, { rotateDeg: [0, angle - 90, 0] }, [coilOutline(0.16, coilCount)]));
    // Gravity support leg under each coil.
    add(COLORS.base, box(0.14, 0.72, 0.22, { at: polar(1.75, angle, 0.6), rotateDeg: [0, angle, 0] }));
  }

  // Central solenoid in the hole of the torus, with a top clamp plate.
  add(COLORS.solenoid, cylinder(lod, 0.5, 0.5, 3.3, { at: [0, 2.2, 0] }, 'normal'));
  add(COLORS.base, cylinder(lod, 0.62, 0.62, 0.12, { at: [0, 3.9, 0] }, 'normal'));
  add(COLORS.base, cylinder(lod, 0.62, 0.62, 0.5, { at: [0, 0.5, 0] }, 'normal'));

  // Poloidal-field coils: rectangular-section rings above and below the vessel.
  for (const sign of [1, -1]) {
    add(COLORS.pfCoil, ring(segments, 1.62, 1.38, 0.14, { at: [0, YC + sign * 1.62, 0] }));
    add(COLORS.pfCoil, ring(segments, 2.48, 2.3, 0.12, { at: [0, YC + sign * 0.98, 0] }));
  }

  // Midplane ports between the coils, flanged, and vertical ports on top.
  const portSegments = byLod(lod, [16, 6, 4]);
  for (const angle of around(10, (deg) => deg, 18)) {
    const wrapped = ((angle + 180) % 360) - 180;
    if (Math.abs(wrapped) < CUT_HALF_DEG + 6) continue;
    add(COLORS.port, rod(polar(1.95, angle, YC), polar(2.95, angle, YC), 0.17, portSegments));
    add(COLORS.port, rod(polar(2.95, angle, YC), polar(3.03, angle, YC), 0.24, portSegments));
    if (lod === 0) add(COLORS.port, rod(polar(1.55, angle, YC + 0.9), polar(1.55, angle, YC + 1.75), 0.09, portSegments));
    if (lod === 0) add(COLORS.port, cylinder(lod, 0.13, 0.13, 0.05, { at: polar(1.55, angle, YC + 1.78) }, 'coarse'));
  }

  if (lod === 0) {
    // Diagnostic ducts: pipes from some port flanges bending down to the platform.
    for (const angle of [126, 198, 270]) {
      const path: Vec3[] = [polar(3.03, angle, YC - 0.05), polar(3.15, angle, YC - 0.2), polar(3.05 - 0.1, angle + 4, 1.1), polar(2.8, angle + 6, 0.3)];
      add(COLORS.port, sweep(path, 0.06, 8, 16));
    }
    // Feed lines from the platform up to the lower PF rings.
    for (const angle of around(4, (deg) => deg, 60)) add(COLORS.base, rod(polar(2.4, angle, 0.25), polar(2.4, angle, YC - 1.04), 0.04, 6));
  }
  return parts;
}

export const tokamak: ModelGenerator = {
  name: 'tokamak',
  title: 'HL-2M tokamak "artificial sun" (cutaway model)',
  material: { metallic: 0.35, roughness: 0.45 },
  build,
};
