import { describe, expect, it } from 'vitest';
import { createViewContextStore } from '../../src/store/viewContextStore';

describe('view context store', () => {
  it('starts with the context in place and follows its loss and restore', () => {
    const store = createViewContextStore();
    expect(store.getState().lost).toBe(false);
    store.getState().setLost(true);
    expect(store.getState().lost).toBe(true);
    store.getState().setLost(false);
    expect(store.getState().lost).toBe(false);
  });

  it('tells listeners only of a change', () => {
    const store = createViewContextStore();
    let changes = 0;
    store.subscribe(() => (changes += 1));
    store.getState().setLost(true);
    store.getState().setLost(true);
    store.getState().setLost(false);
    expect(changes).toBe(2);
  });
});
