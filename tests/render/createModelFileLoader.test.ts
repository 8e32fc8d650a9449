import { InstancedMesh, Matrix4 } from 'three';
import { describe, expect, it } from 'vitest';
import { createModelFileLoader, describeModelFailure, ModelLoadError, type ModelFileLoader } from '../../src/render';
import { body, fakeFetch, modelFixtures } from './modelFixtures';

const PAGE = 'http://expo.test/app/';

function loaderFor(routes: Parameters<typeof fakeFetch>[0], timeoutMs?: number): { loader: ModelFileLoader; requested: string[] } {
  const { fetch, requested } = fakeFetch(routes);
  return { loader: createModelFileLoader({ pageUrl: PAGE, fetch, ...(timeoutMs ? { timeoutMs } : {}) }), requested };
}

async function failureOf(loader: ModelFileLoader, file: string): Promise<ModelLoadError> {
  const error: unknown = await loader.load(file, new AbortController().signal).then(
    () => new Error('expected the load to fail'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof ModelLoadError)) throw error;
  return error;
}

const glb = (bytes: Uint8Array) => () => new Response(body(bytes), { headers: { 'content-type': 'model/gltf-binary' } });

describe('createModelFileLoader', () => {
  it('loads an uncompressed GLB relative to the page as one vertex-coloured part', async () => {
    const { plain } = await modelFixtures();
    const { loader, requested } = loaderFor({ [`${PAGE}models/pedestal/lod0.glb`]: glb(plain) });
    const model = await loader.load('models/pedestal/lod0.glb', new AbortController().signal);
    expect(requested).toEqual([`${PAGE}models/pedestal/lod0.glb`]);
    expect(model.parts).toHaveLength(1);
    const [part] = model.parts;
    expect(part?.geometry.getAttribute('color')).toBeDefined();
    expect(part?.material).toMatchObject({ vertexColors: true });
    expect(part?.matrix.equals(new Matrix4())).toBe(true);
    loader.dispose();
  });

  it('decodes a meshopt file and keeps the dequantizing transform of its node', async () => {
    const { plain, meshopt } = await modelFixtures();
    const { loader } = loaderFor({ [`${PAGE}a.glb`]: glb(plain), [`${PAGE}b.glb`]: glb(meshopt) });
    const signal = new AbortController().signal;
    const reference = (await loader.load('a.glb', signal)).parts[0];
    const compressed = (await loader.load('b.glb', signal)).parts[0];
    if (!reference || !compressed) throw new Error('no parts');
    // Quantized positions times the node transform give the same bounds, within quantization error.
    const bounds = (part: typeof reference) => {
      const mesh = new InstancedMesh(part.geometry, part.material, 1);
      mesh.setMatrixAt(0, part.matrix);
      mesh.computeBoundingBox();
      return mesh.boundingBox;
    };
    const expected = bounds(reference);
    const actual = bounds(compressed);
    for (const axis of ['x', 'y', 'z'] as const) {
      expect(actual?.min[axis]).toBeCloseTo(expected?.min[axis] ?? NaN, 3);
      expect(actual?.max[axis]).toBeCloseTo(expected?.max[axis] ?? NaN, 3);
    }
    loader.dispose();
  });

  it('says HTTP 404 for a missing file, in the sentence the warnings panel shows', async () => {
    const { loader } = loaderFor({});
    const error = await failureOf(loader, 'models/tokamak/lod0.glb');
    expect(describeModelFailure('model-tokamak', 'models/tokamak/lod0.glb', error)).toBe(
      "model 'model-tokamak': models/tokamak/lod0.glb could not be loaded (HTTP 404)",
    );
  });

  it('names other HTTP errors with their status text', async () => {
    const { loader } = loaderFor({ [`${PAGE}x.glb`]: () => new Response('', { status: 503, statusText: 'Service Unavailable' }) });
    expect((await failureOf(loader, 'x.glb')).detail).toBe('HTTP 503 Service Unavailable');
  });

  it('reports a web page, a cut-off file and random bytes in plain words', async () => {
    const { plain } = await modelFixtures();
    const random = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 251);
    const { loader } = loaderFor({
      [`${PAGE}page.glb`]: () => new Response('<!doctype html><title>Expo</title>', { headers: { 'content-type': 'text/html' } }),
      [`${PAGE}cut.glb`]: glb(plain.subarray(0, Math.floor(plain.length / 2))),
      [`${PAGE}random.glb`]: glb(random),
    });
    const messages = await Promise.all(
      ['page', 'cut', 'random'].map(async (name) => describeModelFailure(`model-${name}`, `${name}.glb`, await failureOf(loader, `${name}.glb`))),
    );
    expect(messages[0]).toBe("model 'model-page': page.glb is not a glTF file (the server sent a web page instead; is the file missing?)");
    expect(messages[1]).toMatch(/^model 'model-cut': cut\.glb is damaged \(it ends after [\d,]+ bytes but its header says [\d,]+ bytes: the file was cut off\)$/);
    expect(messages[2]).toMatch(/^model 'model-random': random\.glb is not a glTF file \(it starts with the bytes [0-9a-f ]+, not with a glTF header\)$/);
  });

  it('reports a file whose binary chunk is corrupt as damaged, with the loader\'s reason', async () => {
    const { plain } = await modelFixtures();
    // Keep the header and JSON, cut the binary chunk short while fixing up the total length.
    const view = new DataView(plain.buffer, plain.byteOffset, plain.byteLength);
    const jsonEnd = 20 + view.getUint32(12, true);
    const broken = plain.slice(0, jsonEnd + 8 + 16);
    new DataView(broken.buffer).setUint32(8, broken.length, true);
    const { loader } = loaderFor({ [`${PAGE}broken.glb`]: glb(broken) });
    const error = await failureOf(loader, 'broken.glb');
    expect(error.kind).toBe('damaged');
    expect(error.detail.length).toBeGreaterThan(0);
  });

  it('reports a failed request as a network failure', async () => {
    const { loader } = loaderFor({ [`${PAGE}x.glb`]: () => Promise.reject(new TypeError('Failed to fetch')) });
    const error = await failureOf(loader, 'x.glb');
    expect(describeModelFailure('model-x', 'x.glb', error)).toBe("model 'model-x': x.glb could not be loaded (the network request failed: TypeError: Failed to fetch)");
  });

  it('refuses a file on another site without asking for it', async () => {
    const { loader, requested } = loaderFor({});
    expect((await failureOf(loader, '//evil.example/x.glb')).kind).toBe('refused');
    expect(requested).toEqual([]);
  });

  it('gives up on a file that never arrives', async () => {
    const { loader } = loaderFor({ [`${PAGE}slow.glb`]: () => new Promise<Response>(() => undefined) }, 50);
    const error = await failureOf(loader, 'slow.glb');
    expect(error.kind).toBe('timeout');
    expect(describeModelFailure('model-slow', 'slow.glb', error)).toContain('did not finish loading');
  });

  it('rejects with the abort reason, not a warning, when cancelled', async () => {
    const { loader } = loaderFor({ [`${PAGE}slow.glb`]: () => new Promise<Response>(() => undefined) });
    const controller = new AbortController();
    const pending = loader.load('slow.glb', controller.signal);
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('blames the directive the meshopt probe named when the page may not run its decoder, instead of waiting for it', async () => {
    const { meshopt } = await modelFixtures();
    const { fetch } = fakeFetch({ [`${PAGE}m.glb`]: glb(meshopt), [`${PAGE}n.glb`]: glb(meshopt) });
    const asked: string[] = [];
    const probeDecoder = (codec: 'draco' | 'meshopt') => {
      asked.push(codec);
      return Promise.resolve({ ok: false as const, gap: 'wasm-unsafe-eval' as const, detail: 'CompileError' });
    };
    const loader = createModelFileLoader({ pageUrl: PAGE, fetch, probeDecoder });
    const errors = [await failureOf(loader, 'm.glb'), await failureOf(loader, 'n.glb')];
    expect(errors.map((error) => error.kind)).toEqual(['blocked', 'blocked']);
    expect(describeModelFailure('model-m', 'm.glb', errors[0] as ModelLoadError)).toBe(
      "model 'model-m': m.glb cannot be decoded on this page: this page's Content-Security-Policy does not let the meshopt decoder compile its WebAssembly (script-src needs 'wasm-unsafe-eval')",
    );
    // Asked once per codec, not once per file.
    expect(asked).toEqual(['meshopt']);
  });

  it('blames worker-src, not WebAssembly, when the Draco decoder may not start its worker', async () => {
    const { draco } = await modelFixtures();
    const { fetch } = fakeFetch({ [`${PAGE}d.glb`]: glb(draco) });
    const probeDecoder = (codec: 'draco' | 'meshopt') =>
      Promise.resolve(codec === 'draco' ? { ok: false as const, gap: 'worker-src' as const, detail: '' } : { ok: true as const });
    const loader = createModelFileLoader({ pageUrl: PAGE, fetch, probeDecoder });
    const error = await failureOf(loader, 'd.glb');
    expect(error.kind).toBe('blocked');
    expect(error.detail).toBe("this page's Content-Security-Policy does not let the Draco decoder start its worker, a file of this site (worker-src must allow 'self')");
    expect(error.detail).not.toContain('wasm-unsafe-eval');
  });

  it('says a glTF without a scene has no mesh to show, not "Cannot read properties of undefined"', async () => {
    const json = JSON.stringify({ asset: { version: '2.0' } });
    const { loader } = loaderFor({ [`${PAGE}e.gltf`]: () => new Response(json, { headers: { 'content-type': 'model/gltf+json' } }) });
    const error = await failureOf(loader, 'e.gltf');
    expect(error.kind).toBe('empty');
    expect(describeModelFailure('model-e', 'e.gltf', error)).toBe("model 'model-e': e.gltf has no mesh to show");
  });
});
