/**
 * LHAASO, the Large High Altitude Air Shower Observatory ("Lasso", 拉索) on Haizi Mountain, as a
 * tabletop diorama: the round KM2A array of small electromagnetic-detector huts on a regular grid,
 * the sparser earth-covered muon-detector mounds among them, the big WCDA water-Cherenkov pond
 * building in the middle (three pools under arched roofs), the row of WFCTA telescope containers
 * beside it, the access road, and snow-capped peaks behind, all on a display plinth.
 */
import { box, byLod, cone } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { extrude, revolve, seeded, type Vec2 } from './scienceParts';

const COLORS = {
  plinth: '#2f3640', // display plinth
  grass: '#a3a36a', // high-altitude meadow
  white: '#f4f4f4', // detector huts, WCDA walls
  mound: '#6d8a6b', // grassed muon-detector mounds
  roof: '#8fa6bd', // WCDA roofs, road
  telescope: '#3d6fb6', // WFCTA containers
  rock: '#7d7f86', // mountains
  snow: '#f1f4f7',
};

const TOP = 0.85; // diorama ground level on the plinth
const ARRAY_R = 1.18; // KM2A array radius
const ARRAY_Z = 0.2; // array centre, moved forward to leave room for the peaks
/** The WCDA pond footprint [x0, x1, z0, z1], kept clear of huts. */
const WCDA: [number, number, number, number] = [-0.45, 0.35, -0.2, 0.42];

function insideWcda(x: number, z: number, margin: number): boolean {
  return x > WCDA[0] - margin && x < WCDA[1] + margin && z > WCDA[2] - margin && z < WCDA[3] + margin;
}

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });

  add(COLORS.plinth, box(3.0, TOP - 0.05, 3.0, { at: [0, (TOP - 0.05) / 2, 0] }));
  add(COLORS.grass, box(2.94, 0.05, 2.94, { at: [0, TOP - 0.025, 0] }));

  // WCDA: the pond building, a big white box with three arched roofs (one large pool, two small).
  const [x0, x1, z0, z1] = WCDA;
  const wallH = 0.1;
  add(COLORS.white, box(x1 - x0, wallH, z1 - z0, { at: [(x0 + x1) / 2, TOP + wallH / 2, (z0 + z1) / 2] }));
  const arch = (width: number, rise: number, steps: number): Vec2[] => [
    ...Array.from({ length: steps + 1 }, (_, i) => {
      const a = Math.PI - (i / steps) * Math.PI;
      return [(width / 2) * Math.cos(a), rise * Math.sin(a)] as Vec2;
    }),
  ];
  const roofSteps = byLod(lod, [8, 4, 2]);
  const bigDepth = (z1 - z0) * 0.58;
  add(COLORS.roof, extrude(arch(x1 - x0, 0.08, roofSteps), bigDepth, { at: [(x0 + x1) / 2, TOP + wallH, z0 + bigDepth / 2] }));
  for (const [cx, w] of [
    [x0 + (x1 - x0) * 0.25, (x1 - x0) * 0.5],
    [x0 + (x1 - x0) * 0.75, (x1 - x0) * 0.5],
  ] as const) {
    const depth = z1 - z0 - bigDepth;
    add(COLORS.roof, extrude(arch(w - 0.02, 0.06, roofSteps), depth - 0.02, { at: [cx, TOP + wallH, z1 - depth / 2] }));
  }

  // Snow-capped peaks behind the site: rock cones flattened front to back, snow on the tips.
  const peaks: [number, number, number][] = [
    [-1.15, 0.42, 0.95],
    [-0.55, 0.5, 1.35],
    [0.15, 0.4, 1.05],
    [0.75, 0.5, 1.25],
    [1.25, 0.35, 0.9],
  ];
  const peakSegments = byLod(lod, [10, 6, 4]);
  for (const [x, r, h] of lod === 2 ? peaks.filter((_, i) => i % 2 === 1) : peaks) {
    add(COLORS.rock, revolve(peakSegments, [[r, 0], [0, h]], { at: [x, TOP, -1.22], scale: [1, 1, 0.6] }));
    add(COLORS.snow, revolve(peakSegments, [[r * 0.3 + 0.02, 0], [0, h * 0.3 + 0.03]], { at: [x, TOP + h * 0.7, -1.22], scale: [1, 1, 0.6] }));
  }
  if (lod === 2) {
    // Silhouette: the array as a flat disc.
    add(COLORS.mound, revolve(10, [[ARRAY_R, 0], [ARRAY_R, 0.02], [0, 0.02]], { at: [0, TOP, ARRAY_Z] }));
    return parts;
  }

  // KM2A: electromagnetic detectors on a grid within the circle, muon-detector mounds on every
  // other grid point of a coarser grid. Level 1 keeps every second detector each way.
  const spacing = 0.12;
  const step = lod === 0 ? 1 : 2;
  const huts: [number, number][] = [];
  const mounds: [number, number][] = [];
  const n = Math.ceil(ARRAY_R / spacing);
  for (let i = -n; i <= n; i += 1) {
    for (let j = -n; j <= n; j += 1) {
      const x = i * spacing;
      const z = ARRAY_Z + j * spacing;
      if (Math.hypot(x, z - ARRAY_Z) > ARRAY_R) continue;
      if (insideWcda(x, z, 0.06)) continue;
      if (i % 2 === 0 && j % 2 === 0) {
        if ((i / 2 + j / 2) % 2 === 0 && (lod === 0 || (i % 4 === 0 && j % 4 === 0))) mounds.push([x + spacing / 2, z + spacing / 2]);
      }
      if (i % step === 0 && j % step === 0) huts.push([x, z]);
    }
  }
  const hutSize = lod === 0 ? 0.035 : 0.05;
  for (const [x, z] of huts) add(COLORS.white, box(hutSize, 0.025, hutSize, { at: [x, TOP + 0.0125, z] }));
  const moundSegments = byLod(lod, [8, 5, 4]);
  for (const [x, z] of mounds) {
    if (Math.hypot(x, z - ARRAY_Z) > ARRAY_R - 0.04 || insideWcda(x, z, 0.08)) continue;
    add(COLORS.mound, revolve(moundSegments, [[0.05, 0], [0.03, 0.025], [0, 0.03]], { at: [x, TOP, z] }, { creaseDeg: 60 }));
  }

  // WFCTA: two rows of telescope containers beside the pond, tilted up towards the sky.
  for (let i = 0; i < 9; i += 1) {
    for (const row of [0, 1]) {
      const x = -0.45 + i * 0.1;
      const z = WCDA[3] + 0.1 + row * 0.09;
      add(COLORS.telescope, box(0.06, 0.045, 0.07, { at: [x, TOP + 0.03, z], rotateDeg: [-20, 0, 0] }));
    }
  }

  // Access road from the plinth front to the site, and the control buildings by the pond.
  add(COLORS.roof, box(0.08, 0.01, 1.5 - WCDA[3] - 0.28, { at: [0.5, TOP + 0.005, (1.47 + WCDA[3] + 0.28) / 2] }));
  add(COLORS.telescope, box(0.16, 0.06, 0.1, { at: [0.62, TOP + 0.03, WCDA[3] + 0.12] }));

  if (lod === 0) {
    // A few scattered boulders and shrubs on the meadow outside the array.
    const random = seeded(4410);
    for (let i = 0; i < 16; i += 1) {
      const angle = random() * Math.PI * 2;
      const r = ARRAY_R + 0.08 + random() * 0.12;
      const x = Math.sin(angle) * r;
      const z = ARRAY_Z + Math.cos(angle) * r;
      if (Math.abs(x) > 1.42 || Math.abs(z) > 1.42 || z < -0.95) continue;
      add(COLORS.mound, cone(lod, 0.035, 0.06, { at: [x, TOP + 0.03, z] }, 'coarse'));
    }
    // Name plate on the plinth front.
    add(COLORS.roof, box(1.2, 0.16, 0.01, { at: [0, TOP - 0.3, 1.505] }));
  }
  return parts;
}

export const cosmicRayDetector: ModelGenerator = {
  name: 'cosmic-ray-detector',
  title: 'LHAASO "Lasso" cosmic-ray observatory (diorama)',
  material: { metallic: 0.05, roughness: 0.75 },
  build,
};
