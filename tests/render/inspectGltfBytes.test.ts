import { describe, expect, it } from 'vitest';
import { inspectGltfBytes, ModelLoadError } from '../../src/render';
import { body, modelFixtures } from './modelFixtures';

function failure(run: () => unknown): ModelLoadError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelLoadError) return error;
    throw error;
  }
  throw new Error('expected a ModelLoadError');
}

const encode = (text: string): ArrayBuffer => body(new TextEncoder().encode(text));

describe('inspectGltfBytes', () => {
  it('reads the extensions of a Draco file from the pipeline', async () => {
    const { draco } = await modelFixtures();
    const facts = inspectGltfBytes(body(draco));
    expect(facts.format).toBe('glb');
    expect(facts.extensionsUsed).toContain('KHR_draco_mesh_compression');
  });

  it('reads a meshopt file and a JSON glTF', async () => {
    const { meshopt } = await modelFixtures();
    expect(inspectGltfBytes(body(meshopt)).extensionsUsed).toContain('EXT_meshopt_compression');
    expect(inspectGltfBytes(encode(' {"asset":{"version":"2.0"}}'))).toEqual({ format: 'json', extensionsUsed: [], extensionsRequired: [] });
  });

  it('calls a web page served instead of a model a web page, by its bytes or its Content-Type', () => {
    const page = failure(() => inspectGltfBytes(encode('<!doctype html><html></html>')));
    expect(page.kind).toBe('not-gltf');
    expect(page.detail).toContain('web page');
    expect(failure(() => inspectGltfBytes(encode('{}'), 'text/html; charset=utf-8')).detail).toContain('web page');
  });

  it('says a cut-off GLB was cut off, with both lengths', async () => {
    const { plain } = await modelFixtures();
    const cut = failure(() => inspectGltfBytes(body(plain.subarray(0, 1000))));
    expect(cut.kind).toBe('damaged');
    expect(cut.detail).toMatch(/ends after 1,000 bytes but its header says [\d,]+ bytes: the file was cut off/);
    expect(failure(() => inspectGltfBytes(body(plain.subarray(0, 10)))).kind).toBe('damaged');
  });

  it('names the first bytes of a file that is not glTF at all', () => {
    const random = failure(() => inspectGltfBytes(body(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))));
    expect(random.kind).toBe('not-gltf');
    expect(random.detail).toContain('89 50 4e 47');
    expect(failure(() => inspectGltfBytes(new ArrayBuffer(0))).detail).toBe('the file is empty');
  });

  it('refuses glTF 1 and binary glTF version 1 as unsupported', () => {
    expect(failure(() => inspectGltfBytes(encode('{"asset":{"version":"1.0"}}'))).kind).toBe('unsupported');
    const header = new DataView(new ArrayBuffer(20));
    header.setUint32(0, 0x46546c67, true);
    header.setUint32(4, 1, true);
    header.setUint32(8, 20, true);
    expect(failure(() => inspectGltfBytes(header.buffer)).detail).toContain('version 1');
  });

  it('calls a GLB with a broken JSON chunk damaged', async () => {
    const { plain } = await modelFixtures();
    const broken = plain.slice();
    broken[20] = 0x00; // the first byte of the JSON chunk
    broken[21] = 0x7d;
    expect(failure(() => inspectGltfBytes(body(broken))).kind).toBe('damaged');
  });
});
