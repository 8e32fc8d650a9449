/**
 * A modern visitor chair: an upholstered seat and a slightly reclined backrest in charcoal fabric
 * on four splayed, tapered oak legs with side stretchers. Round tapered legs and soft seat edges
 * are the close-up detail; from afar a chair is a seat, a back and four sticks, which is LOD2.
 */
import { box, cylinder, roundedBox } from '../shapes';
import type { ModelGenerator, ModelPart } from '../types';
import { bar, part, rod, type Vec3 } from './furnitureParts';

const FABRIC = '#4b5563';
const OAK = '#c8a27a';
const GLIDE = '#1f2329';

const SEAT_Y = 0.44;
/** Leg tops (under the seat) and feet (splayed out by 3 cm each way). */
const LEG_TOPS: Vec3[] = [
  [-0.19, SEAT_Y - 0.03, 0.17],
  [0.19, SEAT_Y - 0.03, 0.17],
  [-0.19, SEAT_Y - 0.03, -0.15],
  [0.19, SEAT_Y - 0.03, -0.15],
];
const foot = ([x, , z]: Vec3): Vec3 => [x * 1.16, 0, z + Math.sign(z) * 0.035];

export const chair: ModelGenerator = {
  name: 'chair',
  title: 'Modern chair',
  // Fabric and oiled wood: no metal, rough.
  material: { metallic: 0, roughness: 0.8 },
  build(lod) {
    const parts: ModelPart[] = [];
    if (lod === 2) {
      parts.push(part(box(0.46, 0.06, 0.44, { at: [0, SEAT_Y, 0.01] }), FABRIC));
      parts.push(part(box(0.44, 0.3, 0.05, { at: [0, 0.69, -0.21], rotateDeg: [-8, 0, 0] }), FABRIC));
      for (const top of LEG_TOPS) parts.push(part(bar(top, foot(top), 0.035), OAK));
      return parts;
    }
    parts.push(part(roundedBox(lod, 0.46, 0.07, 0.44, 0.03, { at: [0, SEAT_Y, 0.01] }), FABRIC));
    parts.push(part(roundedBox(lod, 0.44, 0.3, 0.05, 0.02, { at: [0, 0.69, -0.21], rotateDeg: [-8, 0, 0] }), FABRIC));
    // Legs taper from 18 mm at the seat to 12 mm at the floor.
    for (const top of LEG_TOPS) parts.push(part(rod(lod, foot(top), top, 0.012, lod === 0 ? 'normal' : 'coarse', 0.018), OAK));
    // Two oak uprights carry the backrest from the back legs' tops.
    for (const x of [-0.15, 0.15]) parts.push(part(rod(lod, [x, SEAT_Y, -0.17], [x, 0.62, -0.2], 0.012, 'coarse'), OAK));
    if (lod === 0) {
      // Side stretchers between front and back legs, and floor glides.
      for (const side of [-1, 1]) {
        const front = LEG_TOPS[side < 0 ? 0 : 1] as Vec3;
        const back = LEG_TOPS[side < 0 ? 2 : 3] as Vec3;
        const at = (leg: Vec3, t: number): Vec3 => {
          const f = foot(leg);
          return [leg[0] + (f[0] - leg[0]) * t, leg[1] + (f[1] - leg[1]) * t, leg[2] + (f[2] - leg[2]) * t];
        };
        parts.push(part(rod(lod, at(front, 0.62), at(back, 0.62), 0.008, 'coarse'), OAK));
      }
      for (const top of LEG_TOPS) {
        const [x, , z] = foot(top);
        parts.push(part(cylinder(lod, 0.013, 0.013, 0.008, { at: [x, 0.004, z] }, 'coarse'), GLIDE));
      }
    }
    return parts;
  },
};
