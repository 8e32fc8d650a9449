import { describe, expect, it } from 'vitest';
import { createModelStore, modelWarningText, recordModelFailed, recordModelLoaded, resetModelStatus } from '../../src/store/modelStore';

describe('the model store', () => {
  it('keeps one warning per model and says how many more of its files failed', () => {
    const store = createModelStore();
    resetModelStatus(store, 6);
    recordModelFailed(store, { modelId: 'model-a', message: "model 'model-a': models/a/lod2.glb could not be loaded (HTTP 404)" });
    recordModelLoaded(store);
    recordModelFailed(store, { modelId: 'model-b', message: "model 'model-b': models/b/lod2.glb is damaged" });
    recordModelFailed(store, { modelId: 'model-a', message: "model 'model-a': models/a/lod0.glb could not be loaded (HTTP 404)" });
    recordModelFailed(store, { modelId: 'model-a', message: "model 'model-a': models/a/lod1.glb could not be loaded (HTTP 404)" });
    const state = store.getState();
    expect({ requested: state.requested, loaded: state.loaded, failed: state.failed }).toEqual({ requested: 6, loaded: 1, failed: 4 });
    expect(state.warnings.map(modelWarningText)).toEqual([
      "model 'model-a': models/a/lod2.glb could not be loaded (HTTP 404) (and 2 more files of this model)",
      "model 'model-b': models/b/lod2.glb is damaged",
    ]);
  });

  it('starts over for a new scene', () => {
    const store = createModelStore();
    recordModelFailed(store, { modelId: 'model-a', message: 'x' });
    resetModelStatus(store, 3);
    expect(store.getState()).toEqual({ requested: 3, loaded: 0, failed: 0, warnings: [] });
  });
});
