/**
 * The committed models: every catalogue entry has a generator, the files are what the generators
 * make today (not stale), they pass the Khronos validator before and after compression, and they
 * keep to the triangle and size budgets.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODEL_SPECS, type ModelName } from '../../scripts/content/models';
import { decompress } from '../../scripts/models/codecs';
import { GENERATORS } from '../../scripts/models/generators';
import { MANIFEST_PATH, modelFile, type ModelManifest } from '../../scripts/models/manifest';
import { DEFAULT_CODEC, buildSources, sha256 } from '../../scripts/models/pipeline';
import { validateGlb } from '../../scripts/models/validateGlb';
import { parseScene } from '../../src/scene';

const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as ModelManifest;
const MEBIBYTE = 1024 * 1024;

describe('the model catalogue', () => {
  it('has a generator for every model in scripts/content/models.ts, and no other', () => {
    expect(GENERATORS.map((generator) => generator.name).sort()).toEqual(Object.keys(MODEL_SPECS).sort());
  });

  it('lists every generated model in the manifest with three levels', () => {
    expect(manifest.models.map((model) => model.name).sort()).toEqual(GENERATORS.map((generator) => generator.name).sort());
    for (const model of manifest.models) expect(model.lods.map((lod) => lod.file)).toEqual([0, 1, 2].map((level) => modelFile(model.name, level as 0 | 1 | 2)));
  });

  it('serves the codec the pipeline is set to', () => {
    expect(manifest.codec).toBe(DEFAULT_CODEC);
  });

  it('covers every model the default expo uses', () => {
    const result = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
    const used = new Set(result.layout?.exhibits.map((placed) => placed.exhibit.model));
    const built = new Set(manifest.models.map((model) => model.id));
    expect([...used].filter((id) => !built.has(id))).toEqual([]);
  });
});

describe.each(GENERATORS.map((generator) => [generator.name, generator] as const))('model %s', (name, generator) => {
  const entry = manifest.models.find((model) => model.name === name);
  let sources: Awaited<ReturnType<typeof buildSources>> = [];

  beforeAll(async () => {
    sources = await buildSources(generator, MODEL_SPECS[name as ModelName].sizeM);
  });

  it('is up to date: regenerating it gives the sources the committed files were made from (run `npm run models`)', () => {
    expect(sources.map((lod) => sha256(lod.source))).toEqual(entry?.lods.map((lod) => lod.sourceSha256));
    for (const lod of entry?.lods ?? []) {
      const bytes = readFileSync(`public/${lod.file}`);
      expect({ file: lod.file, bytes: bytes.byteLength, sha256: sha256(bytes) }).toEqual({ file: lod.file, bytes: lod.bytes, sha256: lod.sha256 });
    }
  });

  it('passes the Khronos validator before compression with no errors', async () => {
    for (const lod of sources) {
      const report = await validateGlb(lod.source, `${name}/lod${lod.level}.glb`);
      expect(report.messages.filter(() => report.errors > 0)).toEqual([]);
      expect(report.errors).toBe(0);
    }
  });

  it('decodes after compression and passes the validator again', async () => {
    for (const lod of entry?.lods ?? []) {
      const compressed = new Uint8Array(readFileSync(`public/${lod.file}`));
      const json = JSON.parse(new TextDecoder().decode(compressed.subarray(20, 20 + new DataView(compressed.buffer).getUint32(12, true)))) as {
        extensionsUsed?: string[];
        images?: unknown[];
        materials?: unknown[];
      };
      expect(json.extensionsUsed).toContain(DEFAULT_CODEC === 'draco' ? 'KHR_draco_mesh_compression' : 'EXT_meshopt_compression');
      // Colour comes from a small vertex palette and one PBR material: no textures to weigh on a tablet.
      expect(json.images ?? []).toEqual([]);
      expect(json.materials).toHaveLength(1);
      const report = await validateGlb(await decompress(compressed), lod.file);
      expect(report.errors).toBe(0);
    }
  });

  it('keeps to the triangle budget: LOD0 ≤ 20k, LOD1 ≤ 30% and LOD2 ≤ 8% of LOD0', () => {
    const [lod0, lod1, lod2] = entry?.lods.map((lod) => lod.triangles) ?? [];
    expect(lod0).toBeLessThanOrEqual(20_000);
    expect(lod1).toBeLessThanOrEqual(0.3 * (lod0 ?? 0));
    expect(lod2).toBeLessThanOrEqual(0.08 * (lod0 ?? 0));
    expect(lod2).toBeGreaterThan(0);
  });

  it('stands on the floor inside its catalogue box', () => {
    const size = MODEL_SPECS[name as ModelName].sizeM;
    const { min, max } = entry?.boundsM ?? { min: [0, 0, 0], max: [0, 0, 0] };
    expect(min[1]).toBeCloseTo(0, 3);
    for (const axis of [0, 1, 2]) expect((max[axis] ?? 0) - (min[axis] ?? 0)).toBeLessThanOrEqual((size[axis] ?? 0) + 1e-3);
  });
}, 60_000);

describe('the whole catalogue', () => {
  it('fits in 5 MB for every model the default expo uses', () => {
    const result = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
    const used = new Set(result.layout?.exhibits.map((placed) => placed.exhibit.model));
    const bytes = manifest.models.filter((model) => used.has(model.id)).reduce((sum, model) => sum + model.lods.reduce((inner, lod) => inner + lod.bytes, 0), 0);
    expect(bytes).toBeLessThanOrEqual(5 * MEBIBYTE);
    expect(manifest.totals.bytes).toBe(manifest.models.reduce((sum, model) => sum + model.lods.reduce((inner, lod) => inner + lod.bytes, 0), 0));
  });

  it('serves the Draco decoder from this site, the same files three ships', () => {
    for (const file of ['draco_decoder.wasm', 'draco_wasm_wrapper.js']) {
      expect(sha256(readFileSync(`public/draco/${file}`))).toBe(sha256(readFileSync(`node_modules/three/examples/jsm/libs/draco/gltf/${file}`)));
    }
  });
});
