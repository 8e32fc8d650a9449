import { describe, expect, it } from 'vitest';
import { createModelStore, recordModelFailed, recordModelLoaded, resetModelStatus } from '../../src/store/modelStore';

describe('the model store', () => {
  it('keeps one warning per model with the technical cause of each of its failed files', () => {
    const store = createModelStore();
    resetModelStatus(store, 6);
    const firsts = [
      recordModelFailed(store, 'model-a', "model 'model-a': models/a/lod2.glb could not be loaded (HTTP 404)"),
      recordModelLoaded(store),
      recordModelFailed(store, 'model-b', "model 'model-b': models/b/lod2.glb is damaged"),
      recordModelFailed(store, 'model-a', "model 'model-a': models/a/lod0.glb could not be loaded (HTTP 404)"),
      recordModelFailed(store, 'model-a', "model 'model-a': models/a/lod1.glb could not be loaded (HTTP 404)"),
    ];
    const state = store.getState();
    expect({ requested: state.requested, loaded: state.loaded, failed: state.failed }).toEqual({ requested: 6, loaded: 1, failed: 4 });
    expect(state.warnings).toEqual([
      {
        modelId: 'model-a',
        causes: [
          "model 'model-a': models/a/lod2.glb could not be loaded (HTTP 404)",
          "model 'model-a': models/a/lod0.glb could not be loaded (HTTP 404)",
          "model 'model-a': models/a/lod1.glb could not be loaded (HTTP 404)",
        ],
      },
      { modelId: 'model-b', causes: ["model 'model-b': models/b/lod2.glb is damaged"] },
    ]);
    // Only a model's first failure asks the caller to log it: once per model in the console.
    expect(firsts).toEqual([true, undefined, true, false, false]);
  });

  it('starts over for a new scene', () => {
    const store = createModelStore();
    recordModelFailed(store, 'model-a', 'x');
    resetModelStatus(store, 3);
    expect(store.getState()).toEqual({ requested: 3, loaded: 0, failed: 0, warnings: [] });
  });
});
