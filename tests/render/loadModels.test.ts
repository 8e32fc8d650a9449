import { BoxGeometry, MeshStandardMaterial, Matrix4 } from 'three';
import { describe, expect, it } from 'vitest';
import { createExhibitBatches, loadModels, ModelLoadError, type LoadedModel, type ModelRequest, type ModelResult } from '../../src/render';
import type { OnBytes } from '../../src/scene/readResponseBytes';
import { generateLayout } from './generatedLayout';

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

  it('asks for the coarsest level of every model before any finer one (LOD2 of all, then LOD1, then LOD0)', async () => {
    const layout = generateLayout({ booths: 12, exhibitsPerBooth: 2, models: 4, lods: 3 });
    const batches = createExhibitBatches(layout);
    const loader = controlledLoader();
    const loading = loadModels(batches.requests, { loadFile: loader.loadFile, onResult: () => undefined, concurrency: 1 });
    for (let settled = 0; settled < 12; settled += 1) {
      await flush();
      const [file, next] = [...loader.pending.entries()][0] ?? [];
      if (!file || !next) throw new Error('nothing in flight');
      loader.pending.delete(file);
      next.resolve(boxModel());
    }
    await loading.done;
    batches.dispose();
    expect(loader.calls).toEqual([
      'models/box-0/lod2.glb',
      'models/box-1/lod2.glb',
      'models/box-2/lod2.glb',
      'models/box-3/lod2.glb',
      'models/box-0/lod1.glb',
      'models/box-1/lod1.glb',
      'models/box-2/lod1.glb',
      'models/box-3/lod1.glb',
      'models/box-0/lod0.glb',
      'models/box-1/lod0.glb',
      'models/box-2/lod0.glb',
      'models/box-3/lod0.glb',
    ]);
  });

  it('passes on each file’s bytes and says once per file when it has settled, loaded or failed', async () => {
    const events: string[] = [];
    const loadFile = async (file: string, _signal: AbortSignal, onBytes?: OnBytes): Promise<LoadedModel> => {
      onBytes?.(10, 20);
      onBytes?.(20, 20);
      if (file.includes('bad')) throw new ModelLoadError('http', 'HTTP 404');
      return boxModel();
    };
    const loading = loadModels(
      [
        { modelId: 'model-a', file: 'models/shared.glb' },
        { modelId: 'model-b', file: 'models/shared.glb' },
        { modelId: 'model-c', file: 'models/bad.glb' },
      ],
      {
        loadFile,
        concurrency: 1,
        onFileBytes: (file, bytes, total) => events.push(`${file} ${bytes}/${total}`),
        onFileSettled: (file) => events.push(`${file} settled`),
        onResult: (result) => events.push(`${result.modelId} ${result.ok ? 'ok' : 'failed'}`),
      },
    );
    await loading.done;
    expect(events).toEqual([
      'models/shared.glb 10/20',
      'models/shared.glb 20/20',
      'models/shared.glb settled',
      'model-a ok',
      'model-b ok',
      'models/bad.glb 10/20',
      'models/bad.glb 20/20',
      'models/bad.glb settled',
      'model-c failed',
    ]);
  });
});
