/**
 * The served files are meshopt, but the gltf-pipeline (Draco) path stays working: the same
 * sources compress with Draco, carry KHR_draco_mesh_compression, and decode to files the Khronos
 * validator accepts (buildModel throws otherwise).
 */
import { describe, expect, it } from 'vitest';
import { MODEL_SPECS, type ModelName } from '../../scripts/content/models';
import { GENERATORS } from '../../scripts/models/generators';
import { buildModel } from '../../scripts/models/pipeline';

const SAMPLE = ['pedestal', 'tokamak', 'electric-car'];

function extensionsUsed(glb: Uint8Array): string[] {
  const jsonLength = new DataView(glb.buffer, glb.byteOffset).getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as { extensionsUsed?: string[] };
  return json.extensionsUsed ?? [];
}

describe.each(SAMPLE)('the Draco path for %s', (name) => {
  it('compresses every level with gltf-pipeline into a valid, much smaller file', async () => {
    const generator = GENERATORS.find((candidate) => candidate.name === name);
    if (!generator) throw new Error(`no generator ${name}`);
    const lods = await buildModel(generator, MODEL_SPECS[name as ModelName].sizeM, 'draco');
    expect(lods).toHaveLength(3);
    for (const lod of lods) {
      expect(extensionsUsed(lod.compressed)).toContain('KHR_draco_mesh_compression');
      expect(lod.compressed.byteLength).toBeLessThan(lod.source.byteLength / 2);
    }
  }, 60_000);
});
