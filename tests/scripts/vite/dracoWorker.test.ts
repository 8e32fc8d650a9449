import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DRACO_WORKER_FILE as PLUGIN_WORKER_FILE, buildDracoWorkerSource, dracoWorkerBody } from '../../../scripts/vite/dracoWorker';
import { DRACO_WORKER_FILE } from '../../../src/render/createDracoLoader';
import { modelFixtures } from '../../render/modelFixtures';

const LOADER_SOURCE = readFileSync('node_modules/three/examples/jsm/loaders/DRACOLoader.js', 'utf8');
const DECODER_SOURCE = readFileSync('public/draco/draco_wasm_wrapper.js', 'utf8');

/** Runs the worker file in a bare context standing in for a worker's global scope; returns its `postMessage` log and a way to send. */
function startWorker(): { send: (data: unknown) => void; received: unknown[] } {
  const received: unknown[] = [];
  const scope: Record<string, unknown> = { WebAssembly, console, setTimeout, clearTimeout, Promise, Int8Array, Float32Array, Uint32Array, Uint8Array, Int16Array, Int32Array, Uint16Array };
  scope.self = scope;
  scope.postMessage = (data: unknown) => received.push(data);
  const context = createContext(scope);
  runInContext(buildDracoWorkerSource(DECODER_SOURCE, LOADER_SOURCE), context);
  return {
    received,
    send: (data) => (scope.onmessage as (event: { data: unknown }) => void)({ data }),
  };
}

describe('the Draco decoder worker file', () => {
  it("is named where the app's DRACOLoader looks for it", () => {
    expect(PLUGIN_WORKER_FILE).toBe(DRACO_WORKER_FILE);
  });

  it("carries three's own worker code and no blob or importScripts", () => {
    const body = dracoWorkerBody(LOADER_SOURCE);
    expect(body).toContain('DracoDecoderModule( decoderConfig )');
    expect(body).toContain("case 'decode':");
    const source = buildDracoWorkerSource(DECODER_SOURCE, LOADER_SOURCE);
    expect(source.startsWith('/* Draco decoder worker')).toBe(true);
    expect(source).not.toMatch(/importScripts\(|createObjectURL|new Function|\beval\(/);
  });

  it('fails the build if three no longer has the worker function', () => {
    expect(() => dracoWorkerBody('export { DRACOLoader };')).toThrow(/no DRACOWorker function/);
  });

  it("answers the app's probe, then decodes a Draco mesh with three's message protocol", async () => {
    const worker = startWorker();
    worker.send({ type: 'probe' });
    expect(worker.received).toEqual([{ type: 'probe', wasm: true }]);

    const wasm = readFileSync('public/draco/draco_decoder.wasm');
    worker.send({ type: 'init', decoderConfig: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) } });
    // A raw Draco mesh: the payload of the fixture's one compressed primitive.
    const { draco } = await modelFixtures();
    const view = new DataView(draco.buffer, draco.byteOffset, draco.byteLength);
    const jsonBytes = view.getUint32(12, true);
    const json = JSON.parse(new TextDecoder().decode(draco.subarray(20, 20 + jsonBytes))) as { bufferViews: { byteOffset?: number; byteLength: number }[]; meshes: { primitives: { extensions: { KHR_draco_mesh_compression: { bufferView: number; attributes: Record<string, number> } } }[] }[] };
    const primitive = json.meshes[0]?.primitives[0]?.extensions.KHR_draco_mesh_compression;
    const bufferView = json.bufferViews[primitive?.bufferView ?? -1];
    if (!primitive || !bufferView) throw new Error('the fixture has no Draco primitive');
    const binStart = 20 + jsonBytes + 8;
    const payload = draco.slice(binStart + (bufferView.byteOffset ?? 0), binStart + (bufferView.byteOffset ?? 0) + bufferView.byteLength);
    const taskConfig = { attributeIDs: { position: primitive.attributes.POSITION }, attributeTypes: { position: 'Float32Array' }, useUniqueIDs: true, vertexColorSpace: 'srgb-linear' };
    worker.send({ type: 'decode', id: 7, taskConfig, buffer: payload.buffer });
    await expect.poll(() => worker.received.length, { timeout: 10_000 }).toBe(2);
    const answer = worker.received[1] as { type: string; id: number; geometry: { index: { array: Uint32Array }; attributes: { name: string; array: Float32Array }[] } };
    expect(answer.type).toBe('decode');
    expect(answer.id).toBe(7);
    expect(answer.geometry.attributes[0]?.name).toBe('position');
    expect(answer.geometry.attributes[0]?.array.length).toBeGreaterThan(0);
    expect(answer.geometry.index.array.length % 3).toBe(0);
  });
});
