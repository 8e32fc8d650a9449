/**
 * Building blocks for procedural models: three.js primitives whose segment counts follow the level
 * of detail, and a helper to place them. Every shape is returned as a new non-shared geometry, so
 * generators can move and merge them freely.
 */
import {
  BoxGeometry,
  type BufferGeometry,
  ConeGeometry,
  CylinderGeometry,
  Euler,
  LatheGeometry,
  Matrix4,
  Quaternion,
  SphereGeometry,
  TorusGeometry,
  Vector2,
  Vector3,
} from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';
import type { LodLevel } from './types';

/** Picks a value per level of detail: `byLod(lod, [32, 12, 6])`. */
export function byLod<T>(lod: LodLevel, values: readonly [T, T, T]): T {
  return values[lod];
}

export interface Placement {
  /** Translation in metres. */
  at?: [number, number, number];
  /** Rotation in degrees about x, y, z (applied in that order). */
  rotateDeg?: [number, number, number];
  /** Scale per axis. */
  scale?: [number, number, number];
}

const _matrix = new Matrix4();
const _up = new Vector3(0, 1, 0);
const _direction = new Vector3();
const _quaternion = new Quaternion();
const _euler = new Euler();
const _position = new Vector3();
const _scale = new Vector3();

/** Moves, turns and scales a geometry in place and returns it. */
export function place<T extends BufferGeometry>(geometry: T, { at = [0, 0, 0], rotateDeg = [0, 0, 0], scale = [1, 1, 1] }: Placement): T {
  const toRad = Math.PI / 180;
  _euler.set(rotateDeg[0] * toRad, rotateDeg[1] * toRad, rotateDeg[2] * toRad, 'XYZ');
  _quaternion.setFromEuler(_euler);
  _matrix.compose(_position.set(...at), _quaternion, _scale.set(...scale));
  geometry.applyMatrix4(_matrix);
  return geometry;
}

/** A box of the given size, its centre at `at`. */
export function box(width: number, height: number, depth: number, placement: Placement = {}): BufferGeometry {
  return place(new BoxGeometry(width, height, depth), placement);
}

/** A box with rounded edges: 4, 2 and 1 segments per edge by level (level 2 is a plain box). */
export function roundedBox(lod: LodLevel, width: number, height: number, depth: number, radius: number, placement: Placement = {}): BufferGeometry {
  if (lod === 2) return box(width, height, depth, placement);
  return place(new RoundedBoxGeometry(width, height, depth, byLod(lod, [4, 1, 1]), radius), placement);
}

/** Radial segments for round shapes by level. */
export function radialSegments(lod: LodLevel, detail: 'fine' | 'normal' | 'coarse' = 'normal'): number {
  const table = { fine: [48, 14, 6], normal: [32, 10, 5], coarse: [16, 6, 4] } as const;
  return table[detail][lod];
}

/** A cylinder (or truncated cone) standing on the y axis, its centre at `at`. */
export function cylinder(lod: LodLevel, radiusTop: number, radiusBottom: number, height: number, placement: Placement = {}, detail: 'fine' | 'normal' | 'coarse' = 'normal'): BufferGeometry {
  return place(new CylinderGeometry(radiusTop, radiusBottom, height, radialSegments(lod, detail), 1), placement);
}

export function cone(lod: LodLevel, radius: number, height: number, placement: Placement = {}, detail: 'fine' | 'normal' | 'coarse' = 'normal'): BufferGeometry {
  return place(new ConeGeometry(radius, height, radialSegments(lod, detail), 1), placement);
}

export function sphere(lod: LodLevel, radius: number, placement: Placement = {}, detail: 'fine' | 'normal' | 'coarse' = 'normal'): BufferGeometry {
  const segments = radialSegments(lod, detail);
  return place(new SphereGeometry(radius, segments, Math.max(3, Math.round(segments / 2))), placement);
}

/** A ring lying in the x-y plane (turn it with `rotateDeg` [90, 0, 0] to lie flat). */
export function torus(lod: LodLevel, radius: number, tube: number, placement: Placement = {}, detail: 'fine' | 'normal' | 'coarse' = 'normal'): BufferGeometry {
  const segments = radialSegments(lod, detail);
  return place(new TorusGeometry(radius, tube, Math.max(3, Math.round(segments / 3)), segments), placement);
}

/** A surface of revolution about y through the [radius, height] profile points. */
export function lathe(lod: LodLevel, profile: readonly [number, number][], placement: Placement = {}, detail: 'fine' | 'normal' | 'coarse' = 'normal'): BufferGeometry {
  return place(new LatheGeometry(profile.map(([r, y]) => new Vector2(r, y)), radialSegments(lod, detail)), placement);
}

/**
 * A round rod from one point to another (legs that splay, struts, cables, tie rods, robot links),
 * `segments` around. Built along y and turned onto the segment, so callers think in end points
 * rather than angles; `radiusTo` is the radius at `to`.
 */
export function rodBetween(from: readonly [number, number, number], to: readonly [number, number, number], radius: number, segments: number, radiusTo = radius): BufferGeometry {
  _direction.set(to[0] - from[0], to[1] - from[1], to[2] - from[2]);
  const length = _direction.length();
  // CylinderGeometry's radiusTop is at +y, which the rotation turns towards `to`.
  const geometry = new CylinderGeometry(radiusTo, radius, length, Math.max(3, segments), 1);
  _quaternion.setFromUnitVectors(_up, _direction.normalize());
  geometry.applyQuaternion(_quaternion);
  geometry.translate((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2);
  return geometry;
}
