/**
 * Helpers shared by the booth-furniture generators, on top of ../shapes: shapes the furniture needs
 * again and again (struts between two points, frame edges of a box, plan-view extrusions for curved
 * counters and slotted posts, flat ring arcs for railings) and a seeded random source so foliage
 * and rack units vary without breaking the build's determinism.
 */
import { type BufferGeometry, ExtrudeGeometry, Quaternion, type Shape, TorusGeometry, Vector3 } from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { box, byLod, type Placement, place, radialSegments, rodBetween } from '../shapes';
import type { LodLevel, ModelPart } from '../types';
export { seeded } from '../seeded';

export type Vec3 = [number, number, number];

/** A coloured part; saves writing the object literal on every line. */
export function part(geometry: BufferGeometry, color: string): ModelPart {
  return { geometry, color };
}

/**
 * A lighter rounded box for small parts (feet, rails, caps): two segments per edge close up (300
 * triangles against shapes.roundedBox's 972), one at LOD1, a plain box at LOD2. Small parts do
 * not need the big box's smooth edges, and dozens of them would blow the triangle budget.
 */
export function softBox(lod: LodLevel, width: number, height: number, depth: number, radius: number, placement: Placement = {}): BufferGeometry {
  if (lod === 2) return box(width, height, depth, placement);
  return place(new RoundedBoxGeometry(width, height, depth, byLod(lod, [2, 1, 1]), radius), placement);
}

/**
 * Merges several geometries of one colour into one, keeping only position and normal (what the
 * pipeline keeps anyway). Shapes from three mix indexed and non-indexed output, which
 * mergeGeometries refuses, so everything is made non-indexed first; the pipeline welds afterwards.
 */
export function merge(geometries: readonly BufferGeometry[]): BufferGeometry {
  const prepared = geometries.map((geometry) => {
    const flat = geometry.index ? geometry.toNonIndexed() : geometry;
    for (const name of Object.keys(flat.attributes)) if (name !== 'position' && name !== 'normal') flat.deleteAttribute(name);
    if (!flat.attributes.normal) flat.computeVertexNormals();
    return flat;
  });
  const merged = mergeGeometries(prepared, false);
  if (!merged) throw new Error('furnitureParts.merge: geometries could not be merged');
  return merged;
}

const _up = new Vector3(0, 1, 0);
const _direction = new Vector3();
const _quaternion = new Quaternion();

/** A round rod between two points with a segment count by level of detail. */
export function rod(lod: LodLevel, from: Vec3, to: Vec3, radius: number, detail: 'fine' | 'normal' | 'coarse' = 'coarse', radiusTo = radius): BufferGeometry {
  return rodBetween(from, to, radius, radialSegments(lod, detail), radiusTo);
}

/** A square bar between two points (cheaper than a rod: 12 triangles), for far levels and frames. */
export function bar(from: Vec3, to: Vec3, thickness: number): BufferGeometry {
  _direction.set(to[0] - from[0], to[1] - from[1], to[2] - from[2]);
  const length = _direction.length();
  const geometry = box(thickness, length, thickness);
  _quaternion.setFromUnitVectors(_up, _direction.normalize());
  geometry.applyQuaternion(_quaternion);
  geometry.translate((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2);
  return geometry;
}

/**
 * The twelve edge bars of a box (a vitrine's aluminium frame, a rack's skeleton), merged into one
 * geometry. `size` is the outer size; bars sit inside it so the frame keeps the box's bounds.
 */
export function boxEdges(size: Vec3, thickness: number, placement: Placement = {}): BufferGeometry {
  const [w, h, d] = size;
  const t = thickness;
  const x = w / 2 - t / 2;
  const y = h / 2 - t / 2;
  const z = d / 2 - t / 2;
  const bars: BufferGeometry[] = [];
  for (const sy of [-1, 1]) for (const sz of [-1, 1]) bars.push(box(w, t, t, { at: [0, sy * y, sz * z] }));
  for (const sx of [-1, 1]) for (const sz of [-1, 1]) bars.push(box(t, h - 2 * t, t, { at: [sx * x, 0, sz * z] }));
  for (const sx of [-1, 1]) for (const sy of [-1, 1]) bars.push(box(t, t, d - 2 * t, { at: [sx * x, sy * y, 0] }));
  return place(merge(bars), placement);
}

export interface ExtrudeOptions {
  /** Height of the bottom face. */
  y0?: number;
  /** Segments per curved edge of the shape. */
  curveSegments: number;
  /** Rounded top and bottom edges: radius and segments (0 segments: square edges). */
  bevel?: { size: number; segments: number };
}

/**
 * Extrudes a plan-view shape upward: the shape's x is the model's x and its y is the model's z
 * (+z is the front), from `y0` to `y0 + height`. Curved counters, round platforms and slotted
 * posts are easiest to describe in plan. With a bevel the extrusion keeps its height: the bevel is
 * taken from inside the slab, not added on top of it.
 */
export function extrudeUp(shape: Shape, height: number, { y0 = 0, curveSegments, bevel }: ExtrudeOptions): BufferGeometry {
  const bevelled = bevel !== undefined && bevel.segments > 0;
  const inset = bevelled ? bevel.size : 0;
  const geometry = new ExtrudeGeometry(shape, {
    depth: height - 2 * inset,
    curveSegments,
    bevelEnabled: bevelled,
    bevelThickness: inset,
    bevelSize: inset,
    bevelOffset: -inset,
    bevelSegments: bevelled ? bevel.segments : 0,
  });
  // Extrusion runs along +z from the shape in the x-y plane; a quarter turn about x takes the
  // shape's y to +z and the extrusion to -y, so shift it back up by its height.
  geometry.rotateX(Math.PI / 2);
  geometry.translate(0, y0 + height - inset, 0);
  return geometry;
}

/**
 * A flat ring arc (a railing's top rail) of `arcDeg` degrees around the y axis at height `y`,
 * starting at `startDeg` measured in plan from +x towards +z.
 */
export function ringArc(lod: LodLevel, radius: number, tube: number, startDeg: number, arcDeg: number, y: number, detail: 'fine' | 'normal' | 'coarse' = 'normal'): BufferGeometry {
  const segments = Math.max(3, Math.round((radialSegments(lod, detail) * arcDeg) / 360));
  const geometry = new TorusGeometry(radius, tube, byLod(lod, [8, 5, 3]), segments, (arcDeg * Math.PI) / 180);
  // Lying flat, the torus angle θ lands at (cos θ, 0, sin θ); turning about y by -start shifts it.
  geometry.rotateX(Math.PI / 2);
  geometry.rotateY((-startDeg * Math.PI) / 180);
  geometry.translate(0, y, 0);
  return geometry;
}

/** A point on a plan-view circle, angle in degrees from +x towards +z. */
export function onCircle(radius: number, angleDeg: number, y: number, centre: Vec3 = [0, 0, 0]): Vec3 {
  const a = (angleDeg * Math.PI) / 180;
  return [centre[0] + radius * Math.cos(a), centre[1] + y, centre[2] + radius * Math.sin(a)];
}

