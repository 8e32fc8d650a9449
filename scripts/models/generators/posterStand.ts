/**
 * An A-frame poster stand: two silver aluminium frames hinged at the top and splayed at the feet,
 * each with a snap frame holding a poster (cream ground, blue title band, an orange "sun" image,
 * text lines) and a cross bar below. Both faces carry a poster, as real A-frames do, so the stand
 * reads from either side of an aisle.
 */
import type { BufferGeometry } from 'three';
import { box, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { part, softBox } from './furnitureParts';

const ALUMINIUM = '#c0c6cc';
const RUBBER = '#2a2d31';
const PAPER = '#f3e8d2';
const TITLE = '#1f4e79';
const SUN = '#e07a2f';
const INK = '#6b7280';

const HEIGHT = 1.9;
/** How far each frame's feet stand out from under the hinge. */
const SPLAY = 0.22;
const TILT_DEG = (Math.atan2(SPLAY, HEIGHT) * 180) / Math.PI;
const LENGTH = Math.hypot(SPLAY, HEIGHT);
const HALF_W = 0.385;
/** Poster window in the frame's own coordinates (y down from the hinge). */
const POSTER_TOP = -0.08;
const POSTER_H = 1.05;
const POSTER_W = 0.7;

/**
 * One side of the A: built hanging down from the hinge (y ≤ 0, poster facing +z) and turned out
 * so its feet stand `SPLAY` in front of (side +1) or behind (side -1) the hinge line.
 */
function side(lod: LodLevel, facing: 1 | -1): ModelPart[] {
  const local: ModelPart[] = [];
  const rail = 0.03;
  const posterY = POSTER_TOP - POSTER_H / 2;
  for (const x of [-HALF_W, HALF_W]) {
    local.push(part(softBox(lod, rail, LENGTH, 0.02, 0.006, { at: [x, -LENGTH / 2, 0] }), ALUMINIUM));
  }
  // The poster and the bands a visitor sees from afar.
  local.push(part(box(POSTER_W, POSTER_H, 0.006, { at: [0, posterY, 0.004] }), PAPER));
  local.push(part(box(POSTER_W, 0.2, 0.002, { at: [0, POSTER_TOP - 0.12, 0.008] }), TITLE));
  if (lod < 2) {
    // Snap frame round the poster, top rail at the hinge, cross bar low down.
    const frame = 0.025;
    for (const y of [POSTER_TOP + frame / 2, POSTER_TOP - POSTER_H - frame / 2]) local.push(part(box(POSTER_W + 2 * frame, frame, 0.016, { at: [0, y, 0.006] }), ALUMINIUM));
    local.push(part(box(2 * HALF_W, 0.04, 0.02, { at: [0, -0.02, 0] }), ALUMINIUM));
    local.push(part(box(2 * HALF_W, 0.03, 0.015, { at: [0, -LENGTH + 0.3, 0] }), ALUMINIUM));
    local.push(part(cylinder(lod, 0.1, 0.1, 0.003, { at: [0.12, posterY + 0.05, 0.008], rotateDeg: [90, 0, 0] }), SUN));
  }
  if (lod === 0) {
    // Text lines under the image, a footer rule, rubber feet.
    for (let line = 0; line < 5; line += 1) {
      const width = line % 2 === 0 ? 0.56 : 0.44;
      local.push(part(box(width, 0.018, 0.002, { at: [(width - 0.56) / 2, posterY - 0.2 - line * 0.05, 0.008] }), INK));
    }
    local.push(part(box(0.2, 0.03, 0.002, { at: [-0.18, POSTER_TOP - 0.09, 0.0095] }), PAPER));
    local.push(part(box(0.34, 0.018, 0.002, { at: [-0.1, POSTER_TOP - 0.15, 0.0095] }), PAPER));
    local.push(part(box(POSTER_W, 0.03, 0.002, { at: [0, POSTER_TOP - POSTER_H + 0.04, 0.008] }), TITLE));
    for (const x of [-HALF_W, HALF_W]) local.push(part(softBox(lod, 0.03, 0.03, 0.03, 0.01, { at: [x, -LENGTH + 0.015, 0] }), RUBBER));
  }
  return local.map(({ geometry, color }) => part(pose(geometry, facing), color));
}

/** Turns a side about the hinge: facing +1 leans its feet forward, -1 is the back side turned round. */
function pose(geometry: BufferGeometry, facing: 1 | -1): BufferGeometry {
  if (facing < 0) geometry.rotateY(Math.PI);
  // Rotating about x by -tilt swings the (negative-y) feet towards +z; the back side swings the other way.
  geometry.rotateX((-facing * TILT_DEG * Math.PI) / 180);
  return geometry.translate(0, HEIGHT, 0);
}

export const posterStand: ModelGenerator = {
  name: 'poster-stand',
  title: 'A-frame poster stand',
  // Printed paper on aluminium: mostly dielectric, satin.
  material: { metallic: 0.15, roughness: 0.55 },
  build(lod) {
    const parts = [...side(lod, 1), ...side(lod, -1)];
    if (lod === 0) {
      // The hinge barrels along the top, one at each end.
      for (const x of [-0.33, 0.33]) parts.push(part(cylinder(lod, 0.014, 0.014, 0.08, { at: [x, HEIGHT - 0.015, 0], rotateDeg: [0, 0, 90] }, 'coarse'), RUBBER));
    }
    return parts;
  },
};
