/**
 * The model pipeline: generate → weld → validate (Khronos) → compress → decode and validate again.
 * Pure functions over bytes; `scripts/buildModels.ts` writes the files and the manifest, and the
 * tests run the same functions to prove the committed files are current and valid.
 */
import { createHash } from 'node:crypto';
import { NodeIO } from '@gltf-transform/core';
import { buildModelDocument, fitFor } from './buildDocument';
import { compress, decompress, type Codec } from './codecs';
import { LOD_LEVELS, type LodLevel, type ModelGenerator } from './types';
import { validateGlb } from './validateGlb';

/**
 * The codec of the files the app serves: meshopt (EXT_meshopt_compression, glTF-Transform level
 * "high"). Measured on all 114 files (docs/performance.md, "Model codecs"): within 2 % of Draco
 * over the wire once each codec's decoder is counted (the LOD0 files alone come out smaller), while
 * decoding 6–9× faster, starting 2–4× sooner, with a 7.6 KiB decoder instead of 73 KiB and no
 * worker. Draco through gltf-pipeline stays a working path: `npm run models -- --codec draco`.
 */
export const DEFAULT_CODEC: Codec = 'meshopt';

export interface BuiltLod {
  level: LodLevel;
  triangles: number;
  /** The welded, uncompressed GLB (what the validator checks first). */
  source: Uint8Array;
  /** The compressed GLB that is served. */
  compressed: Uint8Array;
  min: [number, number, number];
  max: [number, number, number];
}

export class ModelValidationError extends Error {
  constructor(model: string, stage: string, messages: readonly string[]) {
    super(`${model}: the Khronos glTF validator found errors ${stage}:\n  ${messages.join('\n  ')}`);
    this.name = 'ModelValidationError';
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The uncompressed GLB of every level, deterministic for a given generator and size. */
export async function buildSources(generator: ModelGenerator, sizeM: readonly [number, number, number]): Promise<Omit<BuiltLod, 'compressed'>[]> {
  const io = new NodeIO();
  const out: Omit<BuiltLod, 'compressed'>[] = [];
  const fit = fitFor(generator.build(0), sizeM);
  for (const level of LOD_LEVELS) {
    const built = await buildModelDocument(generator, generator.build(level), fit);
    out.push({ level, triangles: built.triangles, source: await io.writeBinary(built.document), min: built.min, max: built.max });
  }
  return out;
}

/** Builds, validates, compresses and re-validates all levels of one model. */
export async function buildModel(generator: ModelGenerator, sizeM: readonly [number, number, number], codec: Codec = DEFAULT_CODEC): Promise<BuiltLod[]> {
  const sources = await buildSources(generator, sizeM);
  const out: BuiltLod[] = [];
  for (const lod of sources) {
    const before = await validateGlb(lod.source, `${generator.name}/lod${lod.level}.glb`);
    if (before.errors > 0) throw new ModelValidationError(generator.name, `in LOD${lod.level} before compression`, before.messages);
    const compressed = await compress(codec, lod.source);
    const after = await validateGlb(await decompress(compressed), `${generator.name}/lod${lod.level}.glb`);
    if (after.errors > 0) throw new ModelValidationError(generator.name, `in LOD${lod.level} after ${codec} compression and decoding`, after.messages);
    out.push({ ...lod, compressed });
  }
  return out;
}
