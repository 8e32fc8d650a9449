/**
 * A reception counter: a white body whose front bows out in a shallow arc, a light-oak top slab
 * with rounded edges floating on a lit gap, a dark recessed kick plinth, and a blue logo band that
 * follows the curve. The curved front is what tells a counter from a crate at hall distance, so
 * every level keeps it; the far level just draws it with fewer segments.
 */
import { type BufferGeometry, Shape, TorusGeometry } from 'three';
import { box, byLod, cylinder, place } from '../shapes';
import type { LodLevel, ModelGenerator, ModelPart } from '../types';
import { extrudeUp, part, softBox } from './furnitureParts';

const WHITE = '#f5f5f5';
const OAK = '#c9a77c';
const PLINTH = '#3b3f46';
const LIGHT = '#d9f2ff';
const BRAND = '#1d5fbf';
const HANDLE = '#9aa1a9';

/** Plan of the counter: straight back, straight sides, front an arc through (0, zFront). */
interface Plan {
  halfWidth: number;
  zBack: number;
  zSide: number;
  zFront: number;
}

/** The radius and centre (on the z axis) of the front arc through the side corners and the apex. */
function frontArc({ halfWidth, zSide, zFront }: Plan): { radius: number; zCentre: number } {
  const sagitta = zFront - zSide;
  const radius = (halfWidth * halfWidth + sagitta * sagitta) / (2 * sagitta);
  return { radius, zCentre: zFront - radius };
}

function planShape(plan: Plan): Shape {
  const { halfWidth, zBack, zSide } = plan;
  const { radius, zCentre } = frontArc(plan);
  const start = Math.atan2(zSide - zCentre, halfWidth);
  const shape = new Shape();
  shape.moveTo(-halfWidth, zBack);
  shape.lineTo(halfWidth, zBack);
  shape.lineTo(halfWidth, zSide);
  shape.absarc(0, zCentre, radius, start, Math.PI - start, false);
  shape.lineTo(-halfWidth, zBack);
  return shape;
}

/** The plan grown (positive) or shrunk (negative) by `by` on every side. */
function offsetPlan(plan: Plan, by: number): Plan {
  return { halfWidth: plan.halfWidth + by, zBack: plan.zBack - by, zSide: plan.zSide + by, zFront: plan.zFront + by };
}

/** A band of the front arc: an annular sector `thickness` thick, centred on the front, `halfAngleDeg` to each side. */
function frontBand(lod: LodLevel, plan: Plan, halfAngleDeg: number, thickness: number, y0: number, height: number): BufferGeometry {
  const { radius, zCentre } = frontArc(plan);
  const half = (halfAngleDeg * Math.PI) / 180;
  const from = Math.PI / 2 - half;
  const to = Math.PI / 2 + half;
  const shape = new Shape();
  shape.absarc(0, zCentre, radius + thickness, from, to, false);
  shape.absarc(0, zCentre, radius - 0.01, to, from, true);
  shape.closePath();
  return extrudeUp(shape, height, { y0, curveSegments: byLod(lod, [16, 6, 2]) });
}

const BODY: Plan = { halfWidth: 0.97, zBack: -0.32, zSide: 0.0, zFront: 0.32 };

export const counter: ModelGenerator = {
  name: 'counter',
  title: 'Reception counter',
  // Lacquered board and oak: dielectric, satin.
  material: { metallic: 0.05, roughness: 0.55 },
  build(lod) {
    const curve = byLod(lod, [24, 8, 3]);
    const bevel = { size: 0.012, segments: byLod(lod, [3, 1, 0]) };
    const parts: ModelPart[] = [
      // Kick plinth, set back so the body seems to float.
      part(extrudeUp(planShape(offsetPlan(BODY, -0.04)), 0.08, { curveSegments: curve }), PLINTH),
      part(extrudeUp(planShape(BODY), 0.92, { y0: 0.08, curveSegments: curve, bevel }), WHITE),
      // The top overhangs the body by 3 cm all round.
      part(extrudeUp(planShape(offsetPlan(BODY, 0.03)), 0.06, { y0: 1.04, curveSegments: curve, bevel: { size: 0.02, segments: bevel.segments } }), OAK),
      part(frontBand(lod, BODY, 16, 0.012, 0.5, 0.26), BRAND),
    ];
    if (lod < 2) {
      // A lit shadow gap between body and top, the usual trade-fair counter detail.
      parts.push(part(extrudeUp(planShape(offsetPlan(BODY, -0.02)), 0.04, { y0: 1.0, curveSegments: curve }), LIGHT));
    }
    if (lod === 0) {
      const { radius, zCentre } = frontArc(BODY);
      const surface = (x: number) => zCentre + Math.sqrt((radius + 0.012) ** 2 - x * x);
      // Logo: a white ring with a dot, and two word-mark bars, each turned to the curve's tangent.
      const ringX = -0.3;
      parts.push(part(place(new TorusGeometry(0.08, 0.014, 6, 28), { at: [ringX, 0.63, surface(ringX) + 0.01], rotateDeg: [0, (Math.asin(ringX / radius) * 180) / Math.PI, 0] }), WHITE));
      parts.push(part(cylinder(lod, 0.03, 0.03, 0.012, { at: [ringX, 0.63, surface(ringX) + 0.004], rotateDeg: [90, 0, 0] }, 'coarse'), WHITE));
      for (const [x, y, width, height] of [
        [0.09, 0.66, 0.42, 0.05],
        [0.03, 0.59, 0.3, 0.025],
      ] as const) {
        parts.push(part(box(width, height, 0.01, { at: [x, y, surface(x)], rotateDeg: [0, (Math.asin(x / radius) * 180) / Math.PI, 0] }), WHITE));
      }
      // Staff side: two drawer fronts with bar handles under the top.
      for (const x of [-0.5, 0.5]) {
        parts.push(part(softBox(lod, 0.7, 0.22, 0.02, 0.006, { at: [x, 0.86, -0.325] }), WHITE));
        parts.push(part(cylinder(lod, 0.008, 0.008, 0.24, { at: [x, 0.86, -0.341], rotateDeg: [0, 0, 90] }, 'coarse'), HANDLE));
      }
    }
    return parts;
  },
};
