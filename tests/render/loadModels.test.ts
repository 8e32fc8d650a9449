import { BoxGeometry, MeshStandardMaterial, Matrix4 } from 'three';
import { describe, expect, it } from 'vitest';
import { loadModels, ModelLoadError, type LoadedModel, type ModelRequest, type ModelResult } from '../../src/render';

function boxModel(): LoadedModel {
  return { parts: [{ geometry: new BoxGeometry(), material: new MeshStandardMaterial(), matrix: new Matrix4() }] };
}

/** A loadFile whose files settle when the test says, tracking how many are in flight. */
function controlledLoader() {
  const pending = new Map<string, { resolve: (model: LoadedModel) => void; reject: (reason: unknown) => void; signal: AbortSignal }>();
  let inFlight = 0;
  let maxInFlight = 0;
  const calls: string[] = [];
  const loadFile = (file: string, signal: AbortSignal): Promise<LoadedModel> => {
    calls.push(file);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<LoadedModel>((resolve, reject) => {
      pending.set(file, { resolve, reject, signal });
    }).finally(() => {
      inFlight -= 1;
    });
  };
  return { loadFile, pending, calls, maxInFlight: () => maxInFlight };
}

const flush = () => new Promise((done) => setTimeout(done, 0));
const requests = (count: number): ModelRequest[] => Array.from({ length: count }, (_, index) => ({ modelId: `model-${index}`, file: `models/${index}/lod0.glb` }));

describe('loadModels', () => {
  it('keeps at most six files in flight and reports every model', async () => {
    const loader = controlledLoader();
    const results: ModelResult[] = [];
    const loading = loadModels(requests(20), { loadFile: loader.loadFile, onResult: (result) => results.push(result) });
    await flush();
    expect(loader.calls).toHaveLength(6);
    while (results.length < 20) {
      const [file, next] = [...loader.pending.entries()][0] ?? [];
      if (!file || !next) throw new Error('nothing in flight');
      loader.pending.delete(file);
      next.resolve(boxModel());
      await flush();
    }
    await loading.done;
    expect(loader.maxInFlight()).toBe(6);
    expect(new Set(results.map((result) => result.modelId)).size).toBe(20);
  });

  it('loads a file shared by two models once and reports both', async () => {
    const loader = controlledLoader();
    const results: ModelResult[] = [];
    loadModels(
      [
        { modelId: 'model-a', file: 'models/shared.glb' },
        { modelId: 'model-b', file: 'models/shared.glb' },
      ],
      { loadFile: loader.loadFile, onResult: (result) => results.push(result) },
    );
    await flush();
    loader.pending.get('models/shared.glb')?.resolve(boxModel());
    await flush();
    expect(loader.calls).toEqual(['models/shared.glb']);
    expect(results.map((result) => [result.modelId, result.ok])).toEqual([
      ['model-a', true],
      ['model-b', true],
    ]);
  });

  it('turns a failure into one warning sentence per model and goes on with the rest', async () => {
    const loader = controlledLoader();
    const results: ModelResult[] = [];
    const loading = loadModels(requests(2), { loadFile: loader.loadFile, onResult: (result) => results.push(result) });
    await flush();
    loader.pending.get('models/0/lod0.glb')?.reject(new ModelLoadError('http', 'HTTP 404'));
    loader.pending.get('models/1/lod0.glb')?.reject(new RangeError('Offset is outside the bounds of the DataView'));
    await loading.done;
    expect(results).toMatchObject([
      { ok: false, modelId: 'model-0', message: "model 'model-0': models/0/lod0.glb could not be loaded (HTTP 404)" },
      { ok: false, modelId: 'model-1', message: "model 'model-1': models/1/lod0.glb is damaged (RangeError: Offset is outside the bounds of the DataView)" },
    ]);
  });

  it('aborts what is in flight, reports nothing more and frees a model arriving late when cancelled', async () => {
    const loader = controlledLoader();
    const results: ModelResult[] = [];
    const loading = loadModels(requests(10), { loadFile: loader.loadFile, onResult: (result) => results.push(result) });
    await flush();
    const first = loader.pending.get('models/0/lod0.glb');
    loading.cancel();
    expect(first?.signal.aborted).toBe(true);
    const late = boxModel();
    let freed = false;
    late.parts[0]?.geometry.addEventListener('dispose', () => (freed = true));
    first?.resolve(late);
    for (const [file, next] of loader.pending) if (file !== 'models/0/lod0.glb') next.reject(next.signal.reason);
    await loading.done;
    expect(results).toEqual([]);
    expect(freed).toBe(true);
    expect(loader.calls).toHaveLength(6);
  });
});
