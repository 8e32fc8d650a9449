/**
 * A seed-industry display of ripe rice: a white plinth with a wooden-rimmed tray of paddy soil
 * holding three rows of rice clumps. Each clump has several straw-green stalks with long leaves at
 * the base, and each stalk ends in a golden panicle that arches over and droops under the weight
 * of its grains (the beaded radius suggests the grains), the sign of a good harvest.
 */
import { Matrix4, Vector3 } from 'three';
import { box, byLod } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { extrude, rod, seeded, sweep, type Vec3 } from './scienceParts';

const COLORS = {
  plinth: '#efe9dc', // painted plinth
  wood: '#a07a4e', // tray rim, plinth foot, label
  soil: '#5a4330', // paddy soil
  stalk: '#b9a455', // ripening straw
  leaf: '#8fa24a', // leaves
  grain: '#d9b650', // golden grain heads
};

const SOIL = 0.65; // soil surface height
const ROWS = [-0.2, 0.0, 0.2]; // z of the three rows
const PER_ROW = 5;

function build(lod: LodLevel): ModelPart[] {
  const parts: ModelPart[] = [];
  const add = (color: string, geometry: ModelPart['geometry']) => parts.push({ color, geometry });

  // Plinth with a wooden foot, and the tray of soil with its rim.
  add(COLORS.wood, box(1.5, 0.06, 0.8, { at: [0, 0.03, 0] }));
  add(COLORS.plinth, box(1.44, 0.5, 0.74, { at: [0, 0.31, 0] }));
  add(COLORS.wood, box(1.5, 0.08, 0.8, { at: [0, 0.6, 0] }));
  add(COLORS.soil, box(1.42, 0.02, 0.72, { at: [0, SOIL - 0.01, 0] }));

  if (lod === 2) {
    // Silhouette: each row as a thin screen of stalks under a band of golden heads.
    for (const z of ROWS) {
      add(COLORS.stalk, box(1.2, 0.4, 0.03, { at: [0, SOIL + 0.2, z + 0.03] }));
      add(COLORS.grain, box(1.3, 0.1, 0.12, { at: [0, SOIL + 0.45, z + 0.08] }));
    }
    return parts;
  }

  const random = seeded(1986);
  const stalksPerClump = 4;
  for (const z of ROWS) {
    for (let c = 0; c < PER_ROW; c += 1) {
      const cx = -0.56 + (1.12 * c) / (PER_ROW - 1) + (random() - 0.5) * 0.04;
      const cz = z + (random() - 0.5) * 0.04;
      for (let s = 0; s < stalksPerClump; s += 1) {
        // Each stalk leans out of the clump; its head droops the same way, mostly to the front.
        const yaw = ((s / stalksPerClump) * 360 + random() * 40 + c * 23) * (Math.PI / 180);
        const lean: [number, number] = [Math.sin(yaw), Math.cos(yaw) * 0.6 + 0.4];
        const norm = Math.hypot(lean[0], lean[1]);
        const d: [number, number] = [lean[0] / norm, lean[1] / norm];
        const height = 0.42 + random() * 0.08;
        const base: Vec3 = [cx + d[0] * 0.01, SOIL, cz + d[1] * 0.01];
        const top: Vec3 = [cx + d[0] * 0.06, SOIL + height, cz + d[1] * 0.06];
        add(COLORS.stalk, rod(base, top, 0.006, byLod(lod, [5, 3, 3]), 0.004));
        // The panicle: up a little, over, and down, beaded with grains and tapering to its tip.
        const at = (up: number, out: number): Vec3 => [top[0] + d[0] * out, top[1] + up, top[2] + d[1] * out];
        const path = [at(0, 0), at(0.05, 0.025), at(0.07, 0.07), at(0.04, 0.12), at(-0.04, 0.16), at(-0.11, 0.17)];
        const radius = lod === 0 ? (t: number) => 0.011 * (1 - 0.7 * t) * (0.75 + 0.35 * Math.abs(Math.sin(t * Math.PI * 5))) : 0.008;
        add(COLORS.grain, sweep(path, radius, byLod(lod, [5, 3, 3]), byLod(lod, [14, 5, 3])));
      }
      if (lod === 0) {
        // Three long leaves from the base of the clump, bending outwards.
        for (let l = 0; l < 3; l += 1) {
          const yawDeg = l * 120 + c * 40 + random() * 30;
          add(
            COLORS.leaf,
            extrude(
              [
                [0, 0],
                [0.012, 0.12],
                [0.004, 0.3],
                [-0.01, 0.12],
              ],
              0.004,
              { at: [cx, SOIL + 0.005, cz], rotateDeg: [0, yawDeg, 0] },
            ).applyMatrix4(leafLean(yawDeg, 18 + random() * 14, [cx, SOIL, cz])),
          );
        }
      }
    }
  }

  // Label plate on the tray rim's front.
  add(COLORS.plinth, box(0.5, 0.05, 0.005, { at: [0, 0.6, 0.4025] }));
  return parts;
}

/** A rotation about a horizontal axis through `pivot` that tips a leaf (facing yaw) outwards by `deg`. */
function leafLean(yawDeg: number, deg: number, pivot: Vec3): Matrix4 {
  const yaw = (yawDeg * Math.PI) / 180;
  // The leaf's outline lies in its local x-y plane; after the yaw its face normal is (sin yaw, 0, cos yaw).
  const axis = new Vector3(Math.cos(yaw), 0, -Math.sin(yaw));
  const p = new Vector3(...pivot);
  return new Matrix4()
    .makeTranslation(p.x, p.y, p.z)
    .multiply(new Matrix4().makeRotationAxis(axis, (deg * Math.PI) / 180))
    .multiply(new Matrix4().makeTranslation(-p.x, -p.y, -p.z));
}

export const riceDisplay: ModelGenerator = {
  name: 'rice-display',
  title: 'Rice seed-industry display (ripe rice on a plinth)',
  material: { metallic: 0, roughness: 0.8 },
  build,
};
