/**
 * A potted ficus-style plant: a tapered ceramic pot with a rolled rim, dark soil, a few woody stems
 * and a crown of lumpy low-poly leaf clusters in three greens, with single leaves sticking out of
 * the clusters close up. The lumps and loose leaves keep the crown from reading as balloons; from
 * afar three clusters on a pot are enough.
 */
import { type BufferGeometry, IcosahedronGeometry, OctahedronGeometry, Quaternion, Vector3 } from 'three';
import { byLod, cylinder, lathe } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { bar, part, rod, seeded, type Vec3 } from './furnitureParts';

const POT = '#e8e4dc';
const POT_FOOT = '#8c857b';
const SOIL = '#4a3728';
const STEM = '#6b4f32';
const GREENS = ['#3f7d3a', '#5a9a48', '#2e6330'] as const;

/** Pot profile [radius, height], outside up and over the rim and a little way down inside. */
const POT_PROFILE: [number, number][] = [
  [0, 0],
  [0.15, 0],
  [0.16, 0.02],
  [0.2, 0.38],
  [0.215, 0.4],
  [0.22, 0.43],
  [0.2, 0.44],
  [0.195, 0.41],
];

interface Cluster {
  at: Vec3;
  radius: number;
  green: number;
}

/** Crown clusters; the first three are the far level's crown, so they cover the main mass. */
const CLUSTERS: Cluster[] = [
  { at: [0, 1.17, 0], radius: 0.21, green: 0 },
  { at: [0.1, 0.93, 0.05], radius: 0.19, green: 1 },
  { at: [-0.1, 0.9, -0.05], radius: 0.19, green: 2 },
  { at: [-0.07, 0.76, 0.12], radius: 0.13, green: 1 },
  { at: [0.11, 0.74, -0.1], radius: 0.13, green: 0 },
  { at: [0.12, 1.12, -0.1], radius: 0.13, green: 2 },
  { at: [-0.12, 1.1, 0.09], radius: 0.13, green: 1 },
];

/**
 * A leaf cluster: an icosahedron pushed in and out by a smooth function of position. The function
 * (not a random number per vertex) keeps the faces that share a corner together, so no cracks open.
 */
function cluster(lod: LodLevel, { at, radius }: Cluster): BufferGeometry {
  const geometry = new IcosahedronGeometry(radius, byLod(lod, [1, 0, 0]));
  const position = geometry.attributes.position;
  if (position) {
    for (let index = 0; index < position.count; index += 1) {
      const x = position.getX(index);
      const y = position.getY(index);
      const z = position.getZ(index);
      const bump = 1 + 0.14 * Math.sin(x * 31 + 1) * Math.sin(y * 27 + 2) * Math.sin(z * 29 + 3) - (y < 0 ? 0.12 : 0);
      position.setXYZ(index, x * bump, y * bump, z * bump);
    }
  }
  geometry.computeVertexNormals();
  geometry.translate(...at);
  return geometry;
}

const _forward = new Vector3(0, 0, 1);
const _quaternion = new Quaternion();

/** A single leaf: a flat, pointed diamond `length` long pointing along `direction` from `base`. */
function leaf(base: Vec3, direction: Vector3, length: number): BufferGeometry {
  const geometry = new OctahedronGeometry(1, 0);
  geometry.scale(length * 0.38, length * 0.07, length / 2);
  geometry.translate(0, 0, length / 2);
  geometry.applyQuaternion(_quaternion.setFromUnitVectors(_forward, direction));
  geometry.translate(...base);
  return geometry;
}

export const plant: ModelGenerator = {
  name: 'plant',
  title: 'Potted plant',
  // Glazed ceramic and leaves: dielectric, fairly rough.
  material: { metallic: 0, roughness: 0.7 },
  build(lod) {
    // The far pot is a plain tapered cylinder: its caps get their own normals, where a lathe's
    // shared rim vertex would shade the top like the side.
    const pot = lod === 2 ? cylinder(lod, 0.22, 0.16, 0.44, { at: [0, 0.22, 0] }) : lathe(lod, POT_PROFILE);
    const parts: ModelPart[] = [part(pot, POT)];
    const clusters = lod === 2 ? CLUSTERS.slice(0, 3) : CLUSTERS;
    for (const item of clusters) parts.push(part(cluster(lod, item), GREENS[item.green] ?? GREENS[0]));
    // Far away one trunk stands for the stems, so the crown does not float above the pot.
    if (lod === 2) parts.push(part(bar([0, 0.42, 0], [0, 0.8, 0], 0.04), STEM));
    if (lod < 2) {
      parts.push(part(cylinder(lod, 0.197, 0.197, 0.01, { at: [0, 0.415, 0] }), SOIL));
      // Three stems from the soil into the crown.
      for (const [x, z, topX, topZ] of [
        [0.02, 0.02, 0.08, 0.04],
        [-0.03, 0.01, -0.08, -0.04],
        [0.0, -0.03, 0.01, -0.02],
      ] as const) {
        parts.push(part(rod(lod, [x, 0.41, z], [topX, 1.0, topZ], 0.018, 'coarse', 0.01), STEM));
      }
    }
    if (lod === 0) {
      parts.push(part(cylinder(lod, 0.155, 0.15, 0.02, { at: [0, 0.01, 0] }), POT_FOOT));
      // Loose leaves poking out of the clusters, mostly outward and a little downward.
      const random = seeded(7);
      const direction = new Vector3();
      for (const [index, item] of CLUSTERS.entries()) {
        const count = item.radius > 0.15 ? 7 : 4;
        for (let n = 0; n < count; n += 1) {
          const angle = ((n + random() * 0.6) / count) * Math.PI * 2 + index;
          const tilt = -0.5 + random() * 0.9;
          direction.set(Math.cos(angle) * Math.cos(tilt), Math.sin(tilt), Math.sin(angle) * Math.cos(tilt)).normalize();
          const base: Vec3 = [item.at[0] + direction.x * item.radius * 0.75, item.at[1] + direction.y * item.radius * 0.75, item.at[2] + direction.z * item.radius * 0.75];
          // Keep the tips inside the 0.6 m catalogue footprint.
          const reach = Math.min(0.12, Math.max(0.05, 0.29 - Math.hypot(base[0], base[2])));
          direction.y -= 0.25;
          parts.push(part(leaf(base, direction.normalize(), reach), GREENS[(item.green + n) % 3] ?? GREENS[0]));
        }
      }
    }
    return parts;
  },
};
