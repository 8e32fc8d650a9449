/**
 * What a procedural model is: a function from level of detail to coloured parts. Parts are three.js
 * geometries (pure math, no renderer) in metres, the model standing on y = 0 and facing +z; the
 * pipeline merges them into one vertex-coloured primitive per level, so an instanced batch of a
 * model is one draw call per level (issue 4's budget counts on that).
 */
import type { BufferGeometry } from 'three';

/** 0 is the most detailed level; 2 is seen from across the hall. */
export type LodLevel = 0 | 1 | 2;

export const LOD_LEVELS: readonly LodLevel[] = [0, 1, 2];

export interface ModelPart {
  geometry: BufferGeometry;
  /** sRGB colour, #rrggbb. */
  color: string;
}

export interface ModelGenerator {
  /** Folder name under public/models/ and the scene id without "model-", e.g. "tokamak". */
  name: string;
  /** What it shows, for the manifest and the docs. */
  title: string;
  /** One PBR material for the whole model; colour comes from the parts. */
  material: { metallic: number; roughness: number };
  /** The parts at a level of detail. Lower levels drop small parts and use fewer segments. */
  build(lod: LodLevel): ModelPart[];
}
