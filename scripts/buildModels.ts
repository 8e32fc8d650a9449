/**
 * `npm run models [names…] [--codec meshopt|draco]`: rebuilds every model (or the named ones) from
 * source into public/models/<name>/lod0.glb … lod2.glb and rewrites public/models/manifest.json.
 * The output is deterministic, so a rebuild of unchanged sources changes no file. `--codec draco`
 * builds the gltf-pipeline (Draco) variant instead of the served default; the app reads both.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MODEL_SPECS, modelId, type ModelName } from './content/models';
import { GENERATORS } from './models/generators';
import { MANIFEST_PATH, modelFile, roundBounds, serializeManifest, type ManifestModel, type ModelManifest } from './models/manifest';
import type { Codec } from './models/codecs';
import { DEFAULT_CODEC, buildModel, sha256 } from './models/pipeline';

const args = process.argv.slice(2);
const codecIndex = args.indexOf('--codec');
const codecArg = codecIndex === -1 ? DEFAULT_CODEC : args[codecIndex + 1];
if (codecArg !== 'draco' && codecArg !== 'meshopt') throw new Error(`--codec must be "meshopt" or "draco", not "${codecArg}"`);
const codec: Codec = codecArg;
const only = new Set(args.filter((arg, index) => !arg.startsWith('--') && index !== codecIndex + 1));
const previous = readPrevious();
const models: ManifestModel[] = [];

for (const generator of GENERATORS) {
  if (only.size > 0 && !only.has(generator.name)) {
    const kept = previous?.models.find((model) => model.name === generator.name);
    if (kept) models.push(kept);
    continue;
  }
  const spec = MODEL_SPECS[generator.name as ModelName];
  if (!spec) throw new Error(`model generator "${generator.name}" has no entry in scripts/content/models.ts`);
  const started = performance.now();
  const lods = await buildModel(generator, spec.sizeM, codec);
  for (const lod of lods) {
    const path = `public/${modelFile(generator.name, lod.level)}`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, lod.compressed);
  }
  const first = lods[0];
  models.push({
    id: modelId(generator.name as ModelName),
    name: generator.name,
    title: generator.title,
    boundsM: { min: roundBounds(first?.min ?? []), max: roundBounds(first?.max ?? []) },
    lods: lods.map((lod) => ({
      level: lod.level,
      file: modelFile(generator.name, lod.level),
      triangles: lod.triangles,
      bytes: lod.compressed.byteLength,
      sha256: sha256(lod.compressed),
      sourceSha256: sha256(lod.source),
    })),
  });
  const triangles = lods.map((lod) => lod.triangles).join(' / ');
  const kilobytes = lods.map((lod) => (lod.compressed.byteLength / 1024).toFixed(1)).join(' / ');
  console.log(`${generator.name}: ${triangles} triangles, ${kilobytes} KiB (${Math.round(performance.now() - started)} ms)`);
}

models.sort((a, b) => a.name.localeCompare(b.name));
const manifest: ModelManifest = {
  version: 1,
  codec,
  models,
  totals: {
    files: models.reduce((sum, model) => sum + model.lods.length, 0),
    bytes: models.reduce((sum, model) => sum + model.lods.reduce((inner, lod) => inner + lod.bytes, 0), 0),
    triangles: models.reduce((sum, model) => sum + (model.lods[0]?.triangles ?? 0), 0),
  },
};
writeFileSync(MANIFEST_PATH, serializeManifest(manifest));
console.log(`${MANIFEST_PATH}: ${manifest.totals.files} files, ${(manifest.totals.bytes / 1024 / 1024).toFixed(2)} MiB`);
console.log('The default expo takes its placeholder sizes from the manifest: run `npm run gen:default` next.');

function readPrevious(): ModelManifest | undefined {
  try {
    return JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as ModelManifest;
  } catch {
    return undefined;
  }
}
