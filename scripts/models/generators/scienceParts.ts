/**
 * Shared building blocks for the science and industry exhibits: solids of revolution with crisp
 * edges, extruded outlines, swept tubes (pipes, cables, beam loops, rice panicles), rods between two
 * points and a seeded random source. Everything returns closed, single-sided geometry so the
 * merged model renders correctly without DoubleSide.
 */
import {
  BufferGeometry,
  CatmullRomCurve3,
  ExtrudeGeometry,
  Float32BufferAttribute,
  LatheGeometry,
  Path,
  Shape,
  Vector2,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { place, rodBetween, type Placement } from '../shapes';
export { seeded } from '../seeded';

export type Vec3 = [number, number, number];
export type Vec2 = [number, number];

/** Merges geometries of one colour into one (all indexed, position and normal only). */
export function mergeAll(geometries: readonly BufferGeometry[]): BufferGeometry {
  const prepared = geometries.map((geometry) => {
    const part = geometry.index ? geometry : sequentialIndex(geometry);
    for (const name of Object.keys(part.attributes)) if (name !== 'position' && name !== 'normal') part.deleteAttribute(name);
    if (!part.attributes.normal) part.computeVertexNormals();
    return part;
  });
  const merged = mergeGeometries(prepared, false);
  if (!merged) throw new Error('scienceParts.mergeAll: geometries could not be merged');
  return merged;
}

function sequentialIndex(geometry: BufferGeometry): BufferGeometry {
  const count = geometry.attributes.position?.count ?? 0;
  geometry.setIndex(Array.from({ length: count }, (_, index) => index));
  return geometry;
}

/** Removes triangles that have collapsed to a line or point (lathe poles, zero-length profile steps). */
export function dropDegenerate(geometry: BufferGeometry): BufferGeometry {
  const indexed = geometry.index ? geometry : sequentialIndex(geometry);
  const index = indexed.index;
  const position = indexed.attributes.position;
  if (!index || !position) return indexed;
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  const kept: number[] = [];
  for (let i = 0; i < index.count; i += 3) {
    const [ia, ib, ic] = [index.getX(i), index.getX(i + 1), index.getX(i + 2)];
    a.fromBufferAttribute(position, ia);
    b.fromBufferAttribute(position, ib);
    c.fromBufferAttribute(position, ic);
    const area = b.clone().sub(a).cross(c.clone().sub(a)).lengthSq();
    if (area > 1e-14) kept.push(ia, ib, ic);
  }
  indexed.setIndex(kept);
  return indexed;
}

/**
 * A solid of revolution about y through [radius, height] points. Where the profile turns by more
 * than `creaseDeg` the surface is split so the edge stays sharp (a flange, a roof edge) instead of
 * being smoothed over. Trace the profile counter-clockwise in the (radius, height) plane (up the
 * outside, in across the top) for outward-facing surfaces. `phiStartDeg`/`phiLengthDeg` cut a
 * wedge out (0° faces +z).
 */
export function revolve(
  segments: number,
  profile: readonly Vec2[],
  placement: Placement = {},
  options: { creaseDeg?: number; phiStartDeg?: number; phiLengthDeg?: number } = {},
): BufferGeometry {
  const { creaseDeg = 35, phiStartDeg = 0, phiLengthDeg = 360 } = options;
  const runs: Vec2[][] = [];
  let run: Vec2[] = [];
  profile.forEach((point, index) => {
    run.push(point);
    const previous = profile[index - 1];
    const next = profile[index + 1];
    if (previous && next) {
      const turn = Math.abs(angleBetween([point[0] - previous[0], point[1] - previous[1]], [next[0] - point[0], next[1] - point[1]]));
      if (turn > (creaseDeg * Math.PI) / 180) {
        runs.push(run);
        run = [point];
      }
    }
  });
  if (run.length > 1) runs.push(run);
  const toRad = Math.PI / 180;
  const pieces = runs.map((points) =>
    dropDegenerate(new LatheGeometry(points.map(([r, y]) => new Vector2(r, y)), segments, phiStartDeg * toRad, phiLengthDeg * toRad)),
  );
  return place(mergeAll(pieces), placement);
}

function angleBetween(u: Vec2, v: Vec2): number {
  const cross = u[0] * v[1] - u[1] * v[0];
  const dot = u[0] * v[0] + u[1] * v[1];
  return Math.atan2(cross, dot);
}

/** A flat washer/flange: a rectangle revolved, `rOuter` × `rInner` × `height`, centred at `at`. */
export function ring(segments: number, rOuter: number, rInner: number, height: number, placement: Placement = {}): BufferGeometry {
  const h = height / 2;
  return revolve(
    segments,
    [
      [rOuter, -h],
      [rOuter, h],
      [rInner, h],
      [rInner, -h],
      [rOuter, -h],
    ],
    placement,
  );
}

/** A closed outline (and optional holes) in the x-y plane, extruded `depth` along z and centred on z = 0. */
export function extrude(outline: readonly Vec2[], depth: number, placement: Placement = {}, holes: readonly (readonly Vec2[])[] = []): BufferGeometry {
  const shape = new Shape(outline.map(([x, y]) => new Vector2(x, y)));
  for (const hole of holes) shape.holes.push(new Path(hole.map(([x, y]) => new Vector2(x, y))));
  const geometry = new ExtrudeGeometry(shape, { depth, bevelEnabled: false, curveSegments: 1, steps: 1 });
  geometry.translate(0, 0, -depth / 2);
  return place(geometry, placement);
}

/** Points of a circle (or an arc) of radius r around (cx, cy), counter-clockwise from `startDeg`. */
export function arcPoints(cx: number, cy: number, r: number, count: number, startDeg = 0, sweepDeg = 360): Vec2[] {
  const closed = Math.abs(sweepDeg) >= 360;
  const steps = closed ? count : count - 1;
  return Array.from({ length: count }, (_, i) => {
    const angle = ((startDeg + (sweepDeg * i) / steps) * Math.PI) / 180;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)] as Vec2;
  });
}

/** A regular polygon outline with `sides` corners (a hexagon for a honeycomb cell). */
export function polygon(sides: number, radius: number, startDeg = 0): Vec2[] {
  return arcPoints(0, 0, radius, sides, startDeg);
}


/** A round rod from `from` to `to` (a leg, a tie rod, a cable, a beam), `segments` around. */
export function rod(from: Vec3, to: Vec3, radius: number, segments: number, radiusTo = radius): BufferGeometry {
  return rodBetween(from, to, radius, segments, radiusTo);
}

/** A square-section bar from `from` to `to` (a frame member, a tower leg). */
export function bar(from: Vec3, to: Vec3, size: number): BufferGeometry {
  return rod(from, to, size / Math.SQRT2, 4);
}

/**
 * A tube swept along a smooth curve through `points`, its radius varying along the way (a grain
 * head tapering to its tip, a cable, a beam pipe). Open ends are closed with flat caps; a closed
 * path (a loop) has none.
 */
export function sweep(
  points: readonly Vec3[],
  radius: number | ((t: number) => number),
  radialSegments: number,
  tubularSegments: number,
  options: { closed?: boolean; tension?: number } = {},
): BufferGeometry {
  const { closed = false, tension = 0.5 } = options;
  const curve = new CatmullRomCurve3(
    points.map((p) => new Vector3(...p)),
    closed,
    'catmullrom',
    tension,
  );
  const frames = curve.computeFrenetFrames(tubularSegments, closed);
  const radiusAt = typeof radius === 'number' ? () => radius : radius;
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  const rings = closed ? tubularSegments : tubularSegments + 1;
  const point = new Vector3();
  const normal = new Vector3();
  for (let i = 0; i < rings; i += 1) {
    const t = i / tubularSegments;
    curve.getPointAt(t, point);
    const n = frames.normals[i] as Vector3;
    const b = frames.binormals[i] as Vector3;
    const r = radiusAt(t);
    for (let j = 0; j < radialSegments; j += 1) {
      const v = (j / radialSegments) * Math.PI * 2;
      const sin = Math.sin(v);
      const cos = -Math.cos(v);
      normal.set(cos * n.x + sin * b.x, cos * n.y + sin * b.y, cos * n.z + sin * b.z).normalize();
      positions.push(point.x + r * normal.x, point.y + r * normal.y, point.z + r * normal.z);
      normals.push(normal.x, normal.y, normal.z);
    }
  }
  for (let i = 0; i < tubularSegments; i += 1) {
    const i2 = (i + 1) % rings;
    for (let j = 0; j < radialSegments; j += 1) {
      const j2 = (j + 1) % radialSegments;
      const a = i * radialSegments + j;
      const b = i2 * radialSegments + j;
      const c = i2 * radialSegments + j2;
      const d = i * radialSegments + j2;
      indices.push(a, b, d, b, c, d);
    }
  }
  if (!closed) {
    // Flat caps: a fan around a centre vertex at each end, facing along the path.
    for (const [ringIndex, sign] of [
      [0, -1],
      [tubularSegments, 1],
    ] as const) {
      const t = ringIndex / tubularSegments;
      curve.getPointAt(t, point);
      if (radiusAt(t) <= 1e-6) continue; // a tube that tapers to a point needs no cap
      const tangent = curve.getTangentAt(t).multiplyScalar(sign);
      const base = positions.length / 3;
      for (let j = 0; j < radialSegments; j += 1) {
        const source = (ringIndex * radialSegments + j) * 3;
        positions.push(positions[source] as number, positions[source + 1] as number, positions[source + 2] as number);
        normals.push(tangent.x, tangent.y, tangent.z);
      }
      const centre = positions.length / 3;
      positions.push(point.x, point.y, point.z);
      normals.push(tangent.x, tangent.y, tangent.z);
      // The ring runs clockwise about the path direction, so the start cap (facing back) winds with it.
      for (let j = 0; j < radialSegments; j += 1) {
        const j2 = (j + 1) % radialSegments;
        if (sign < 0) indices.push(centre, base + j, base + j2);
        else indices.push(centre, base + j2, base + j);
      }
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new Float32BufferAttribute(normals, 3));
  geometry.setIndex(indices);
  return geometry;
}

/** `count` copies of a builder spread evenly around the y axis, the first at `startDeg` (0° faces +z). */
export function around<T>(count: number, build: (angleDeg: number, index: number) => T, startDeg = 0): T[] {
  return Array.from({ length: count }, (_, index) => build(startDeg + (360 * index) / count, index));
}

/** A point at radius r and azimuth angleDeg (0° is +z, 90° is +x, as LatheGeometry and `place` about y use). */
export function polar(r: number, angleDeg: number, y = 0): Vec3 {
  const a = (angleDeg * Math.PI) / 180;
  return [r * Math.sin(a), y, r * Math.cos(a)];
}
