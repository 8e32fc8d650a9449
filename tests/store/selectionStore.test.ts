import { describe, expect, it } from 'vitest';
import { createSelectionStore } from '../../src/store/selectionStore';

describe('the selection store', () => {
  it('opens one panel at a time: an exhibitor closes an exhibit and a booth, and the other way round', () => {
    const store = createSelectionStore();
    store.getState().select('fast');
    store.getState().selectExhibitor('caep');
    expect(store.getState()).toMatchObject({ selectedId: undefined, selectedBoothId: undefined, selectedExhibitorId: 'caep' });
    store.getState().selectBooth('booth-n-001');
    expect(store.getState()).toMatchObject({ selectedId: undefined, selectedBoothId: 'booth-n-001', selectedExhibitorId: undefined });
    store.getState().selectExhibitor('swip');
    store.getState().select('hl-2m');
    expect(store.getState()).toMatchObject({ selectedId: 'hl-2m', selectedBoothId: undefined, selectedExhibitorId: undefined });
  });

  it('clears an exhibitor panel too', () => {
    const store = createSelectionStore();
    store.getState().selectExhibitor('caep');
    store.getState().clear();
    expect(store.getState().selectedExhibitorId).toBeUndefined();
  });

  it('makes no new state when the same exhibitor is chosen again', () => {
    const store = createSelectionStore();
    store.getState().selectExhibitor('caep');
    let changes = 0;
    store.subscribe(() => (changes += 1));
    store.getState().selectExhibitor('caep');
    expect(changes).toBe(0);
  });
});
