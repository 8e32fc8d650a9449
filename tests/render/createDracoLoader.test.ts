import type { BufferGeometry } from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDracoLoader } from '../../src/render/createDracoLoader';

/** Stands in for `Worker`: records its address and the messages posted to it, answers decodes. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly url: unknown;
  readonly posted: { type: string; decoderConfig?: { wasmBinary?: ArrayBuffer } }[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;

  constructor(url: unknown) {
    this.url = url;
    FakeWorker.started.push(this);
  }

  postMessage(message: { type: string; id?: number }): void {
    this.posted.push(message);
    if (message.type === 'decode') {
      const geometry = { index: null, attributes: [{ name: 'position', array: new Float32Array(9), itemSize: 3, stride: 3 }] };
      queueMicrotask(() => this.onmessage?.({ data: { type: 'decode', id: message.id, geometry } }));
    }
  }

  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
});

describe('createDracoLoader', () => {
  it('starts its workers from the worker file of this site, never a blob: URL, and hands them the fetched decoder', async () => {
    const wasm = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
    const fetched: string[] = [];
    vi.stubGlobal('Worker', FakeWorker);
    // three's FileLoader reports progress with ProgressEvent, which Node lacks.
    vi.stubGlobal('ProgressEvent', class extends Event {});
    vi.stubGlobal('fetch', async (input: Request | string) => {
      fetched.push(typeof input === 'string' ? input : input.url);
      return new Response(wasm);
    });
    const createObjectURL = vi.spyOn(URL, 'createObjectURL');
    const toScriptUrl = vi.fn((url: string) => `trusted:${url}`);
    const loader = createDracoLoader({ decoderPath: 'http://expo.test/app/draco/', workerLimit: 1, toScriptUrl });

    // What GLTFLoader calls for each Draco primitive (not in three's type declarations).
    const decode = (loader as unknown as { decodeGeometry: (buffer: ArrayBuffer, config: object) => Promise<BufferGeometry> }).decodeGeometry.bind(loader);
    const geometry = await decode(new ArrayBuffer(16), { attributeIDs: {}, attributeTypes: {}, useUniqueIDs: true, vertexColorSpace: 'srgb-linear' });

    expect(geometry.getAttribute('position').count).toBe(3);
    expect(fetched).toEqual(['http://expo.test/app/draco/draco_decoder.wasm']);
    expect(toScriptUrl).toHaveBeenCalledWith('http://expo.test/app/draco/draco_worker.js');
    expect(FakeWorker.started.map((worker) => worker.url)).toEqual(['trusted:http://expo.test/app/draco/draco_worker.js']);
    const init = FakeWorker.started[0]?.posted[0];
    expect(init?.type).toBe('init');
    expect([...new Uint8Array(init?.decoderConfig?.wasmBinary ?? new ArrayBuffer(0))]).toEqual([...wasm]);
    expect(createObjectURL).not.toHaveBeenCalled();
    loader.dispose();
  });
});
