/**
 * Shared building blocks for the vehicle, spacecraft and robot models (vehicles.ts): a part list,
 * struts between two points, wheels, a lofted body for smooth car and train shells, extruded side
 * profiles and faceted shading. Kept apart from shapes.ts so the generic helpers stay generic.
 */
import { BufferAttribute, BufferGeometry, CylinderGeometry, ExtrudeGeometry, Quaternion, Shape, Vector3 } from 'three';
import { box, byLod, cylinder, lathe, place, radialSegments, rodBetween, type Placement } from '../shapes';
import type { LodLevel, ModelPart } from '../types';

export type Vec3 = [number, number, number];

/** Collects coloured parts; `add` takes several geometries of one colour. */
export class Parts {
  readonly list: ModelPart[] = [];

  add(color: string, ...geometries: BufferGeometry[]): this {
    for (const geometry of geometries) this.list.push({ geometry, color });
    return this;
  }

  push(...parts: ModelPart[]): this {
    this.list.push(...parts);
    return this;
  }
}

/**
 * Gives every triangle its own vertices and a face normal. Three's cylinders with few sides (an
 * octagonal lander body, a hexagonal nut) otherwise share vertices around the rim and shade like a
 * blurred round thing; faceted, each flat panel catches the light on its own.
 */
export function faceted(geometry: BufferGeometry): BufferGeometry {
  const flat = geometry.index ? geometry.toNonIndexed() : geometry;
  flat.deleteAttribute('normal');
  flat.computeVertexNormals();
  return flat;
}

/** A faceted prism with `sides` flat faces standing on the y axis (an octagonal bus, a hex nut). */
export function prism(sides: number, radius: number, height: number, placement: Placement = {}, radiusTop = radius): BufferGeometry {
  return faceted(place(new CylinderGeometry(radiusTop, radius, height, sides, 1), placement));
}

const _up = new Vector3(0, 1, 0);
const _direction = new Vector3();
const _quaternion = new Quaternion();

/** A round rod from one point to another (struts, legs, antenna masts, robot links). */
export function strut(lod: LodLevel, from: Vec3, to: Vec3, radius: number, detail: 'fine' | 'normal' | 'coarse' = 'coarse', radiusTo = radius): BufferGeometry {
  return rodBetween(from, to, radius, radialSegments(lod, detail), radiusTo);
}

/**
 * A rounded, tapering limb from one point to another (a lathe turned onto the segment): thighs,
 * forearms, robot links. `r0` is the radius near `from`, `r1` near `to`.
 */
export function limb(lod: LodLevel, from: Vec3, to: Vec3, r0: number, r1 = r0, detail: 'fine' | 'normal' | 'coarse' = 'normal'): BufferGeometry {
  _direction.set(to[0] - from[0], to[1] - from[1], to[2] - from[2]);
  const length = _direction.length();
  const ends = Math.min(r0, r1, length / 4);
  const profile: [number, number][] =
    lod === 2
      ? [
          [0.0001, 0],
          [r0, 0],
          [r1, length],
          [0.0001, length],
        ]
      : [
          [0.0001, 0],
          [r0 * 0.75, ends * 0.1],
          [r0, ends * 0.7],
          [r1, length - ends * 0.7],
          [r1 * 0.75, length - ends * 0.1],
          [0.0001, length],
        ];
  const geometry = lathe(lod, profile, {}, detail);
  _quaternion.setFromUnitVectors(_up, _direction.normalize());
  geometry.applyQuaternion(_quaternion);
  geometry.translate(...from);
  return geometry;
}

export interface WheelOptions {
  /** Centre of the wheel. */
  at: Vec3;
  radius: number;
  width: number;
  /** Axle direction: 'z' for a vehicle running along x, 'x' for one running along z. */
  axle?: 'x' | 'z';
  tyre?: string;
  rim?: string;
  /** Rim radius as a share of the wheel radius. */
  rimRatio?: number;
  /** Spokes on the outer face at LOD0 (0 for an aero disc). */
  spokes?: number;
  /** Which side the outer face is on: +1 (towards +z or +x) or -1. */
  side?: 1 | -1;
}

/**
 * A wheel: a tyre with rounded shoulders (a lathe, so it reads as rubber rather than a tin can),
 * a rim disc slightly proud of the sidewall and, close up, a hub and spokes. Lower levels fall back
 * to a plain cylinder.
 */
export function wheel(lod: LodLevel, options: WheelOptions): ModelPart[] {
  const { at, radius: r, width: w, axle = 'z', tyre = '#1b1b1d', rim = '#9aa1a8', rimRatio = 0.64, spokes = 5, side = 1 } = options;
  // Built around y, then turned so y becomes the axle; `outward` is +y before turning.
  const turn: Vec3 = axle === 'z' ? [side * 90, 0, 0] : [0, 0, -side * 90];
  const orient = (geometry: BufferGeometry) => {
    const euler = turn.map((degrees) => (degrees * Math.PI) / 180) as Vec3;
    geometry.rotateX(euler[0]).rotateZ(euler[2]);
    return geometry.translate(...at);
  };
  const parts: ModelPart[] = [];
  const rimR = r * rimRatio;
  if (lod === 2) {
    parts.push({ geometry: orient(cylinder(lod, r, r, w, {}, 'fine')), color: tyre });
    return parts;
  }
  const h = w / 2;
  const tyreProfile: [number, number][] = [
    [rimR, -h],
    [r * 0.93, -h],
    [r, -h * 0.6],
    [r, h * 0.6],
    [r * 0.93, h],
    [rimR, h],
  ];
  // LOD1 wheels are seen from mid-hall: ten sides are round enough and keep LOD1 in budget on
  // six-wheeled trucks and rovers.
  const round = lod === 0 ? 'fine' : 'normal';
  parts.push({ geometry: orient(lathe(lod, tyreProfile, {}, round)), color: tyre });
  // The rim: a disc just inside the tyre, its outer face slightly recessed like a real wheel.
  parts.push({ geometry: orient(cylinder(lod, rimR, rimR, w * 0.96, {}, round)), color: rim });
  if (lod === 0) {
    parts.push({ geometry: orient(cylinder(lod, rimR * 0.25, rimR * 0.3, 0.02 * r, { at: [0, w * 0.48 + 0.01 * r, 0] }, 'coarse')), color: '#2a2d31' });
    for (let index = 0; index < spokes; index += 1) {
      const angle = (index / spokes) * 360;
      const spoke = box(rimR * 0.75, 0.03 * r, rimR * 0.22, { at: [rimR * 0.5, w * 0.48 + 0.012 * r, 0] });
      spoke.rotateY((angle * Math.PI) / 180);
      parts.push({ geometry: orient(spoke), color: shade(rim, -0.25) });
    }
  }
  return parts;
}

/** Four car wheels on two axles, each with a dark disc behind it that reads as the wheel arch. */
export function carWheels(lod: LodLevel, parts: Parts, options: { frontX: number; rearX: number; radius: number; width: number; bodyHalfWidth: number; rim: string; spokes: number }): void {
  const { frontX, rearX, radius, width, bodyHalfWidth: half, rim, spokes } = options;
  for (const x of [frontX, rearX]) {
    for (const side of [1, -1] as const) {
      // The tyre's outer face sits just proud of the body side; a dark disc behind it reads as
      // the wheel arch, which a loft cannot cut.
      const z = side * (half - width / 2 + 0.015);
      parts.push(...wheel(lod, { at: [x, radius, z], radius, width, side, rim, spokes }));
      if (lod < 2) parts.add('#16181b', cylinder(lod, radius + 0.05, radius + 0.05, 0.1, { at: [x, radius + 0.01, side * (half - 0.053)], rotateDeg: [90, 0, 0] }, 'normal'));
    }
  }
}

/** Lightens (amount > 0) or darkens (amount < 0) an sRGB hex colour. */
export function shade(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 0xff;
    const next = amount >= 0 ? c + (255 - c) * amount : c * (1 + amount);
    return Math.round(Math.min(255, Math.max(0, next)));
  };
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}

/**
 * A side profile in the x-y plane extruded symmetrically along z: truck cabs, robot links, fins.
 * `bevel` rounds the edges (0 for sharp). Points go round the outline in either direction.
 */
export function extrudeProfile(lod: LodLevel, points: readonly [number, number][], depth: number, bevel = 0, z = 0): BufferGeometry {
  const shape = new Shape();
  points.forEach(([x, y], index) => (index === 0 ? shape.moveTo(x, y) : shape.lineTo(x, y)));
  shape.closePath();
  const bevelOn = bevel > 0 && lod < 2;
  const geometry = new ExtrudeGeometry(shape, {
    depth: bevelOn ? depth - 2 * bevel : depth,
    bevelEnabled: bevelOn,
    bevelThickness: bevel,
    bevelSize: bevel,
    bevelSegments: byLod(lod, [2, 1, 1]),
    curveSegments: 4,
  });
  geometry.translate(0, 0, z - (bevelOn ? depth / 2 - bevel : depth / 2));
  return geometry;
}

/** Where a loft quad lies: the middle of its profile segment (u, v) and of its span along x. */
export interface LoftQuad {
  u: number;
  v: number;
  x: number;
  /** Index of the span between two stations (first span is 0). */
  span: number;
}

/** One cross-section of a loft: centred on z = 0 at `x`, from `y` up `height`, `halfWidth` wide. */
export interface LoftStation {
  x: number;
  y: number;
  height: number;
  halfWidth: number;
}

/**
 * A smooth shell lofted along x through cross-sections, for car bodies, train noses and cabins.
 * `profile` is half a cross-section as [u, v] from the bottom centre (u = 0, v = 0) round the +z
 * side to the top centre (u = 0, v = 1): u is the share of the station's half width, v of its height;
 * the other half is its mirror. Stations run from low x to high x; both ends are capped.
 *
 * `colourOf` paints each quad by where it lies (see LoftQuad), the same on both sides: that is how a
 * window band, a stripe or a windscreen follows the curve of the shell, and since it is asked by
 * position rather than by index, a coarser level with fewer profile points or stations keeps its
 * paint where the profile keeps the boundary points. Caps take the colour of their end span.
 * Normals are smoothed over the whole shell before it is split by colour, so paint leaves no crease.
 */
export function loft(profile: readonly [number, number][], stations: readonly LoftStation[], colourOf: (quad: LoftQuad) => string): ModelPart[] {
  const n = profile.length - 1;
  const ringSize = 2 * n;
  // Ring j: j = 0…n is the +z half, j = n+1…2n-1 the mirrored -z half coming back down.
  const ringPoint = (j: number): [number, number] => {
    if (j <= n) return at(profile, j);
    const [u, v] = at(profile, 2 * n - j);
    return [-u, v];
  };
  const segmentOf = (j: number) => (j < n ? j : 2 * n - j - 1);
  const quadColour = (j: number, span: number) => {
    const k = segmentOf(j);
    const [u0, v0] = at(profile, k);
    const [u1, v1] = at(profile, k + 1);
    const x = (at(stations, span).x + at(stations, span + 1).x) / 2;
    return colourOf({ u: (u0 + u1) / 2, v: (v0 + v1) / 2, x, span });
  };
  const positions: number[] = [];
  for (const station of stations) {
    for (let j = 0; j < ringSize; j += 1) {
      const [u, v] = ringPoint(j);
      positions.push(station.x, station.y + v * station.height, u * station.halfWidth);
    }
  }
  const shell = new BufferGeometry();
  shell.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  const index: number[] = [];
  const colours: string[] = [];
  for (let s = 0; s < stations.length - 1; s += 1) {
    for (let j = 0; j < ringSize; j += 1) {
      const a = s * ringSize + j;
      const b = s * ringSize + ((j + 1) % ringSize);
      const c = a + ringSize;
      const d = b + ringSize;
      // (a, c, b) and (b, c, d) face outwards for stations in increasing x.
      index.push(a, c, b, b, c, d);
      const colour = quadColour(j, s);
      colours.push(colour, colour);
    }
  }
  shell.setIndex(index);
  shell.computeVertexNormals();
  const byColour = new Map<string, { position: number[]; normal: number[] }>();
  const bucket = (colour: string) => {
    let entry = byColour.get(colour);
    if (!entry) byColour.set(colour, (entry = { position: [], normal: [] }));
    return entry;
  };
  const p = shell.attributes.position as BufferAttribute;
  const nrm = shell.attributes.normal as BufferAttribute;
  colours.forEach((colour, triangle) => {
    const entry = bucket(colour);
    for (let k = 0; k < 3; k += 1) {
      const vertex = index[triangle * 3 + k] ?? 0;
      entry.position.push(p.getX(vertex), p.getY(vertex), p.getZ(vertex));
      entry.normal.push(nrm.getX(vertex), nrm.getY(vertex), nrm.getZ(vertex));
    }
  });
  // End caps: a flat fan from the centre of each end ring.
  const cap = (s: number, facing: 1 | -1, span: number) => {
    const station = stations[s];
    if (!station || station.height <= 1e-6 || station.halfWidth <= 1e-6) return;
    const centre: Vec3 = [station.x, station.y + station.height / 2, 0];
    for (let j = 0; j < ringSize; j += 1) {
      const [u0, v0] = ringPoint(j);
      const [u1, v1] = ringPoint((j + 1) % ringSize);
      const p0: Vec3 = [station.x, station.y + v0 * station.height, u0 * station.halfWidth];
      const p1: Vec3 = [station.x, station.y + v1 * station.height, u1 * station.halfWidth];
      const entry = bucket(quadColour(j, span));
      const triangle = facing < 0 ? [centre, p0, p1] : [centre, p1, p0];
      for (const point of triangle) {
        entry.position.push(...point);
        entry.normal.push(facing, 0, 0);
      }
    }
  };
  cap(0, -1, 0);
  cap(stations.length - 1, 1, stations.length - 2);
  return [...byColour].map(([color, { position, normal }]) => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(position), 3));
    geometry.setAttribute('normal', new BufferAttribute(new Float32Array(normal), 3));
    return { geometry, color };
  });
}

function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`index ${index} out of range`);
  return value;
}

/**
 * `count` stations between x0 and x1 (inclusive), spaced more densely towards both ends where
 * noses and tails curve fastest; `shape(x)` gives the rest of each station.
 */
export function stationsAlong(x0: number, x1: number, count: number, shape: (x: number) => Omit<LoftStation, 'x'>, ease = 0.5): LoftStation[] {
  const out: LoftStation[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = i / (count - 1);
    // Blend a linear and a cosine spacing: the cosine part crowds stations at the ends.
    const s = (1 - ease) * t + ease * (0.5 - 0.5 * Math.cos(Math.PI * t));
    const x = x0 + (x1 - x0) * s;
    out.push({ x, ...shape(x) });
  }
  return out;
}

/**
 * A smooth curve through [x, y] keys (sorted by x), flat beyond the ends: monotone cubic
 * (Fritsch–Carlson) so a roof line or a nose never overshoots its keys the way a plain spline can.
 */
export function curve(keys: readonly [number, number][]): (x: number) => number {
  const xs = keys.map(([x]) => x);
  const ys = keys.map(([, y]) => y);
  const count = keys.length;
  const slopes: number[] = [];
  for (let i = 0; i < count - 1; i += 1) slopes.push((at(ys, i + 1) - at(ys, i)) / (at(xs, i + 1) - at(xs, i)));
  const tangents = xs.map((_, i) => {
    if (i === 0) return at(slopes, 0);
    if (i === count - 1) return at(slopes, count - 2);
    const a = at(slopes, i - 1);
    const b = at(slopes, i);
    return a * b <= 0 ? 0 : (2 * a * b) / (a + b);
  });
  return (x: number) => {
    if (x <= at(xs, 0)) return at(ys, 0);
    if (x >= at(xs, count - 1)) return at(ys, count - 1);
    let i = 0;
    while (x > at(xs, i + 1)) i += 1;
    const h = at(xs, i + 1) - at(xs, i);
    const t = (x - at(xs, i)) / h;
    const t2 = t * t;
    const t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * at(ys, i) + (t3 - 2 * t2 + t) * h * at(tangents, i) + (-2 * t3 + 3 * t2) * at(ys, i + 1) + (t3 - t2) * h * at(tangents, i + 1);
  };
}

/** Every `step`-th item, always keeping the first and the last: a coarser loft for lower levels. */
export function every<T>(list: readonly T[], step: number): T[] {
  const out = list.filter((_, index) => index % step === 0);
  const last = list[list.length - 1];
  if (last !== undefined && out[out.length - 1] !== last) out.push(last);
  return out;
}

/**
 * A flat panel of solar cells: a frame, a dark blue face and, close up, a grid of thin lines so it
 * reads as cells rather than a painted board. Lies in the x-z plane, centred at the origin.
 */
export function solarPanel(lod: LodLevel, width: number, depth: number, thickness: number, cells: [number, number], colours = { frame: '#c9ced6', cell: '#1d3a6e', line: '#8fa3c0' }): ModelPart[] {
  const parts = new Parts();
  parts.add(colours.frame, box(width, thickness, depth));
  parts.add(colours.cell, box(width * 0.97, thickness * 0.3, depth * 0.94, { at: [0, thickness * 0.6, 0] }));
  if (lod === 0) {
    const [across, along] = cells;
    const y = thickness * 0.8;
    for (let i = 1; i < across; i += 1) parts.add(colours.line, box(width * 0.006, thickness * 0.2, depth * 0.94, { at: [-width / 2 + (i * width) / across, y, 0] }));
    for (let i = 1; i < along; i += 1) parts.add(colours.line, box(width * 0.97, thickness * 0.2, depth * 0.008, { at: [0, y, -depth / 2 + (i * depth) / along] }));
  }
  return parts.list;
}
