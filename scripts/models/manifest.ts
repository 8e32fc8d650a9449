/**
 * public/models/manifest.json: what the pipeline built. The app and the tests read it; the scene
 * generator takes each model's fitted size from it so placeholder boxes match the models.
 */
import type { Codec } from './codecs';
import type { LodLevel } from './types';

export interface ManifestLod {
  level: LodLevel;
  /** Path relative to public/, as scenes write it. */
  file: string;
  triangles: number;
  bytes: number;
  sha256: string;
  /** Hash of the uncompressed source GLB: the stale check regenerates it and compares. */
  sourceSha256: string;
}

export interface ManifestModel {
  /** Scene id, e.g. "model-tokamak". */
  id: string;
  name: string;
  title: string;
  /** Fitted bounds, metres: the model stands on y = 0, centred on x and z. */
  boundsM: { min: [number, number, number]; max: [number, number, number] };
  lods: ManifestLod[];
}

export interface ModelManifest {
  version: 1;
  codec: Codec;
  models: ManifestModel[];
  totals: { files: number; bytes: number; triangles: number };
}

export const MANIFEST_PATH = 'public/models/manifest.json';

export function modelFile(name: string, level: LodLevel): string {
  return `models/${name}/lod${level}.glb`;
}

/** Rounds to 0.1 mm so the manifest does not churn on float noise. */
export function roundBounds(values: readonly number[]): [number, number, number] {
  return [0, 1, 2].map((index) => Math.round((values[index] ?? 0) * 1e4) / 1e4) as [number, number, number];
}

export function serializeManifest(manifest: ModelManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
