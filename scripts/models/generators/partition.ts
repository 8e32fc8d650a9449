/**
 * A booth partition wall, system-stand style: three slotted aluminium posts on small foot plates,
 * slotted top and bottom beams between them, and two light grey infill panels. The grooves in the
 * posts and beams are the system's signature (and the close-up detail); far away the wall is two
 * panels between three posts.
 */
import { Shape } from 'three';
import { box, cylinder } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { extrudeUp, part, softBox } from './furnitureParts';

const ALUMINIUM = '#b8bec6';
const PANEL = '#e5e7eb';
const CAP = '#2f343a';
const LOCK = '#5b6168';

const HEIGHT = 2.2;
const POST = 0.05;
const POSTS_X = [-0.95, 0, 0.95];
const BEAM = 0.04;

/**
 * Cross-section of a slotted post (or beam): a square of side `size` with a slot `slot` wide and
 * deep in the middle of every face, traced anticlockwise.
 */
function slottedSquare(size: number, slot: number): Shape {
  const h = size / 2;
  const s = slot / 2;
  const d = h - slot;
  // One quarter of the outline (the +x face and the corner after it), turned four times.
  const quarter: [number, number][] = [
    [h, -s],
    [d, -s],
    [d, s],
    [h, s],
    [h, h],
  ];
  const points: [number, number][] = [];
  for (let turn = 0; turn < 4; turn += 1) {
    const c = Math.cos((turn * Math.PI) / 2);
    const sn = Math.sin((turn * Math.PI) / 2);
    for (const [x, y] of quarter) points.push([Math.round((x * c - y * sn) * 1e6) / 1e6, Math.round((x * sn + y * c) * 1e6) / 1e6]);
  }
  const shape = new Shape();
  points.forEach(([x, y], index) => (index === 0 ? shape.moveTo(x, y) : shape.lineTo(x, y)));
  shape.closePath();
  return shape;
}

function post(lod: LodLevel, x: number) {
  if (lod > 0) return box(POST, HEIGHT, POST, { at: [x, HEIGHT / 2, 0] });
  const geometry = extrudeUp(slottedSquare(POST, 0.01), HEIGHT - 0.02, { y0: 0.01, curveSegments: 1 });
  return geometry.translate(x, 0, 0);
}

/** A slotted beam from post to post at height `y`: the post profile laid along x. */
function beam(lod: LodLevel, fromX: number, toX: number, y: number) {
  const length = toX - fromX - POST;
  if (lod > 0) return box(length, BEAM, BEAM, { at: [(fromX + toX) / 2, y, 0] });
  const geometry = extrudeUp(slottedSquare(BEAM, 0.008), length, { curveSegments: 1 });
  // Stand the profile's length along x: its y runs 0…length, turned about z it runs -x.
  geometry.translate(0, -length / 2, 0).rotateZ(Math.PI / 2);
  return geometry.translate((fromX + toX) / 2, y, 0);
}

export const partition: ModelGenerator = {
  name: 'partition',
  title: 'Booth partition wall panel',
  // The laminated panels are most of the surface, so the material follows them (dielectric, satin);
  // the aluminium reads as metal by its light grey colour.
  material: { metallic: 0.1, roughness: 0.5 },
  build(lod) {
    const parts: ModelPart[] = [];
    for (const x of POSTS_X) parts.push(part(post(lod, x), ALUMINIUM));
    for (let bay = 0; bay < POSTS_X.length - 1; bay += 1) {
      const fromX = POSTS_X[bay] ?? 0;
      const toX = POSTS_X[bay + 1] ?? 0;
      const centre = (fromX + toX) / 2;
      const width = toX - fromX - POST;
      // The panel is held in the beams' and posts' slots, so it spans the bay to the slot depth.
      parts.push(part(box(width + 0.02, HEIGHT - 0.16, 0.012, { at: [centre, HEIGHT / 2, 0] }), PANEL));
      if (lod < 2) {
        parts.push(part(beam(lod, fromX, toX, HEIGHT - 0.06), ALUMINIUM));
        parts.push(part(beam(lod, fromX, toX, 0.06), ALUMINIUM));
      }
    }
    if (lod === 2) parts.push(part(box(2.0, BEAM, BEAM, { at: [0, HEIGHT - 0.06, 0] }), ALUMINIUM));
    if (lod < 2) {
      // Foot plates so the wall stands on its own in the 10 cm depth.
      for (const x of POSTS_X) parts.push(part(softBox(lod, 0.1, 0.01, 0.1, 0.004, { at: [x, 0.005, 0] }), LOCK));
    }
    if (lod === 0) {
      for (const x of POSTS_X) {
        // Post caps, and the round heads of the beam locks on both faces.
        parts.push(part(cylinder(lod, 0.027, 0.027, 0.012, { at: [x, HEIGHT - 0.006, 0] }, 'coarse'), CAP));
        for (const y of [0.06, HEIGHT - 0.06]) {
          for (const side of [-1, 1]) {
            if ((x < 0 && side < 0) || (x > 0 && side > 0)) continue;
            parts.push(part(cylinder(lod, 0.008, 0.008, 0.006, { at: [x + side * 0.04, y, POST / 2 - 0.005 + 0.003], rotateDeg: [90, 0, 0] }, 'coarse'), LOCK));
          }
        }
      }
    }
    return parts;
  },
};
